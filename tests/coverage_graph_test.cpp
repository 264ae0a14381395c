// SPDX-License-Identifier: Apache-2.0
#include "rules/coverage_graph.hpp"

#include <gtest/gtest.h>

#include "test_util.hpp"

namespace lapaudit {
namespace {

Activity activity(std::vector<std::string> groups, std::vector<int> actions) {
  Activity a;
  a.id = "x";
  a.groups = groups;
  a.actions = actions;
  return a;
}

TEST(CoverageGraphTest, ResponsibilityComesFromTheRuleSet) {
  CoverageGraph graph(testing::committee_of("12MSP"));
  EXPECT_EQ(graph.responsible_groups(23), std::vector<std::string>{"clearance"});
  EXPECT_EQ(graph.carried_actions("victim-assistance"), (std::vector<int>{4, 31, 34, 36}));
  EXPECT_EQ(graph.carried_actions("clearance"), (std::vector<int>{4, 23, 28, 29}));
  EXPECT_TRUE(graph.responsible_groups(12).empty());  // not a gender-relevant action
}

TEST(CoverageGraphTest, RiskEducationCarriesActions28And29FromThe13MSPCycle) {
  CoverageGraph graph(testing::committee_of("13MSP"));
  EXPECT_EQ(graph.carried_actions("risk-education"), (std::vector<int>{4, 28, 29}));
  EXPECT_EQ(graph.carried_actions("clearance"), (std::vector<int>{4, 23}));
  EXPECT_EQ(graph.responsible_groups(28), std::vector<std::string>{"risk-education"});
}

TEST(CoverageGraphTest, ActivitiesAreFoundFromActionsAndGroups) {
  CoverageGraph graph(testing::default_rules());
  graph.add_activity(activity({"clearance", "gso"}, {23, 12}), 0, true);
  graph.add_activity(activity({"clearance"}, {23}), 1, false);
  EXPECT_EQ(graph.activities_of_action(23, true), std::vector<std::size_t>{0});
  EXPECT_EQ(graph.activities_of_action(23, false), (std::vector<std::size_t>{0, 1}));
  EXPECT_EQ(graph.activities_of_group("gso", false), std::vector<std::size_t>{0});
  EXPECT_TRUE(graph.involves(0, "gso"));
  EXPECT_FALSE(graph.involves(1, "gso"));
  EXPECT_TRUE(graph.addresses(1, 23));
  EXPECT_FALSE(graph.addresses(0, 12));
}

TEST(CoverageGraphTest, GroupsAreJoinedOnlyByGenderRelatedWork) {
  CoverageGraph graph(testing::committee_of("12MSP"));
  graph.add_activity(activity({"gso", "clearance"}, {}), 0, true);
  graph.add_activity(activity({"clearance", "cooperation"}, {}), 1, true);
  graph.add_activity(activity({"gso", "stockpile"}, {}), 2, false);
  auto components = graph.joined_groups();
  EXPECT_EQ(components[0], (std::vector<std::string>{"clearance", "cooperation", "gso"}));
  EXPECT_EQ(components.size(), 6u);  // the joined three, and five groups on their own
}

TEST(CoverageGraphTest, ResponsibleGroupsKeepTheRuleSetOrderAmongActivities) {
  CoverageGraph graph(testing::committee_of("12MSP"));
  graph.add_activity(activity({"victim-assistance", "gso"}, {4}), 0, true);
  EXPECT_EQ(graph.responsible_groups(4),
            (std::vector<std::string>{"gso", "universalization", "stockpile", "clearance",
                                      "victim-assistance", "cooperation", "transparency",
                                      "national-implementation"}));
  EXPECT_EQ(graph.groups_of(0), (std::vector<std::string>{"victim-assistance", "gso"}));
}

TEST(CoverageGraphTest, ActivitiesAddedAfterAQuestionAreFoundToo) {
  CoverageGraph graph(testing::default_rules());
  graph.add_activity(activity({"clearance"}, {23}), 0, true);
  EXPECT_EQ(graph.activities_of_group("clearance", true), std::vector<std::size_t>{0});
  graph.add_activity(activity({"clearance", "gso"}, {23}), 1, true);
  graph.add_activity(activity({"stockpile"}, {}), 3, false);  // indexes may have gaps
  EXPECT_TRUE(graph.groups_of(3) == std::vector<std::string>{"stockpile"});
  graph.add_activity(activity({}, {}), 4, false);  // a vertex without edges, after a question
  EXPECT_TRUE(graph.groups_of(4).empty());
  EXPECT_EQ(graph.activities_of_group("clearance", true), (std::vector<std::size_t>{0, 1}));
  EXPECT_EQ(graph.activities_of_action(23, true), (std::vector<std::size_t>{0, 1}));
  EXPECT_EQ(graph.activities_of_group("stockpile", false), std::vector<std::size_t>{3});
  EXPECT_TRUE(graph.involves(1, "gso"));
  EXPECT_FALSE(graph.involves(2, "gso"));  // never added
  EXPECT_EQ(graph.actions_of(1), std::vector<int>{23});
  EXPECT_EQ(graph.responsible_groups(23), std::vector<std::string>{"clearance"});
}

}  // namespace
}  // namespace lapaudit

namespace lapaudit {
namespace {

TEST(CoverageGraphTest, ClearForgetsEverything) {
  CoverageGraph graph(testing::default_rules());
  graph.add_activity(activity({"clearance"}, {23}), 0, true);
  ASSERT_FALSE(graph.activities_of_group("clearance", false).empty());
  graph.clear();
  EXPECT_TRUE(graph.activities_of_group("clearance", false).empty());
  EXPECT_TRUE(graph.responsible_groups(23).empty());
  EXPECT_FALSE(graph.involves(0, "clearance"));
}

}  // namespace
}  // namespace lapaudit
