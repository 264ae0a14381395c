// SPDX-License-Identifier: Apache-2.0
// What a report rests on: the data-quality warnings and the rejected records tied to findings.

#include "rules/data_quality.hpp"

#include <gtest/gtest.h>

#include <algorithm>

#include "test_util.hpp"

namespace lapaudit {
namespace {

using testing::audit_json;

std::vector<std::string> codes(const AuditReport& report) {
  std::vector<std::string> out;
  for (const auto& warning : report.warnings) out.push_back(warning.code);
  return out;
}

TEST(DataQualityTest, ColumnNamesThatLookLikeAFieldNameIt) {
  EXPECT_EQ(resembled_field("LAP actions"), "actions");
  EXPECT_EQ(resembled_field("Action"), "actions");
  EXPECT_EQ(resembled_field("Groups (ids)"), "groups");
  EXPECT_EQ(resembled_field("Gender Marker"), "gender_marker");
  EXPECT_EQ(resembled_field("Notes"), "");
  EXPECT_EQ(resembled_field(""), "");
}

TEST(DataQualityTest, AQuarterRejectedOpensTheWarnings) {
  Audit audit = audit_json(R"([
    {"id": "a", "date": "2024-03-01", "title": "Meeting", "groups": ["gso"]},
    {"id": "b", "date": "2024-03-02", "title": "Meeting", "groups": ["gso"]},
    {"id": "c", "date": "2024-03-03", "title": "Meeting", "groups": ["gso"]},
    {"id": "d", "date": "2024-02-30", "title": "Meeting", "groups": ["gso"]}])");
  ASSERT_FALSE(audit.report.warnings.empty());
  EXPECT_EQ(audit.report.warnings.front().code, "many-rejected");
  EXPECT_EQ(audit.report.warnings.front().message,
            "1 of the 4 records read (25%) were rejected, so this report rests on 3 accepted "
            "records only: its statuses and findings may be wrong. Correct the rejected records "
            "(listed in this report with their line and what is wrong) and run the audit again.");
}

TEST(DataQualityTest, LessThanAQuarterRejectedIsNoWarning) {
  std::string log = "[";
  for (int i = 0; i < 4; ++i) {
    log += testing::activity_json("ok" + std::to_string(i), "2024-03-0" + std::to_string(i + 1),
                                  "[\"gso\"]") +
           ",";
  }
  log += R"({"id": "bad", "date": "2024-02-30", "title": "Meeting", "groups": ["gso"]}])";
  Audit audit = audit_json(log);
  for (const auto& code : codes(audit.report)) EXPECT_NE(code, "many-rejected");
}

TEST(DataQualityTest, NoAcceptedRecordInThePeriodIsSaid) {
  Audit audit = audit_json("[" + testing::activity_json("a", "2024-03-01", "[\"gso\"]") + "]",
                           PeriodChoice{.cycle = "3RC", .from = {}, .to = {}});
  auto found = codes(audit.report);
  EXPECT_NE(std::find(found.begin(), found.end(), "nothing-in-period"), found.end());
}

TEST(DataQualityTest, APeriodNotOverIsSaidOnlyWhenTodayIsKnown) {
  std::string log = "[" + testing::activity_json("a", "2024-03-01", "[\"gso\"]") + "]";
  auto rules = testing::default_rules();
  auto early = run_audit(
      rules, testing::log_from_json(log), {.cycle = "12MSP", .from = {}, .to = {}}, "test",
      AuditInputs{.plan = nullptr, .waivers = nullptr, .today = Date::parse("2024-06-01")});
  ASSERT_TRUE(early.ok());
  EXPECT_EQ(early->report.warnings.front().code, "period-not-over");
  EXPECT_EQ(early->report.warnings.front().message,
            "The period ends on 2024-09-13, after today (2024-06-01): activities still to come "
            "are not in this report, and statuses may rise before the period ends.");
  auto later = run_audit(
      rules, testing::log_from_json(log), {.cycle = "12MSP", .from = {}, .to = {}}, "test",
      AuditInputs{.plan = nullptr, .waivers = nullptr, .today = Date::parse("2024-09-13")});
  ASSERT_TRUE(later.ok());
  for (const auto& code : codes(later->report)) EXPECT_NE(code, "period-not-over");
}

TEST(DataQualityTest, AFindingNamesTheRejectedRecordThatNamesItsAction) {
  Audit audit = audit_json(R"([
    {"id": "a", "date": "2024-03-01", "title": "Meeting", "groups": ["gso"]},
    {"id": "va", "date": "2024-02-30", "title": "Meeting", "groups": ["victim-assistance"],
     "actions": [31]}])");
  const Finding* on_31 = nullptr;
  for (const auto& finding : audit.report.findings) {
    if (finding.subject.kind == "action" && finding.subject.id == "31") on_31 = &finding;
  }
  ASSERT_NE(on_31, nullptr);
  ASSERT_EQ(on_31->rejected_total, 1u);
  EXPECT_EQ(on_31->rejected.front().id, "va");
  EXPECT_EQ(on_31->rejected.front().why, "names action 31");
  for (const auto& finding : audit.report.findings) {
    if (finding.subject.kind == "action" && finding.subject.id == "4") {
      EXPECT_EQ(finding.rejected_total, 0u) << finding.id;
    }
  }
}

}  // namespace
}  // namespace lapaudit
