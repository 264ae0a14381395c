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

// An activity as the graph takes it, with its index and whether it is gender-related.
struct Added {
  std::size_t index = 0;
  Activity activity;
  bool gender_related = false;
};

CoverageGraph graph_of(const RuleSet& rules, const std::vector<Added>& added) {
  std::vector<GraphActivity> activities;
  for (const Added& a : added) {
    activities.push_back(GraphActivity{
        .index = a.index, .activity = a.activity, .gender_related = a.gender_related});
  }
  return CoverageGraph(rules, activities);
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
  CoverageGraph graph =
      graph_of(testing::default_rules(), {{0, activity({"clearance", "gso"}, {23, 12}), true},
                                          {1, activity({"clearance"}, {23}), false}});
  EXPECT_EQ(graph.activities_of_action(23, true), std::vector<std::size_t>{0});
  EXPECT_EQ(graph.activities_of_action(23, false), (std::vector<std::size_t>{0, 1}));
  EXPECT_EQ(graph.activities_of_group("gso", false), std::vector<std::size_t>{0});
  EXPECT_TRUE(graph.involves(0, "gso"));
  EXPECT_FALSE(graph.involves(1, "gso"));
  EXPECT_TRUE(graph.addresses(1, 23));
  EXPECT_FALSE(graph.addresses(0, 12));
}

TEST(CoverageGraphTest, GroupsAreJoinedOnlyByGenderRelatedWork) {
  CoverageGraph graph = graph_of(testing::committee_of("12MSP"),
                                 {{0, activity({"gso", "clearance"}, {}), true},
                                  {1, activity({"clearance", "cooperation"}, {}), true},
                                  {2, activity({"gso", "stockpile"}, {}), false}});
  auto components = graph.joined_groups();
  EXPECT_EQ(components[0], (std::vector<std::string>{"clearance", "cooperation", "gso"}));
  EXPECT_EQ(components.size(), 6u);  // the joined three, and five groups on their own
}

TEST(CoverageGraphTest, ResponsibleGroupsKeepTheRuleSetOrderAmongActivities) {
  CoverageGraph graph = graph_of(testing::committee_of("12MSP"),
                                 {{0, activity({"victim-assistance", "gso"}, {4}), true}});
  EXPECT_EQ(graph.responsible_groups(4),
            (std::vector<std::string>{"gso", "universalization", "stockpile", "clearance",
                                      "victim-assistance", "cooperation", "transparency",
                                      "national-implementation"}));
  EXPECT_EQ(graph.groups_of(0), (std::vector<std::string>{"victim-assistance", "gso"}));
}

// The log's activities outside the period are not in the graph: the indexes of those in it
// have gaps, and an activity may have no edge at all.
TEST(CoverageGraphTest, IndexesMayHaveGaps) {
  CoverageGraph graph =
      graph_of(testing::default_rules(), {{0, activity({"clearance"}, {23}), true},
                                          {1, activity({"clearance", "gso"}, {23}), true},
                                          {3, activity({"stockpile"}, {}), false},
                                          {4, activity({}, {}), false}});
  EXPECT_TRUE(graph.groups_of(3) == std::vector<std::string>{"stockpile"});
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
  CoverageGraph graph =
      graph_of(testing::default_rules(), {{0, activity({"clearance"}, {23}), true}});
  ASSERT_FALSE(graph.activities_of_group("clearance", false).empty());
  graph.clear();
  EXPECT_TRUE(graph.activities_of_group("clearance", false).empty());
  EXPECT_TRUE(graph.responsible_groups(23).empty());
  EXPECT_FALSE(graph.involves(0, "clearance"));
}

}  // namespace
}  // namespace lapaudit
