// The statuses of spec.md "Default statuses", on small inline logs with the built-in rules.

#include "coverage_status.hpp"

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
  EXPECT_EQ(action(audit, 23).groups[0].evidence, IdList{"a1"});
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
  EXPECT_EQ(group(audit, "clearance").status, Status::kMeets);
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
