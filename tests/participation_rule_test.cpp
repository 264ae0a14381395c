// SPDX-License-Identifier: Apache-2.0
#include "rules/participation_rule.hpp"

#include <gtest/gtest.h>

#include "rule_kind_test_util.hpp"

namespace lapaudit {
namespace {

using testing::activity_json;
using testing::audit_json;
using testing::builtin_rule;
using testing::run_rule;
using testing::subject_ids;

std::string with_people(const std::string& id, const std::string& groups, int women, int men,
                        int other = 0) {
  return activity_json(id, "2024-03-01", groups,
                       ", \"participants\": {\"women\": " + std::to_string(women) + ", \"men\": " +
                           std::to_string(men) + ", \"other\": " + std::to_string(other) + "}");
}

// The rule limited to one group, so each test reads one finding.
RuleConfig rule_for(const std::string& group) {
  RuleConfig rule = builtin_rule("participation-balance");
  rule.list_params["groups"] = {group};
  return rule;
}

TEST(ParticipationRuleTest, ShareBelowTheBarIsAFinding) {
  Audit audit = audit_json("[" + with_people("a", R"(["stockpile"])", 9, 14) + "," +
                           with_people("b", R"(["stockpile"])", 0, 0) + "]");
  auto findings = run_rule(ParticipationRule(), rule_for("stockpile"), audit);
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].id, "participation-balance/group/stockpile");
  EXPECT_EQ(findings[0].severity, "medium");
  EXPECT_EQ(findings[0].message,
            "Stockpile Destruction and Retention (stockpile): women were 39.1% of participants "
            "(9 of 23) across 1 activity of the period with participant numbers, below the 40% "
            "aimed for.");
  EXPECT_EQ(findings[0].evidence, std::vector<std::string>{"a"});
}

// Counts near 2^53 on hundreds of records overflowed a 64-bit sum (undefined behaviour), and the
// finding disappeared: the sum no longer overflows, and the share is still right.
TEST(ParticipationRuleTest, HugeCountsDoNotOverflowTheSum) {
  std::string records;
  for (int i = 0; i < 400; ++i) {
    if (!records.empty()) records += ",";
    records += activity_json("p" + std::to_string(i), "2024-03-01", R"(["stockpile"])",
                             R"(, "participants": {"women": 9007199254740991, )"
                             R"("men": 9007199254740991, "other": 9007199254740991})");
  }
  Audit audit = audit_json("[" + records + "]");
  auto findings = run_rule(ParticipationRule(), rule_for("stockpile"), audit);
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].id, "participation-balance/group/stockpile");
  EXPECT_NE(findings[0].message.find("women were 33.3% of participants"), std::string::npos)
      << findings[0].message;
}

TEST(ParticipationRuleTest, ExactlyTheBarPasses) {
  Audit audit = audit_json("[" + with_people("a", R"(["transparency"])", 9, 14) + "," +
                           with_people("b", R"(["transparency"])", 5, 7) + "]");  // 14 of 35
  EXPECT_TRUE(run_rule(ParticipationRule(), rule_for("transparency"), audit).empty());
}

TEST(ParticipationRuleTest, SharesAddUpAcrossActivities) {
  Audit audit = audit_json("[" + with_people("a", R"(["clearance"])", 1, 9) + "," +
                           with_people("b", R"(["clearance"])", 9, 1, 2) + "]");  // 10 of 22
  EXPECT_TRUE(run_rule(ParticipationRule(), rule_for("clearance"), audit).empty());
}

TEST(ParticipationRuleTest, GroupWithoutParticipantDataIsUnknownNotAPass) {
  Audit audit = audit_json("[" + activity_json("a", "2024-03-01", R"(["clearance"])") + "]");
  auto findings = run_rule(ParticipationRule(), rule_for("clearance"), audit);
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].severity, "low");
  EXPECT_EQ(findings[0].message,
            "Clearance and Risk Education (clearance): none of its activities in the "
            "period records participant numbers, so the balance of its participation is "
            "unknown.");
  EXPECT_EQ(findings[0].evidence, std::vector<std::string>{"a"});
}

// Issue 23: `women` blank with `men` 12 read as "women were 0% of participants (0 of 12)".
TEST(ParticipationRuleTest, BlankWomenIsUnknownNotZero) {
  Audit audit = audit_json("[" +
                           activity_json("a", "2024-03-01", R"(["clearance"])",
                                         R"(, "participants": {"women": "", "men": 12})") +
                           "]");
  auto findings = run_rule(ParticipationRule(), rule_for("clearance"), audit);
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].severity, "low");
  EXPECT_EQ(findings[0].message.find("0%"), std::string::npos) << findings[0].message;
  EXPECT_NE(findings[0].message.find("records participant numbers"), std::string::npos)
      << findings[0].message;
}

// Issue 23: `women` 3 with `men` blank passed at 100%.
TEST(ParticipationRuleTest, BlankMenDoesNotPassAtAHundredPercent) {
  Audit audit = audit_json("[" +
                           activity_json("a", "2024-03-01", R"(["clearance"])",
                                         R"(, "participants": {"women": 3, "men": "n/a"})") +
                           "," + with_people("b", R"(["clearance"])", 1, 9) + "]");
  auto findings = run_rule(ParticipationRule(), rule_for("clearance"), audit);
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_NE(findings[0].message.find("women were 10% of participants (1 of 10)"), std::string::npos)
      << findings[0].message;
  EXPECT_EQ(findings[0].evidence, std::vector<std::string>{"b"});
}

TEST(ParticipationRuleTest, BlankOtherCountsAsNoneCountedAsOther) {
  Audit audit =
      audit_json("[" +
                 activity_json("a", "2024-03-01", R"(["clearance"])",
                               R"(, "participants": {"women": 1, "men": 9, "other": "-"})") +
                 "]");
  auto findings = run_rule(ParticipationRule(), rule_for("clearance"), audit);
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_NE(findings[0].message.find("(1 of 10)"), std::string::npos) << findings[0].message;
}

TEST(ParticipationRuleTest, EmptyPeriodLeavesEveryGroupUnknown) {
  Audit audit = audit_json("[" + with_people("a", R"(["gso"])", 5, 5) + "]",
                           PeriodChoice{{}, Date::parse("2025-01-01"), Date::parse("2025-02-01")});
  auto findings = run_rule(ParticipationRule(), builtin_rule("participation-balance"), audit);
  EXPECT_EQ(findings.size(), 9u);  // the 13MSP committee's nine groups
  for (const auto& finding : findings) EXPECT_EQ(finding.severity, "low") << finding.id;
}

TEST(ParticipationRuleTest, ActivityKindLimitsWhatCounts) {
  RuleConfig rule = rule_for("gso");
  rule.text_params["activity_kind"] = "meeting";
  Audit audit = audit_json(
      "[" +
      activity_json("m", "2024-03-01", R"(["gso"])",
                    R"(, "kind": "meeting", "participants": {"women": 1, "men": 9, "other": 0})") +
      "," +
      activity_json(
          "t", "2024-03-02", R"(["gso"])",
          R"(, "kind": "training", "participants": {"women": 50, "men": 0, "other": 0})") +
      "]");
  auto findings = run_rule(ParticipationRule(), rule, audit);
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].evidence, std::vector<std::string>{"m"});
}

TEST(ParticipationRuleTest, PercentagesNeverRoundUpToTheBar) {
  EXPECT_EQ(percent_text(0.3999), "39.9%");
  EXPECT_EQ(percent_text(0.4), "40%");
  EXPECT_EQ(percent_text(0.35714), "35.7%");
  EXPECT_EQ(percent_text(1.0), "100%");
}

TEST(ParticipationRuleTest, ConfigurationProblemsAreNamed) {
  ParticipationRule kind;
  RuleConfig rule = builtin_rule("participation-balance");
  EXPECT_EQ(kind.check(rule), "");
  rule.params["min_share"] = 40;
  EXPECT_EQ(kind.check(rule),
            "a participation-balance rule: parameter \"min_share\" must be a share above 0 and "
            "at most 1 (0.4 is 40%)");
  rule.params.erase("min_share");
  rule.text_params["min_share"] = "0.4";
  EXPECT_EQ(kind.check(rule),
            "a participation-balance rule: parameter \"min_share\" must be a number");
  rule.text_params.erase("min_share");
  rule.severity.erase("unknown");
  EXPECT_EQ(kind.check(rule), "a participation-balance rule needs a severity for \"unknown\"");
}

}  // namespace
}  // namespace lapaudit
