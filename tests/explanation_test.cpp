// SPDX-License-Identifier: Apache-2.0
#include "views/explanation.hpp"

#include <gtest/gtest.h>

#include <algorithm>

#include "report/explanation_writer.hpp"
#include "test_util.hpp"

namespace lapaudit {
namespace {

using testing::activity_json;
using testing::audit_json;

PeriodChoice twelfth_cycle() {
  PeriodChoice choice;
  choice.cycle = "12MSP";
  return choice;
}

const std::string kLog =
    "[" +
    activity_json("marker", "2024-01-10", R"(["victim-assistance"])",
                  R"(, "actions": [31], "gender_marker": 2)") +
    "," +
    activity_json("zero", "2024-02-10", R"(["victim-assistance"])",
                  R"(, "actions": [31], "gender_marker": 0, "title": "Support for women")") +
    "," +
    activity_json("tagged", "2024-03-10", R"(["gso"])", R"(, "actions": [31], "tags": ["SADD"])") +
    "," +
    activity_json("late", "2024-10-10", R"(["victim-assistance"])",
                  R"(, "actions": [31], "gender_marker": 2)") +
    "," + activity_json("plain", "2024-04-10", R"(["victim-assistance"])", R"(, "actions": [31])") +
    "]";

std::string why_of(const Explanation& explanation, const std::string& id) {
  for (const auto& activity : explanation.activities) {
    if (activity.id == id) return activity.why;
  }
  return "(not listed)";
}

TEST(ExplanationTest, EachActivityListingTheActionSaysWhetherItCounted) {
  Audit audit = audit_json(kLog, twelfth_cycle());
  auto explanation = explain_action(audit, 31);
  ASSERT_TRUE(explanation.ok()) << explanation.error().to_string();
  EXPECT_EQ(explanation->activities.size(), 5u);
  EXPECT_EQ(why_of(explanation.value(), "marker"),
            "counted: gender marker 2; covers it for victim-assistance");
  EXPECT_EQ(why_of(explanation.value(), "zero"),
            "not counted: gender marker 0 (not gender-related)");
  EXPECT_EQ(why_of(explanation.value(), "tagged"),
            "counted: tag \"SADD\"; but none of its groups (gso) carries action 31 in the "
            "committee audited (carried by: victim-assistance), so it covers the action for no "
            "group");
  EXPECT_EQ(why_of(explanation.value(), "late"),
            "not counted: outside the period (2023-09-15 to 2024-09-13)");
  EXPECT_EQ(why_of(explanation.value(), "plain"),
            "not counted: not gender-related (no gender marker, gender tag or gender term); if "
            "it was, give it gender_marker 1 or 2");
}

TEST(ExplanationTest, DecisionNamesTheRuleAndThreshold) {
  Audit audit = audit_json(kLog, twelfth_cycle());
  auto explanation = explain_action(audit, 31);
  ASSERT_TRUE(explanation.ok());
  EXPECT_EQ(explanation->status, Status::kMeets);
  EXPECT_EQ(explanation->decision,
            "meets: every responsible group covered it, with 2 gender-related activities "
            "(exceeds needs at least 3).");
  ASSERT_FALSE(explanation->rules.empty());
  EXPECT_EQ(explanation->rules[0].substr(0, 28), "action-coverage (coverage): ");
  // The rule's parameters in words, never by name.
  EXPECT_NE(explanation->rules[0].find("with at least 3 gender-related activities"),
            std::string::npos)
      << explanation->rules[0];
  EXPECT_EQ(explanation->rules[0].find("exceeds_at"), std::string::npos);
  EXPECT_EQ(explanation->coverage,
            std::vector<std::string>{"victim-assistance: covered by marker"});
}

TEST(ExplanationTest, GroupActivityOnNoCarriedActionSaysWhatItLists) {
  Audit audit = audit_json("[" +
                           activity_json("art7", "2024-01-10", R"(["transparency"])",
                                         R"(, "actions": [45], "gender_marker": 1)") +
                           "]");
  auto explanation = explain_group(audit, "transparency");
  ASSERT_TRUE(explanation.ok());
  EXPECT_EQ(why_of(explanation.value(), "art7"),
            "counted: gender marker 1; lists none of the actions the group carries (4); it "
            "lists 45");
  EXPECT_EQ(explanation->decision,
            "approaches: 1 gender-related activity in the period, but action(s) 4 it carries "
            "are not covered.");
  std::vector<std::string> ids;
  for (const auto& finding : explanation->findings) ids.push_back(finding.id);
  EXPECT_NE(std::find(ids.begin(), ids.end(), "group-coverage/group/transparency"), ids.end());
  EXPECT_NE(std::find(ids.begin(), ids.end(), "group-silo/group/transparency"), ids.end());
  for (const auto& finding : explanation->findings) EXPECT_EQ(finding.subject.id, "transparency");
}

TEST(ExplanationTest, RejectedRecordsThatNameTheSubjectAreShown) {
  ActivityLog log = testing::log_from_json(
      "[" + activity_json("ok", "2024-01-10", R"(["clearance"])", R"(, "gender_marker": 1)") + "," +
      activity_json("bad", "2024-02-30", R"(["clearance"])", R"(, "actions": [23])") + "]");
  auto audit = run_audit(testing::default_rules(), std::move(log), {}, "test");
  ASSERT_TRUE(audit.ok());
  auto by_group = explain_group(audit.value(), "clearance");
  auto by_action = explain_action(audit.value(), 23);
  ASSERT_TRUE(by_group.ok() && by_action.ok());
  ASSERT_EQ(by_group->rejected.size(), 1u);
  EXPECT_EQ(by_group->rejected[0].id, "bad");
  ASSERT_EQ(by_action->rejected.size(), 1u);
  std::string text = write_explanation_text(by_action.value(), audit->report);
  EXPECT_NE(text.find("Rejected records that name it: 1 (not counted; correct them in the log)\n"
                      "  log.json:1: \"bad\": field \"date\": \"2024-02-30\" is not a calendar "
                      "date"),
            std::string::npos)
      << text;
}

TEST(ExplanationTest, SubjectsTheAuditDoesNotJudgeAreErrors) {
  Audit audit = audit_json(kLog);
  EXPECT_EQ(explain_action(audit, 45).error().message,
            "action 45 is not one of the gender-relevant actions the audit judges (the "
            "gender-relevant actions: 4, 23, 28, 29, 31, 34, 36, 39, 41)");
  EXPECT_EQ(explain_action(audit, 51).error().message,
            "action 51 is not in the Lausanne Action Plan (actions 1-50) (the gender-relevant "
            "actions: 4, 23, 28, 29, 31, 34, 36, 39, 41)");
  EXPECT_EQ(explain_group(audit, "clearence").error().message,
            "unknown group \"clearence\", did you mean \"clearance\"? (groups: clearance, "
            "cooperation, gso, national-implementation, risk-education, stockpile, transparency, "
            "universalization, victim-assistance)");
}

}  // namespace
}  // namespace lapaudit
