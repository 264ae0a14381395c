// SPDX-License-Identifier: Apache-2.0
#include "rules/recency_rule.hpp"

#include <gtest/gtest.h>

#include "rule_kind_test_util.hpp"

namespace lapaudit {
namespace {

using testing::activity_json;
using testing::audit_json;
using testing::builtin_rule;
using testing::cycle;
using testing::run_rule;
using testing::subject_ids;

// The 12MSP cycle ends on 2024-09-13; the rule allows 180 days (from 2024-03-17 on).
std::vector<Finding> findings_for(const std::string& activities) {
  return run_rule(RecencyRule(), builtin_rule("group-recency"),
                  audit_json("[" + activities + "]", cycle("12MSP")));
}

std::string gender(const std::string& id, const std::string& date, const std::string& groups) {
  return activity_json(id, date, groups, R"(, "gender_marker": 2)");
}

TEST(RecencyRuleTest, OldLatestActivityIsStale) {
  auto findings = findings_for(gender("old", "2023-10-01", R"(["clearance"])") + "," +
                               gender("older", "2023-09-20", R"(["clearance"])"));
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].id, "group-recency/group/clearance");
  EXPECT_EQ(findings[0].severity, "low");
  EXPECT_EQ(findings[0].message,
            "Clearance and Risk Education (clearance): its latest gender-related "
            "activity, old on 2023-10-01, was 348 days before the end of the period "
            "(2024-09-13), more than the 180 days allowed.");
  EXPECT_EQ(findings[0].evidence, std::vector<std::string>{"old"});
}

TEST(RecencyRuleTest, ExactlyTheLimitPasses) {
  EXPECT_TRUE(findings_for(gender("edge", "2024-03-17", R"(["clearance"])")).empty());
  EXPECT_EQ(subject_ids(findings_for(gender("edge", "2024-03-16", R"(["clearance"])"))),
            std::vector<std::string>{"clearance"});
}

TEST(RecencyRuleTest, RecentWorkThatIsNotGenderRelatedDoesNotCount) {
  auto findings = findings_for(
      gender("old", "2023-10-01", R"(["clearance"])") + "," +
      activity_json("new", "2024-09-01", R"(["clearance"])", R"(, "gender_marker": 0)"));
  EXPECT_EQ(subject_ids(findings), std::vector<std::string>{"clearance"});
}

TEST(RecencyRuleTest, GroupWithNoGenderWorkIsLeftToCoverage) {
  EXPECT_TRUE(findings_for(activity_json("x", "2023-10-01", R"(["clearance"])")).empty());
}

TEST(RecencyRuleTest, ConfigurationNeedsDays) {
  RecencyRule kind;
  RuleConfig rule = builtin_rule("group-recency");
  EXPECT_EQ(kind.check(rule), "");
  rule.params.erase("days");
  EXPECT_EQ(kind.check(rule), "a recency rule needs the parameter \"days\"");
  rule.params["days"] = 1.5;
  EXPECT_EQ(kind.check(rule),
            "a recency rule: parameter \"days\" must be a whole number of 0 or more");
}

}  // namespace
}  // namespace lapaudit
