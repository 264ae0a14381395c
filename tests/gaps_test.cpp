// SPDX-License-Identifier: Apache-2.0
#include "views/gaps.hpp"

#include <gtest/gtest.h>

#include <algorithm>

#include "report/gaps_writer.hpp"
#include "test_util.hpp"

namespace lapaudit {
namespace {

using testing::activity_json;
using testing::audit_json;

// victim-assistance covers 4 but not 31, 34, 36 (action 28 is carried by clearance in the 12MSP
// cycle, so "va" covers it for no group); "plain" lists 31 without gender.
const std::string kLog =
    "[" +
    activity_json("va", "2024-03-01", R"(["victim-assistance", "gso"])",
                  R"(, "actions": [4, 28], "gender_marker": 2)") +
    "," + activity_json("plain", "2024-04-01", R"(["victim-assistance"])", R"(, "actions": [31])") +
    "]";

TEST(GapsTest, CarriedActionsSayCoveredAndByWhat) {
  Audit audit = audit_json(kLog);
  auto gaps = group_gaps(audit.report, "victim-assistance");
  ASSERT_TRUE(gaps.ok()) << gaps.error().to_string();
  ASSERT_EQ(gaps->actions.size(), 4u);
  EXPECT_EQ(gaps->actions[0].id, 4);
  EXPECT_TRUE(gaps->actions[0].covered);
  EXPECT_EQ(gaps->actions[0].evidence, std::vector<std::string>{"va"});
  EXPECT_EQ(gaps->actions[1].id, 31);
  EXPECT_FALSE(gaps->actions[1].covered);
  EXPECT_EQ(gaps->actions[1].action_status, Status::kMissing);
  EXPECT_EQ(gaps->group.status, Status::kApproaches);
}

// The ids of the coverage and silo findings among `findings` (other rules of the built-in set
// may add theirs).
std::vector<std::string> coverage_ids(const std::vector<Finding>& findings) {
  std::vector<std::string> ids;
  for (const auto& finding : findings) {
    if (finding.rule == "action-coverage" || finding.rule == "group-coverage" ||
        finding.rule == "group-silo") {
      ids.push_back(finding.id);
    }
  }
  return ids;
}

bool has(const std::vector<std::string>& texts, const std::string& text) {
  return std::find(texts.begin(), texts.end(), text) != texts.end();
}

TEST(GapsTest, FindingsAreTheGroupsAndItsUncoveredActions) {
  Audit audit = audit_json(kLog);
  auto gaps = group_gaps(audit.report, "victim-assistance");
  ASSERT_TRUE(gaps.ok());
  std::vector<std::string> ids = coverage_ids(gaps->findings);
  // Action 4 is not here: victim-assistance covered it, though other groups did not.
  // Nor action 28: its gap is clearance's, the group that carries it in the 12MSP cycle.
  EXPECT_EQ(ids, (std::vector<std::string>{"action-coverage/action/31", "action-coverage/action/34",
                                           "action-coverage/action/36",
                                           "group-coverage/group/victim-assistance"}));
  EXPECT_EQ(gaps->unwaived_findings(), gaps->findings.size());
  for (const auto& finding : gaps->findings) {
    EXPECT_TRUE(finding.subject.id == "victim-assistance" || finding.subject.kind == "action")
        << finding.id;
  }
}

TEST(GapsTest, NextStepsComeFromTheRuleSet) {
  Audit audit = audit_json(kLog);
  auto gaps = group_gaps(audit.report, "victim-assistance");
  ASSERT_TRUE(gaps.ok());
  EXPECT_TRUE(
      has(gaps->next_steps,
          "No gender-related activity on action 31 this cycle: hold a meeting on it with the "
          "Gender Focal Points before the Meeting of States Parties, and log it with action "
          "31."));
  EXPECT_TRUE(has(gaps->next_steps,
                  "Cover action(s) 31, 34, 36: if the group already did gender-related work on "
                  "them, add the action numbers to those activities in the log; otherwise hold a "
                  "meeting on them with the Gender Focal Points before the Meeting of States "
                  "Parties."));
  EXPECT_EQ(gaps->next_steps.front().rfind("No gender-related activity on action 31", 0), 0u);
}

TEST(GapsTest, UnknownGroupSuggestsAndListsTheKnownOnes) {
  Audit audit = audit_json(kLog);
  auto gaps = group_gaps(audit.report, "victims");
  ASSERT_FALSE(gaps.ok());
  EXPECT_EQ(gaps.error().to_string(),
            "unknown group \"victims\", did you mean \"victim-assistance\"? (groups: clearance, "
            "cooperation, gso, national-implementation, stockpile, transparency, "
            "universalization, victim-assistance)");
}

TEST(GapsTest, RestrictedReportHoldsOnlyTheGroup) {
  Audit audit = audit_json(kLog);
  auto gaps = group_gaps(audit.report, "clearance");
  ASSERT_TRUE(gaps.ok());
  AuditReport view = restrict_report(audit.report, gaps.value());
  ASSERT_EQ(view.groups.size(), 1u);
  EXPECT_EQ(view.groups[0].id, "clearance");
  ASSERT_EQ(view.actions.size(), 4u);  // 4, 23, and 28 and 29 (risk education, 18-30)
  EXPECT_EQ(view.actions[1].id, 23);
  EXPECT_EQ(view.findings.size(), gaps->findings.size());
  EXPECT_EQ(view.silos.size(), 1u);  // clearance did no gender work at all
}

// The report of kLog with a work plan of two items, one with victim-assistance, each with a
// finding; and a waiver of the group's coverage finding.
AuditReport report_with_plan_and_waiver() {
  AuditReport report = audit_json(kLog).report;
  PlanSection plan;
  plan.items.resize(2);
  plan.items[0].id = "with-va";
  plan.items[0].groups = {"gso", "victim-assistance"};
  plan.items[1].id = "without-va";
  plan.items[1].groups = {"gso", "clearance"};
  report.plan = plan;
  for (const char* item : {"with-va", "without-va"}) {
    Finding finding;
    finding.id = std::string("work-plan/plan-item/") + item;
    finding.rule = "work-plan";
    finding.subject = {"plan-item", item};
    finding.next_step = std::string("Do ") + item + ".";
    report.findings.push_back(finding);
  }
  const std::string waived_id = "group-coverage/group/victim-assistance";
  for (auto& finding : report.findings) {
    if (finding.id == waived_id) finding.waived = true;
  }
  WaiverNote applied;
  applied.rule = "group-coverage";
  applied.subject = {"group", "victim-assistance"};
  applied.findings = {waived_id};
  WaiverNote other;
  other.rule = "group-coverage";
  other.subject = {"group", "clearance"};
  report.waivers = std::vector<WaiverNote>{applied, other};
  return report;
}

TEST(GapsTest, PlanItemsTheGroupTakesPartInAreInTheView) {
  AuditReport report = report_with_plan_and_waiver();
  auto gaps = group_gaps(report, "victim-assistance");
  ASSERT_TRUE(gaps.ok());
  std::vector<std::string> plan_findings;
  for (const auto& finding : gaps->findings) {
    if (finding.subject.kind == "plan-item") plan_findings.push_back(finding.subject.id);
  }
  EXPECT_EQ(plan_findings, std::vector<std::string>{"with-va"});
  EXPECT_TRUE(has(gaps->next_steps, "Do with-va."));
  EXPECT_FALSE(has(gaps->next_steps, "Do without-va."));
}

TEST(GapsTest, AWaivedFindingStaysButGivesNoNextStepNorExitCode) {
  AuditReport report = report_with_plan_and_waiver();
  auto gaps = group_gaps(report, "victim-assistance");
  ASSERT_TRUE(gaps.ok());
  EXPECT_EQ(gaps->unwaived_findings(), gaps->findings.size() - 1);
  for (const auto& step : gaps->next_steps) {
    EXPECT_EQ(step.rfind("Cover action(s)", 0), std::string::npos) << step;
  }
  EXPECT_NE(write_gaps_text(report, gaps.value()).find(" (1 waived)\n"), std::string::npos);
}

TEST(GapsTest, RestrictedReportKeepsTheGroupsPlanItemsAndWaivers) {
  AuditReport report = report_with_plan_and_waiver();
  auto gaps = group_gaps(report, "victim-assistance");
  ASSERT_TRUE(gaps.ok());
  AuditReport view = restrict_report(report, gaps.value());
  ASSERT_TRUE(view.plan.has_value());
  ASSERT_EQ(view.plan->items.size(), 1u);
  EXPECT_EQ(view.plan->items[0].id, "with-va");
  ASSERT_TRUE(view.waivers.has_value());
  ASSERT_EQ(view.waivers->size(), 1u);
  EXPECT_EQ((*view.waivers)[0].subject.id, "victim-assistance");
}

TEST(GapsTest, TextShowsUncoveredActionsAndNumberedNextSteps) {
  Audit audit = audit_json(kLog);
  auto gaps = group_gaps(audit.report, "victim-assistance");
  ASSERT_TRUE(gaps.ok());
  std::string text = write_gaps_text(audit.report, gaps.value());
  EXPECT_NE(text.find("Gaps of Victim Assistance (victim-assistance)\n"), std::string::npos);
  EXPECT_NE(text.find("  31   Victim assistance                 NOT COVERED (action status: "
                      "missing)\n"),
            std::string::npos)
      << text;
  EXPECT_NE(text.find("\nNext steps\n  1. "), std::string::npos);
}

}  // namespace
}  // namespace lapaudit
