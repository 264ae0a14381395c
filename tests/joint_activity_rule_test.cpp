// SPDX-License-Identifier: Apache-2.0
#include "rules/joint_activity_rule.hpp"

#include <gtest/gtest.h>

#include "rule_kind_test_util.hpp"

namespace lapaudit {
namespace {

using testing::activity_json;
using testing::audit_json;
using testing::builtin_rule;
using testing::run_rule;
using testing::subject_ids;

const std::vector<std::string> kAllButGso = {
    "clearance",    "cooperation",      "national-implementation", "stockpile",
    "transparency", "universalization", "victim-assistance"};

TEST(JointActivityRuleTest, GroupWithoutWorkWithGsoFallsBelow) {
  Audit audit = audit_json(
      "[" + activity_json("a", "2024-03-01", R"(["gso", "clearance"])", R"(, "gender_marker": 2)") +
      "," + activity_json("b", "2024-03-02", R"(["stockpile"])", R"(, "gender_marker": 2)") + "]");
  auto findings = run_rule(JointActivityRule(), builtin_rule("track1-joint-with-gso"), audit);
  std::vector<std::string> expected = kAllButGso;
  expected.erase(expected.begin());  // clearance worked with gso
  EXPECT_EQ(subject_ids(findings), expected);
  ASSERT_EQ(findings.size(), 6u);
  const Finding& stockpile = findings[2];
  EXPECT_EQ(stockpile.id, "track1-joint-with-gso/group/stockpile");
  EXPECT_EQ(stockpile.severity, "medium");
  EXPECT_EQ(stockpile.message,
            "Stockpile Destruction and Retention (stockpile): gender-related activities together "
            "with the Gender Focal Points (gso) in the period: 0, where at least 1 is expected "
            "(Track 1 of the work plan, breaking the silos).");
  EXPECT_EQ(stockpile.evidence, std::vector<std::string>{"b"});  // what it did alone
}

TEST(JointActivityRuleTest, EveryGroupWithGsoPasses) {
  Audit audit = audit_json("[" +
                           activity_json("all", "2024-03-01",
                                         R"(["gso", "universalization", "stockpile", "clearance",
                                             "victim-assistance", "cooperation", "transparency",
                                             "national-implementation"])",
                                         R"(, "gender_marker": 1)") +
                           "]");
  EXPECT_TRUE(run_rule(JointActivityRule(), builtin_rule("track1-joint-with-gso"), audit).empty());
}

TEST(JointActivityRuleTest, JointWorkThatIsNotGenderRelatedDoesNotCount) {
  Audit audit = audit_json(
      "[" + activity_json("a", "2024-03-01", R"(["gso", "clearance"])", R"(, "gender_marker": 0)") +
      "]");
  auto findings = run_rule(JointActivityRule(), builtin_rule("track1-joint-with-gso"), audit);
  EXPECT_EQ(subject_ids(findings), kAllButGso);
}

TEST(JointActivityRuleTest, ExactlyTheMinimumPasses) {
  RuleConfig rule = builtin_rule("track1-joint-with-gso");
  rule.params["min"] = 2;
  rule.list_params["groups"] = {"clearance"};
  std::string two =
      "[" + activity_json("a", "2024-03-01", R"(["gso", "clearance"])", R"(, "gender_marker": 2)") +
      "," + activity_json("b", "2024-03-02", R"(["gso", "clearance"])", R"(, "gender_marker": 2)");
  EXPECT_TRUE(run_rule(JointActivityRule(), rule, audit_json(two + "]")).empty());
  auto one = run_rule(JointActivityRule(), rule,
                      audit_json("[" +
                                 activity_json("a", "2024-03-01", R"(["gso", "clearance"])",
                                               R"(, "gender_marker": 2)") +
                                 "]"));
  ASSERT_EQ(one.size(), 1u);
  EXPECT_NE(one[0].message.find("in the period: 1, where at least 2 is expected"),
            std::string::npos)
      << one[0].message;
  EXPECT_EQ(one[0].evidence, std::vector<std::string>{"a"});
}

TEST(JointActivityRuleTest, EmptyPeriodLeavesEveryGroupBelow) {
  Audit audit = audit_json(
      "[" + activity_json("a", "2024-03-01", R"(["gso", "clearance"])", R"(, "gender_marker": 2)") +
          "]",
      PeriodChoice{{}, Date::parse("2025-01-01"), Date::parse("2025-02-01")});
  auto findings = run_rule(JointActivityRule(), builtin_rule("track1-joint-with-gso"), audit);
  // A period of the 13MSP cycle: its committee has the risk education coordinator too.
  std::vector<std::string> expected = kAllButGso;
  expected.insert(expected.begin() + 3, "risk-education");
  EXPECT_EQ(subject_ids(findings), expected);
}

TEST(JointActivityRuleTest, PartnerWithoutGenderWorkFallsBelow) {
  Audit audit = audit_json("[" +
                           activity_json("a", "2024-03-01", R"(["gso"])",
                                         R"(, "partners": ["apmbc-gfp"], "gender_marker": 0)") +
                           "]");
  auto findings = run_rule(JointActivityRule(), builtin_rule("track2-apmbc-gfp"), audit);
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].id, "track2-apmbc-gfp/partner/apmbc-gfp");
  EXPECT_EQ(findings[0].message,
            "Gender-related activities with the Gender Focal Points of the Anti-Personnel Mine "
            "Ban Convention (apmbc-gfp) in the period: 0, where at least 1 is expected (Track 2 "
            "of the work plan, cooperation across conventions).");
}

TEST(JointActivityRuleTest, PartnerWithGenderWorkPasses) {
  Audit audit = audit_json("[" +
                           activity_json("a", "2024-03-01", R"(["gso"])",
                                         R"(, "partners": ["apmbc-gfp"], "tags": ["gender"])") +
                           "]");
  EXPECT_TRUE(run_rule(JointActivityRule(), builtin_rule("track2-apmbc-gfp"), audit).empty());
}

TEST(JointActivityRuleTest, PartnerWorkOfAnotherKindDoesNotCountButIsShown) {
  Audit audit = audit_json("[" +
                           activity_json("meet", "2024-03-01", R"(["gso"])",
                                         R"(, "kind": "meeting", "partners": ["unidir"],
                                            "gender_marker": 2)") +
                           "]");
  auto findings = run_rule(JointActivityRule(), builtin_rule("track3-unidir-research"), audit);
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].message,
            "Gender-related research outputs with the UNIDIR Gender Programme (unidir) in the "
            "period: 0, where at least 1 is expected (Track 3 of the work plan).");
  EXPECT_EQ(findings[0].evidence, std::vector<std::string>{"meet"});
}

TEST(JointActivityRuleTest, ConfigurationProblemsAreNamed) {
  RuleConfig rule = builtin_rule("track1-joint-with-gso");
  JointActivityRule kind;
  EXPECT_EQ(kind.check(rule), "");
  rule.text_params.erase("with_group");
  EXPECT_EQ(kind.check(rule),
            "a joint-activity rule on groups needs the parameter \"with_group\": the group every "
            "other group should work with, e.g. \"gso\"");
  rule.text_params["with_grup"] = "gso";
  EXPECT_EQ(kind.check(rule),
            "a joint-activity rule on groups has no parameter \"with_grup\", did you mean "
            "\"with_group\"?");
  rule = builtin_rule("track2-apmbc-gfp");
  rule.params["min"] = 0.5;
  EXPECT_EQ(kind.check(rule),
            "a joint-activity rule: parameter \"min\" must be a whole number of 1 or more");
  rule.subject = "action";
  EXPECT_EQ(kind.check(rule), "a joint-activity rule needs \"subject\": \"group\" or \"partner\"");
}

TEST(JointActivityRuleTest, RuleSetNamingAnUnknownPartnerOrGroupIsRefused) {
  auto problems = testing::rule_set_problems(R"({"rules": [
    {"id": "p", "kind": "joint-activity", "subject": "partner", "description": "d",
     "params": {"partner": "unidr"}, "severity": {"below": "low"}, "message": {"below": "m"}},
    {"id": "g", "kind": "joint-activity", "subject": "group", "description": "d",
     "params": {"with_group": "gos"}, "severity": {"below": "low"}, "message": {"below": "m"}}
  ]})");
  ASSERT_EQ(problems.size(), 2u);
  EXPECT_EQ(problems[0],
            "r/checks.json:5:31: rule \"g\": parameter \"with_group\" names unknown group "
            "\"gos\", did you mean \"gso\"? (groups: gso, universalization, stockpile, clearance, "
            "risk-education, victim-assistance, cooperation, transparency, "
            "national-implementation)");
  EXPECT_EQ(problems[1],
            "r/checks.json:3:28: rule \"p\": parameter \"partner\" names unknown partner "
            "\"unidr\", did you mean \"unidir\"? (partners: isu, presidency, apmbc-gfp, "
            "other-convention-gfp, gichd, unidir, mine-action-gdwg, ngo, civil-society)");
}

}  // namespace
}  // namespace lapaudit
