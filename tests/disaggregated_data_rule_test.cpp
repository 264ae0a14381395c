// SPDX-License-Identifier: Apache-2.0
#include "rules/disaggregated_data_rule.hpp"

#include <gtest/gtest.h>

#include "rule_kind_test_util.hpp"

namespace lapaudit {
namespace {

using testing::activity_json;
using testing::audit_json;
using testing::builtin_rule;
using testing::run_rule;
using testing::subject_ids;

std::string va(const std::string& id, const std::string& actions, const std::string& sadd) {
  return activity_json(id, "2024-03-01", R"(["victim-assistance"])",
                       ", \"actions\": " + actions + sadd);
}

std::vector<Finding> findings_for(const std::string& activities) {
  return run_rule(DisaggregatedDataRule(), builtin_rule("sadd-victim-assistance"),
                  audit_json("[" + activities + "]"));
}

TEST(DisaggregatedDataRuleTest, ActivitiesWithoutSaddAreListedPerAction) {
  auto findings = findings_for(va("a", "[28, 29]", R"(, "sadd": false)") + "," +
                               va("b", "[28]", "") + "," + va("c", "[28]", R"(, "sadd": true)"));
  EXPECT_EQ(subject_ids(findings), (std::vector<std::string>{"28", "29"}));
  EXPECT_EQ(findings[0].id, "sadd-victim-assistance/action/28");
  EXPECT_EQ(findings[0].message,
            "Action 28 (Survey, clearance and risk education): activities of the period that do "
            "not report sex- and age-disaggregated data: a, b (2 of 3).");
  EXPECT_EQ(findings[0].evidence, (std::vector<std::string>{"a", "b"}));
  EXPECT_EQ(findings[1].message,
            "Action 29 (Survey, clearance and risk education): activities of the period that do "
            "not report sex- and age-disaggregated data: a (1 of 1).");
}

TEST(DisaggregatedDataRuleTest, EveryActivityWithSaddPasses) {
  EXPECT_TRUE(findings_for(va("a", "[28, 31]", R"(, "sadd": true)")).empty());
}

TEST(DisaggregatedDataRuleTest, OtherActionsAreNotJudged) {
  EXPECT_TRUE(findings_for(va("a", "[4, 23]", R"(, "sadd": false)")).empty());
}

TEST(DisaggregatedDataRuleTest, ActivitiesOutsideThePeriodAreNotJudged) {
  auto audit = audit_json("[" + va("a", "[28]", R"(, "sadd": false)") + "]",
                          PeriodChoice{{}, Date::parse("2025-01-01"), Date::parse("2025-02-01")});
  EXPECT_TRUE(
      run_rule(DisaggregatedDataRule(), builtin_rule("sadd-victim-assistance"), audit).empty());
}

TEST(DisaggregatedDataRuleTest, ConfigurationProblemsAreNamed) {
  DisaggregatedDataRule kind;
  RuleConfig rule = builtin_rule("sadd-victim-assistance");
  EXPECT_EQ(kind.check(rule), "");
  rule.list_params["actions"] = {"28", "victims"};
  EXPECT_EQ(kind.check(rule),
            "a disaggregated-data rule: \"actions\" must list action numbers; \"victims\" is not "
            "one");
  rule.list_params.erase("actions");
  EXPECT_EQ(kind.check(rule),
            "a disaggregated-data rule needs the parameter \"actions\": the action numbers whose "
            "activities should report sex- and age-disaggregated data, e.g. [28, 29]");
  rule.params["days"] = 3;
  EXPECT_EQ(kind.check(rule),
            "a disaggregated-data rule has no parameter \"days\" (its parameters: actions)");
}

TEST(DisaggregatedDataRuleTest, ListParameterOfTheWrongTypeIsRefused) {
  auto problems = testing::rule_set_problems(R"({"rules": [
    {"id": "s", "kind": "disaggregated-data", "subject": "action", "description": "d",
     "params": {"actions": [28, 2.5]}, "severity": {"without": "low"},
     "message": {"without": "m"}}
  ]})");
  EXPECT_EQ(problems, std::vector<std::string>{
                          "r/checks.json:3:33: parameter \"actions\": each element must be text "
                          "or a whole number"});
}

}  // namespace
}  // namespace lapaudit
