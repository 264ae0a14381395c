// SPDX-License-Identifier: Apache-2.0
#include "rules/unlinked_work_rule.hpp"

#include <gtest/gtest.h>

#include "rule_kind_test_util.hpp"

namespace lapaudit {
namespace {

using testing::activity_json;
using testing::audit_json;
using testing::builtin_rule;
using testing::run_rule;
using testing::subject_ids;

std::vector<Finding> findings_for(const std::string& activities) {
  return run_rule(UnlinkedWorkRule(), builtin_rule("unlinked-gender-work"),
                  audit_json("[" + activities + "]"));
}

TEST(UnlinkedWorkRuleTest, GenderWorkOnlyOnAnotherActionIsUnlinked) {
  auto findings = findings_for(activity_json("s-1", "2024-03-01", R"(["stockpile"])",
                                             R"(, "actions": [12], "gender_marker": 2)"));
  ASSERT_EQ(findings.size(), 1u);
  const Finding& finding = findings[0];
  EXPECT_EQ(finding.id, "unlinked-gender-work/activity/s-1");
  EXPECT_EQ(finding.severity, "low");
  EXPECT_EQ(finding.subject.kind, "activity");
  EXPECT_EQ(finding.evidence, std::vector<std::string>{"s-1"});
  EXPECT_EQ(finding.groups, std::vector<std::string>{"stockpile"});
  EXPECT_EQ(finding.message.rfind("s-1 (2024-03-01, \"", 0), 0u) << finding.message;
  EXPECT_NE(finding.message.find("is gender-related but names none of the gender-relevant "
                                 "actions (its actions: 12), so it counts for no action's "
                                 "status."),
            std::string::npos)
      << finding.message;
  EXPECT_EQ(finding.next_step,
            "If s-1 served one of the gender-relevant actions, add that action number to it in "
            "the log: its groups (stockpile) carry action(s) 4.");
}

TEST(UnlinkedWorkRuleTest, TheNextStepNamesTheActionsOfTheActivitysOwnGroups) {
  auto findings = findings_for(
      activity_json("c-1", "2024-03-01", R"(["clearance"])", R"(, "gender_marker": 1)"));
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_NE(findings[0].message.find("(its actions: none)"), std::string::npos);
  EXPECT_NE(findings[0].next_step.find("carry action(s) 4, 23, 28, 29."), std::string::npos)
      << findings[0].next_step;
}

TEST(UnlinkedWorkRuleTest, LinkedOrNotGenderRelatedWorkIsNotAFinding) {
  auto findings = findings_for(activity_json("a", "2024-03-01", R"(["stockpile"])",
                                             R"(, "actions": [12, 4], "gender_marker": 2)") +
                               "," +
                               activity_json("b", "2024-03-02", R"(["stockpile"])",
                                             R"(, "actions": [12], "gender_marker": 0)"));
  EXPECT_TRUE(findings.empty()) << testing::subject_ids(findings).size();
}

TEST(UnlinkedWorkRuleTest, AnActivityOutsideThePeriodIsNotJudged) {
  auto audit = audit_json("[" +
                              activity_json("late", "2024-10-01", R"(["stockpile"])",
                                            R"(, "actions": [12], "gender_marker": 2)") +
                              "]",
                          PeriodChoice{"12MSP", {}, {}});
  EXPECT_TRUE(run_rule(UnlinkedWorkRule(), builtin_rule("unlinked-gender-work"), audit).empty());
}

TEST(UnlinkedWorkRuleTest, ConfigurationIsChecked) {
  RuleConfig rule = builtin_rule("unlinked-gender-work");
  EXPECT_EQ(UnlinkedWorkRule().check(rule), "");
  rule.subject = "group";
  EXPECT_EQ(UnlinkedWorkRule().check(rule),
            "an unlinked-work rule needs \"subject\": \"activity\"");
}

}  // namespace
}  // namespace lapaudit
