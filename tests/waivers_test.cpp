// SPDX-License-Identifier: Apache-2.0
#include "rules/waivers.hpp"

#include <gtest/gtest.h>

#include "test_util.hpp"

namespace lapaudit {
namespace {

using testing::default_rules;

std::vector<Waiver> waivers_of(const std::string& text) {
  auto waivers = load_waivers(text, "waivers.json", default_rules());
  if (!waivers) {
    for (const auto& error : waivers.error()) ADD_FAILURE() << error.to_string();
    return {};
  }
  return waivers.value();
}

std::vector<std::string> errors_of(const std::string& text) {
  auto waivers = load_waivers(text, "waivers.json", default_rules());
  std::vector<std::string> out;
  if (waivers) return out;
  for (const auto& error : waivers.error()) out.push_back(error.to_string());
  return out;
}

Finding finding(const std::string& rule, const std::string& kind, const std::string& id) {
  Finding f;
  f.id = rule + "/" + kind + "/" + id;
  f.rule = rule;
  f.subject = {kind, id};
  return f;
}

const char* kStockpile =
    R"({"rule": "group-coverage", "subject": {"kind": "group", "id": "stockpile"},
  "reason": "No stockpiles left to destroy", "expires": "2024-12-31"})";

TEST(WaiversTest, LoadsAListOrAnObject) {
  auto listed = waivers_of(std::string("[") + kStockpile + "]");
  ASSERT_EQ(listed.size(), 1u);
  EXPECT_EQ(listed[0].rule, "group-coverage");
  EXPECT_EQ(listed[0].subject.id, "stockpile");
  EXPECT_EQ(listed[0].expires.to_string(), "2024-12-31");
  EXPECT_EQ(listed[0].place.line, 1);
  auto wrapped = waivers_of(std::string("{\"waivers\": [\n") + kStockpile + "]}");
  ASSERT_EQ(wrapped.size(), 1u);
  EXPECT_EQ(wrapped[0].place.line, 2);
}

TEST(WaiversTest, EveryProblemIsNamedWithItsPlace) {
  auto errors = errors_of(R"([
  {"rule": "group-coverag", "subject": {"kind": "group", "id": "stockpile"}, "reason": " ",
   "expires": "2024-13-01", "why": "x"},
  {"rule": "group-silo", "subject": "group/stockpile", "reason": "r", "expires": "2025-01-01"},
  {"rule": "group-silo", "subject": {"kind": "group", "id": "a"}, "reason": "r", "expires": "2025-01-01"},
  {"rule": "group-silo", "subject": {"kind": "group", "id": "a"}, "reason": "r", "expires": "2025-01-01"},
  7
])");
  EXPECT_EQ(
      errors,
      (std::vector<std::string>{
          "waivers.json:3:36: unknown field \"why\" (known: rule, subject, reason, expires, note)",
          "waivers.json:2:12: unknown rule \"group-coverag\", did you mean \"group-coverage\"?",
          "waivers.json:2:88: a waiver needs a reason: say why the finding is accepted",
          "waivers.json:3:15: field \"expires\": \"2024-13-01\" is not a calendar date "
          "(YYYY-MM-DD)",
          "waivers.json:4:37: field \"subject\" must be an object such as {\"kind\": \"group\", "
          "\"id\": \"stockpile\"}, as the JSON report writes it",
          "waivers.json:6:3: this waiver is for the same finding as the one on line 5",
          "waivers.json:7:3: each waiver must be an object with rule, subject, reason and "
          "expires"}));
  EXPECT_EQ(errors_of("{\"rules\": []}"),
            std::vector<std::string>{"waivers.json:1:1: a waivers file must be a JSON list of "
                                     "waivers, or an object with a \"waivers\" list"});
}

TEST(WaiversTest, WaivedFindingStaysMarkedWithItsReason) {
  std::vector<Finding> findings = {finding("group-coverage", "group", "stockpile"),
                                   finding("group-coverage", "group", "clearance")};
  auto notes = apply_waivers(waivers_of(std::string("[") + kStockpile + "]"), findings,
                             Date::parse("2024-09-13"));
  ASSERT_EQ(findings.size(), 2u);
  EXPECT_TRUE(findings[0].waived);
  EXPECT_EQ(findings[0].waiver_reason, "No stockpiles left to destroy");
  EXPECT_FALSE(findings[1].waived);
  ASSERT_EQ(notes.size(), 1u);
  EXPECT_EQ(notes[0].status, "applied");
  EXPECT_EQ(notes[0].findings, std::vector<std::string>{"group-coverage/group/stockpile"});
}

TEST(WaiversTest, WaiverExpiringOnTheLastDayStillWaives) {
  std::vector<Finding> findings = {finding("group-coverage", "group", "stockpile")};
  auto notes = apply_waivers(waivers_of(std::string("[") + kStockpile + "]"), findings,
                             Date::parse("2024-12-31"));
  EXPECT_TRUE(findings[0].waived);
  EXPECT_EQ(notes[0].status, "applied");
}

TEST(WaiversTest, ExpiredWaiverNoLongerWaivesAndIsReported) {
  std::vector<Finding> findings = {finding("group-coverage", "group", "stockpile")};
  auto notes = apply_waivers(waivers_of(std::string("[") + kStockpile + "]"), findings,
                             Date::parse("2025-01-01"));
  EXPECT_FALSE(findings[0].waived);
  EXPECT_EQ(findings[0].waiver_reason, "");
  ASSERT_EQ(notes.size(), 1u);
  EXPECT_EQ(notes[0].status, "expired");
  EXPECT_EQ(notes[0].findings, std::vector<std::string>{"group-coverage/group/stockpile"});
}

TEST(WaiversTest, WaiverMatchingNoFindingIsUnused) {
  std::vector<Finding> findings = {finding("group-silo", "group", "stockpile")};
  auto notes = apply_waivers(waivers_of(std::string("[") + kStockpile + "]"), findings,
                             Date::parse("2024-09-13"));
  EXPECT_FALSE(findings[0].waived);
  EXPECT_EQ(notes[0].status, "unused");
  EXPECT_TRUE(notes[0].findings.empty());
}

TEST(WaiversTest, WithoutAPeriodNoWaiverHasExpired) {
  std::vector<Finding> findings = {finding("group-coverage", "group", "stockpile")};
  apply_waivers(waivers_of(std::string("[") + kStockpile + "]"), findings, std::nullopt);
  EXPECT_TRUE(findings[0].waived);
}

}  // namespace
}  // namespace lapaudit
