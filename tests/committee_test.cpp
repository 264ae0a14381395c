// SPDX-License-Identifier: Apache-2.0
// The Coordination Committee per cycle: which groups exist and who carries each action, as the
// built-in rule set says after the 12MSP's decision on a risk education coordinator.

#include "model/committee.hpp"

#include <gtest/gtest.h>

#include "test_util.hpp"

namespace lapaudit {
namespace {

using testing::default_rules;

Date day(const char* text) { return Date::parse(text).value(); }

std::vector<std::string> groups_of(const std::vector<Responsibility>& links) {
  std::vector<std::string> out;
  for (const auto& link : links) out.push_back(link.group);
  return out;
}

TEST(CommitteeTest, RiskEducationJoinsWithThe13MSPCycle) {
  EXPECT_EQ(committee_at(default_rules(), day("2024-09-13")).groups.size(), 8u);
  RuleSet thirteenth = committee_at(default_rules(), day("2024-09-14"));
  EXPECT_EQ(thirteenth.groups.size(), 9u);
  EXPECT_NE(thirteenth.find_group("risk-education"), nullptr);
}

TEST(CommitteeTest, Actions28And29PassFromClearanceToRiskEducation) {
  const RuleSet& rules = default_rules();
  EXPECT_EQ(groups_of(responsible_on(rules, 28, day("2024-09-13"))),
            std::vector<std::string>{"clearance"});
  EXPECT_EQ(groups_of(responsible_on(rules, 29, day("2024-09-14"))),
            std::vector<std::string>{"risk-education"});
  EXPECT_EQ(groups_of(responsible_on(rules, 23, day("2025-01-01"))),
            std::vector<std::string>{"clearance"});  // 23 stays with clearance throughout
  auto clearance = responsible_on(rules, 28, day("2024-01-01"));
  ASSERT_EQ(clearance.size(), 1u);
  EXPECT_EQ(clearance[0].basis, Basis::kStated);
  auto risk_education = responsible_on(rules, 28, day("2025-01-01"));
  ASSERT_EQ(risk_education.size(), 1u);
  EXPECT_EQ(risk_education[0].basis, Basis::kInferred);
  EXPECT_EQ(risk_education[0].cycles.from_cycle, "13MSP");
}

TEST(CommitteeTest, Action4IsCarriedByEveryGroupInForce) {
  EXPECT_EQ(responsible_on(default_rules(), 4, day("2024-01-01")).size(), 8u);
  auto links = responsible_on(default_rules(), 4, day("2025-01-01"));
  EXPECT_EQ(links.size(), 9u);
  EXPECT_EQ(groups_of(links)[4], "risk-education");  // the groups file's order
}

TEST(CommitteeTest, AnyActionOfThePlanHasItsSectionsGroups) {
  const RuleSet& rules = default_rules();
  EXPECT_EQ(groups_of(responsible_on(rules, 12, day("2024-01-01"))),
            std::vector<std::string>{"stockpile"});
  EXPECT_EQ(groups_of(responsible_on(rules, 45, day("2024-01-01"))),
            std::vector<std::string>{"transparency"});
  EXPECT_EQ(groups_of(responsible_on(rules, 40, day("2024-01-01"))),
            std::vector<std::string>{"cooperation"});
  EXPECT_EQ(responsible_on(rules, 40, day("2024-01-01"))[0].basis, Basis::kInferred);
  for (int action = rules.first_action; action <= rules.last_action; ++action) {
    EXPECT_NE(rules.section_of(action), nullptr) << action;
  }
  EXPECT_EQ(rules.section_of(28)->id, "clearance");
}

TEST(CommitteeTest, ChangesWithinAPeriodAreNamedInWords) {
  auto changes = committee_changes(default_rules(), Period{day("2024-06-01"), day("2025-03-01")});
  ASSERT_EQ(changes.size(), 3u);
  for (const auto& change : changes) EXPECT_EQ(change.date, day("2024-09-14"));
  EXPECT_EQ(changes[0].what,
            "Risk Education (risk-education) joins the Coordination Committee with the 13MSP "
            "cycle");
  EXPECT_EQ(changes[1].what, "action 28 passes from clearance to risk-education");
  EXPECT_EQ(changes[2].what, "action 29 passes from clearance to risk-education");
  EXPECT_TRUE(
      committee_changes(default_rules(), Period{day("2023-09-15"), day("2024-09-13")}).empty());
  // A change on the period's first day is not within it: the period starts with it in force.
  EXPECT_TRUE(
      committee_changes(default_rules(), Period{day("2024-09-14"), day("2025-09-18")}).empty());
}

TEST(CommitteeTest, CycleOfADay) {
  ASSERT_NE(cycle_of(default_rules(), day("2024-09-13")), nullptr);
  EXPECT_EQ(cycle_of(default_rules(), day("2024-09-13"))->name, "12MSP");
  EXPECT_EQ(cycle_of(default_rules(), day("2024-09-14"))->name, "13MSP");
  EXPECT_EQ(cycle_of(default_rules(), day("2019-01-01")), nullptr);
}

}  // namespace
}  // namespace lapaudit
