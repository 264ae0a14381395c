// SPDX-License-Identifier: Apache-2.0
#include "rules/silo_rule.hpp"

#include <gtest/gtest.h>

#include "test_util.hpp"

namespace lapaudit {
namespace {

using testing::activity_json;
using testing::audit_json;

std::vector<std::string> silo_groups(const AuditReport& report) {
  std::vector<std::string> out;
  for (const auto& silo : report.silos) out.push_back(silo.group);
  return out;
}

const Finding* finding(const AuditReport& report, const std::string& id) {
  for (const auto& f : report.findings) {
    if (f.id == id) return &f;
  }
  return nullptr;
}

// Every group but victim-assistance and cooperation meets the Gender Focal Points.
std::string log_with(const std::string& extra_activities) {
  return "[" +
         activity_json("hub", "2024-03-01",
                       R"(["gso", "universalization", "stockpile", "clearance",
                           "transparency", "national-implementation"])",
                       R"(, "gender_marker": 2)") +
         extra_activities + "]";
}

// Every group but victim-assistance meets the Gender Focal Points.
std::string log_with_cooperation(const std::string& extra_activities) {
  return log_with(
      "," +
      activity_json("coop", "2024-03-02", R"(["gso", "cooperation"])", R"(, "gender_marker": 1)") +
      extra_activities);
}

TEST(SiloRuleTest, GroupWorkingOnGenderAloneIsASilo) {
  Audit audit = audit_json(
      log_with_cooperation("," + activity_json("va", "2024-04-01", R"(["victim-assistance"])",
                                               R"(, "gender_marker": 2)")));
  EXPECT_EQ(silo_groups(audit.report), std::vector<std::string>{"victim-assistance"});
  const Finding* silo = finding(audit.report, "group-silo/group/victim-assistance");
  ASSERT_NE(silo, nullptr);
  EXPECT_EQ(silo->severity, "medium");
  EXPECT_EQ(silo->message,
            "Victim Assistance (victim-assistance) works on gender in a silo: no gender-related "
            "activity in the period joins it to gso, directly or through other groups (joined "
            "to: no other group).");
  EXPECT_EQ(silo->evidence, std::vector<std::string>{"va"});
  EXPECT_EQ(silo->next_step,
            "Break the silo: hold a joint meeting on gender with the Gender Focal Points (gso) "
            "before the Meeting of States Parties, and list both victim-assistance and gso in "
            "its groups in the log.");
}

TEST(SiloRuleTest, GroupJoinedThroughAnotherGroupIsNotASilo) {
  Audit audit = audit_json(
      log_with("," +
               activity_json("va-coop", "2024-04-01", R"(["victim-assistance", "cooperation"])",
                             R"(, "gender_marker": 1)") +
               "," +
               activity_json("coop-clearance", "2024-05-01", R"(["cooperation", "clearance"])",
                             R"(, "gender_marker": 1)")));
  EXPECT_TRUE(audit.report.silos.empty());
}

TEST(SiloRuleTest, GroupsJoinedOnlyToEachOtherAreSilosTogether) {
  Audit audit = audit_json(log_with("," + activity_json("va-coop", "2024-04-01",
                                                        R"(["victim-assistance", "cooperation"])",
                                                        R"(, "gender_marker": 1)")));
  ASSERT_EQ(silo_groups(audit.report),
            (std::vector<std::string>{"cooperation", "victim-assistance"}));
  EXPECT_EQ(audit.report.silos[0].joined_with, std::vector<std::string>{"victim-assistance"});
  EXPECT_EQ(audit.report.silos[0].hub, "gso");
  EXPECT_NE(finding(audit.report, "group-silo/group/cooperation")
                ->message.find("(joined to: victim-assistance)"),
            std::string::npos);
}

TEST(SiloRuleTest, WorkThatIsNotGenderRelatedJoinsNobody) {
  Audit audit = audit_json(log_with(
      "," + activity_json("cc", "2024-04-01", R"(["gso", "victim-assistance", "cooperation"])",
                          R"(, "gender_marker": 0)")));
  EXPECT_EQ(silo_groups(audit.report),
            (std::vector<std::string>{"cooperation", "victim-assistance"}));
}

TEST(SiloRuleTest, WorkOutsideThePeriodJoinsNobody) {
  PeriodChoice choice;
  choice.cycle = "12MSP";
  Audit audit =
      audit_json(log_with("," + activity_json("late", "2024-10-01",
                                              R"(["gso", "victim-assistance", "cooperation"])",
                                              R"(, "gender_marker": 2)")),
                 choice);
  EXPECT_EQ(silo_groups(audit.report),
            (std::vector<std::string>{"cooperation", "victim-assistance"}));
}

TEST(SiloRuleTest, ConfigurationNeedsAHubGroup) {
  RuleConfig rule;
  rule.id = "silo";
  rule.kind = "silo";
  rule.subject = "group";
  rule.message["silo"] = "m";
  rule.severity["silo"] = "low";
  EXPECT_EQ(SiloRule().check(rule),
            "a silo rule needs the parameter \"hub\": the group every other group should be "
            "joined to, e.g. \"gso\"");
  rule.text_params["hub"] = "gso";
  EXPECT_EQ(SiloRule().check(rule), "");
  rule.params["at_least"] = 2;
  EXPECT_EQ(SiloRule().check(rule), "a silo rule has no parameter \"at_least\"");
}

}  // namespace
}  // namespace lapaudit
