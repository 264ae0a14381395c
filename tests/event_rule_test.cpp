// SPDX-License-Identifier: Apache-2.0
#include "rules/event_rule.hpp"

#include <gtest/gtest.h>

#include "rule_kind_test_util.hpp"

namespace lapaudit {
namespace {

using testing::activity_json;
using testing::audit_json;
using testing::builtin_rule;
using testing::cycle;
using testing::run_rule;

// The 12MSP met from 2024-09-10 to 2024-09-13 (rules/cycles.json); the rule allows 7 days.
std::string side_event(const std::string& date, const std::string& extra = "") {
  return activity_json(
      "side", date, R"(["gso"])",
      R"(, "kind": "side-event", "partners": ["unidir"], "gender_marker": 2)" + extra);
}

std::vector<Finding> findings_for(const std::string& activities) {
  return run_rule(EventRule(), builtin_rule("track3-msp-side-event"),
                  audit_json("[" + activities + "]", cycle("12MSP")));
}

TEST(EventRuleTest, SideEventDuringTheMeetingPasses) {
  EXPECT_TRUE(findings_for(side_event("2024-09-12")).empty());
}

TEST(EventRuleTest, ExactlyDaysBeforeOrAfterTheMeetingPasses) {
  EXPECT_TRUE(findings_for(side_event("2024-09-03")).empty());
  EXPECT_TRUE(findings_for(side_event("2024-09-20")).empty());  // after the period, still near
}

TEST(EventRuleTest, SideEventTooEarlyIsMissing) {
  auto findings = findings_for(side_event("2024-09-02"));
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].id, "track3-msp-side-event/cycle/12MSP");
  EXPECT_EQ(findings[0].severity, "medium");
  EXPECT_EQ(findings[0].message,
            "No gender-related side-event with the UNIDIR Gender Programme (unidir) from "
            "2024-09-03 to 2024-09-20, that is within 7 days of the Twelfth Meeting of States "
            "Parties (2024-09-10 to 2024-09-13) (Track 3 of the work plan).");
  EXPECT_TRUE(findings[0].evidence.empty());
}

TEST(EventRuleTest, SideEventWithoutThePartnerOrGenderIsShownButDoesNotCount) {
  std::string other_partner =
      activity_json("other", "2024-09-11", R"(["gso"])",
                    R"(, "kind": "side-event", "partners": ["isu"], "gender_marker": 2)");
  std::string not_gender =
      activity_json("plain", "2024-09-12", R"(["gso"])",
                    R"(, "kind": "side-event", "partners": ["unidir"], "gender_marker": 0)");
  auto findings = findings_for(other_partner + "," + not_gender);
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].evidence, (std::vector<std::string>{"other", "plain"}));
  EXPECT_TRUE(findings_for(other_partner + "," + side_event("2024-09-12")).empty());
}

TEST(EventRuleTest, PeriodWithoutAMeetingIsNotJudged) {
  Audit audit = audit_json("[" + side_event("2024-03-01") + "]");  // period: that one day
  EXPECT_TRUE(run_rule(EventRule(), builtin_rule("track3-msp-side-event"), audit).empty());
}

TEST(EventRuleTest, WithoutACycleTheMeetingInThePeriodIsUsed) {
  Audit audit = audit_json("[" + side_event("2024-01-10") + "," +
                           activity_json("late", "2024-10-01", R"(["gso"])") + "]");
  auto findings = run_rule(EventRule(), builtin_rule("track3-msp-side-event"), audit);
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].subject.id, "12MSP");
}

TEST(EventRuleTest, ConfigurationProblemsAreNamed) {
  EventRule kind;
  RuleConfig rule = builtin_rule("track3-msp-side-event");
  EXPECT_EQ(kind.check(rule), "");
  rule.params["days"] = -1;
  EXPECT_EQ(kind.check(rule),
            "an event rule: parameter \"days\" must be a whole number of 0 or more");
  rule.params.erase("days");
  rule.text_params.erase("activity_kind");
  EXPECT_EQ(kind.check(rule),
            "an event rule needs the parameter \"activity_kind\", e.g. \"side-event\"");
  rule.text_params["activity_kind"] = "side-event";
  rule.message.erase("none");
  EXPECT_EQ(kind.check(rule), "an event rule needs a message for \"none\"");
}

}  // namespace
}  // namespace lapaudit
