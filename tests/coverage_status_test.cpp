// SPDX-License-Identifier: Apache-2.0
// The statuses of spec.md "Default statuses", on small inline logs with the built-in rules.

#include "rules/coverage_status.hpp"

#include <gtest/gtest.h>

#include "test_util.hpp"

namespace lapaudit {
namespace {

using testing::activity_json;
using testing::audit_json;

const ActionResult& action(const Audit& audit, int id) {
  for (const auto& result : audit.report.actions) {
    if (result.id == id) return result;
  }
  throw std::runtime_error("no action " + std::to_string(id));
}

const GroupResult& group(const Audit& audit, const std::string& id) {
  for (const auto& result : audit.report.groups) {
    if (result.id == id) return result;
  }
  throw std::runtime_error("no group " + id);
}

TEST(CoverageStatusTest, ActionWithoutGenderWorkIsMissing) {
  Audit audit = audit_json("[" +
                           activity_json("a1", "2024-01-10", "[\"clearance\"]",
                                         ", \"actions\": [23], \"gender_marker\": 0") +
                           "]");
  EXPECT_EQ(action(audit, 23).status, Status::kMissing);
  EXPECT_EQ(action(audit, 23).gender_activities, 0u);
}

TEST(CoverageStatusTest, ActionMeetsWhenEveryResponsibleGroupCovered) {
  Audit audit = audit_json("[" +
                           activity_json("a1", "2024-01-10", "[\"clearance\"]",
                                         ", \"actions\": [23], \"gender_marker\": 1") +
                           "]");
  EXPECT_EQ(action(audit, 23).status, Status::kMeets);
  EXPECT_EQ(action(audit, 23).groups[0].evidence, std::vector<std::string>{"a1"});
}

TEST(CoverageStatusTest, ActionExceedsAtThreeActivities) {
  std::string log = "[";
  for (int i = 1; i <= 3; ++i) {
    if (i > 1) log += ",";
    log += activity_json("a" + std::to_string(i), "2024-01-1" + std::to_string(i),
                         "[\"clearance\"]", ", \"actions\": [23], \"tags\": [\"gender\"]");
  }
  Audit three = audit_json(log + "]");
  EXPECT_EQ(action(three, 23).status, Status::kExceeds);
  Audit two = audit_json("[" +
                         activity_json("a1", "2024-01-10", "[\"clearance\"]",
                                       ", \"actions\": [23], \"tags\": [\"gender\"]") +
                         "," +
                         activity_json("a2", "2024-01-11", "[\"clearance\"]",
                                       ", \"actions\": [23], \"tags\": [\"gender\"]") +
                         "]");
  EXPECT_EQ(action(two, 23).status, Status::kMeets);
}

TEST(CoverageStatusTest, ActionApproachesWhenAResponsibleGroupIsMissing) {
  // Action 4 is carried by all eight groups: one group's work is not enough.
  Audit audit = audit_json(
      "[" +
      activity_json("a1", "2024-01-10", "[\"gso\"]", ", \"actions\": [4], \"gender_marker\": 2") +
      "]");
  const ActionResult& result = action(audit, 4);
  EXPECT_EQ(result.status, Status::kApproaches);
  EXPECT_EQ(std::count_if(result.groups.begin(), result.groups.end(),
                          [](const GroupCover& cover) { return cover.covered; }),
            1);
}

TEST(CoverageStatusTest, GroupStatusesFollowTheActionsItCarries) {
  Audit audit = audit_json(
      "[" +
      activity_json("a1", "2024-01-10", "[\"victim-assistance\"]",
                    ", \"actions\": [4, 28, 29, 31, 34], \"gender_marker\": 2") +
      "," +
      activity_json("a2", "2024-01-11", "[\"clearance\"]",
                    ", \"actions\": [4, 23], \"gender_marker\": 1") +
      "," + activity_json("a3", "2024-01-12", "[\"stockpile\"]", ", \"actions\": [4]") + "]");
  EXPECT_EQ(group(audit, "victim-assistance").status, Status::kApproaches);
  EXPECT_EQ(group(audit, "victim-assistance").uncovered_actions, std::vector<int>{36});
  // Clearance and Risk Education carries actions 28 and 29 too (LAP actions 18-30): the
  // victim-assistance activity on them does not cover them for clearance.
  EXPECT_EQ(group(audit, "clearance").status, Status::kApproaches);
  EXPECT_EQ(group(audit, "clearance").uncovered_actions, (std::vector<int>{28, 29}));
  EXPECT_EQ(group(audit, "stockpile").status, Status::kMissing);
  EXPECT_EQ(group(audit, "stockpile").uncovered_actions, std::vector<int>{4});
}

TEST(CoverageStatusTest, ActivitiesOutsideThePeriodDoNotCount) {
  PeriodChoice choice;
  choice.cycle = "12MSP";
  Audit audit = audit_json("[" +
                               activity_json("a1", "2023-09-14", "[\"clearance\"]",
                                             ", \"actions\": [23], \"gender_marker\": 2") +
                               "]",
                           choice);
  EXPECT_EQ(action(audit, 23).status, Status::kMissing);
  EXPECT_EQ(audit.report.inputs[0].out_of_period, 1u);
}

TEST(CoverageStatusTest, ExceedsThresholdComesFromTheRuleSet) {
  EXPECT_EQ(exceeds_threshold(testing::default_rules(), "action"), 3u);
  EXPECT_EQ(exceeds_threshold(testing::default_rules(), "group"), std::nullopt);
}

}  // namespace
}  // namespace lapaudit

namespace lapaudit {
namespace {

// Issue "the rule set follows the Convention": actions 28 and 29 lie in the clearance and risk
// education section (LAP actions 18-30), not in victim assistance.
Audit twelfth(const std::string& groups) {
  return testing::audit_json(
      "[" +
          testing::activity_json("a", "2024-03-01", groups,
                                 R"(, "actions": [28], "gender_marker": 2)") +
          "]",
      PeriodChoice{"12MSP", {}, {}});
}

const ActionResult& action_28(const Audit& audit) {
  for (const auto& result : audit.report.actions) {
    if (result.id == 28) return result;
  }
  throw std::runtime_error("no action 28");
}

TEST(CoverageStatusTest, Action28LoggedByClearanceMeetsInThe12MSPCycle) {
  EXPECT_EQ(action_28(twelfth(R"(["clearance"])")).status, Status::kMeets);
}

TEST(CoverageStatusTest, Action28LoggedByVictimAssistanceOnlyApproaches) {
  Audit audit = twelfth(R"(["victim-assistance"])");
  const ActionResult& result = action_28(audit);
  EXPECT_EQ(result.status, Status::kApproaches);
  EXPECT_EQ(result.gender_activities, 1u);
  ASSERT_EQ(result.groups.size(), 1u);
  EXPECT_EQ(result.groups[0].group, "clearance");
  EXPECT_FALSE(result.groups[0].covered);
}

std::vector<std::string> group_ids(const AuditReport& report) {
  std::vector<std::string> out;
  for (const auto& group : report.groups) out.push_back(group.id);
  return out;
}

TEST(CoverageStatusTest, The13MSPCycleHasTheRiskEducationGroupAndThe12MSPNot) {
  std::string log = "[" + testing::activity_json("a", "2024-03-01", R"(["gso"])") + "]";
  auto twelfth_groups = group_ids(testing::audit_json(log, PeriodChoice{"12MSP", {}, {}}).report);
  auto thirteenth_groups =
      group_ids(testing::audit_json(log, PeriodChoice{"13MSP", {}, {}}).report);
  EXPECT_EQ(std::count(twelfth_groups.begin(), twelfth_groups.end(), "risk-education"), 0);
  EXPECT_EQ(std::count(thirteenth_groups.begin(), thirteenth_groups.end(), "risk-education"), 1);
  EXPECT_EQ(thirteenth_groups.size(), twelfth_groups.size() + 1);
}

TEST(CoverageStatusTest, InThe13MSPCycleAction28IsTheRiskEducationCoordinators) {
  Audit audit =
      testing::audit_json("[" +
                              testing::activity_json("a", "2025-03-01", R"(["clearance"])",
                                                     R"(, "actions": [28], "gender_marker": 2)") +
                              "]",
                          PeriodChoice{"13MSP", {}, {}});
  const ActionResult& result = action_28(audit);
  EXPECT_EQ(result.status, Status::kApproaches);
  ASSERT_EQ(result.groups.size(), 1u);
  EXPECT_EQ(result.groups[0].group, "risk-education");
  EXPECT_EQ(result.groups[0].basis, Basis::kInferred);  // and the report says so
}

TEST(CoverageStatusTest, APeriodAcrossTheChangeIsJudgedWithTheCommitteeAtItsEndAndSaysSo) {
  Audit audit =
      testing::audit_json("[" + testing::activity_json("a", "2024-06-01", R"(["clearance"])") + "]",
                          PeriodChoice{{}, Date::parse("2024-06-01"), Date::parse("2025-03-01")});
  ASSERT_TRUE(audit.report.committee.has_value());
  EXPECT_EQ(audit.report.committee->as_of.to_string(), "2025-03-01");
  EXPECT_EQ(audit.report.committee->cycle, "13MSP");
  EXPECT_EQ(audit.report.committee->changes.size(), 3u);
  ASSERT_EQ(audit.report.warnings.size(), 1u);
  EXPECT_EQ(audit.report.warnings[0].code, "committee-changed");
  EXPECT_NE(audit.report.warnings[0].message.find(
                "2024-09-14: action 28 passes from clearance to risk-education"),
            std::string::npos);
}

TEST(CoverageStatusTest, APeriodOutsideTheActionPlanIsRefused) {
  auto audit =
      run_audit(testing::default_rules(), testing::log_from_json("[]"),
                PeriodChoice{{}, Date::parse("2027-01-01"), Date::parse("2027-12-31")}, "test");
  ASSERT_FALSE(audit.ok());
  EXPECT_EQ(audit.error().message,
            "the period 2027-01-01 to 2027-12-31 lies outside the action plan of this rule set: "
            "the Lausanne Action Plan is in force from 2021-09-20 to 2026-09-30 (adopted at the "
            "Second Review Conference in September 2021, replaced by the plan the Third Review "
            "Conference adopts in September 2026; the exact days are not verified here). Audit "
            "it with the rule set of the plan in force then (--rules DIR).");
}

TEST(CoverageStatusTest, APeriodRunningBeyondTheActionPlanIsAWarning) {
  Audit audit = testing::audit_json(
      "[]", PeriodChoice{{}, Date::parse("2026-06-01"), Date::parse("2026-12-31")});
  ASSERT_EQ(audit.report.warnings.size(), 1u);
  EXPECT_EQ(audit.report.warnings[0].code, "period-beyond-plan");
}

}  // namespace
}  // namespace lapaudit
