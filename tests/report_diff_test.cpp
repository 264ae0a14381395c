// SPDX-License-Identifier: Apache-2.0
#include "views/report_diff.hpp"

#include <gtest/gtest.h>

#include "report/report_diff_writer.hpp"
#include "test_util.hpp"

namespace lapaudit {
namespace {

using testing::activity_json;
using testing::audit_json;

PeriodChoice cycle(const char* name) {
  PeriodChoice choice;
  choice.cycle = name;
  return choice;
}

// Before: clearance covers 23 with the Gender Focal Points; victim-assistance works alone.
AuditReport before() {
  return audit_json("[" +
                        activity_json("c", "2024-01-10", R"(["gso", "clearance"])",
                                      R"(, "actions": [4, 23], "gender_marker": 2)") +
                        "," +
                        activity_json("v", "2024-02-10", R"(["victim-assistance"])",
                                      R"(, "actions": [31], "gender_marker": 2)") +
                        "]",
                    cycle("12MSP"))
      .report;
}

// After: clearance did nothing; victim-assistance met the Gender Focal Points. The 13MSP cycle's
// committee has the risk education coordinator, who carries actions 28 and 29 from clearance.
AuditReport after() {
  return audit_json("[" +
                        activity_json("v", "2025-02-10", R"(["victim-assistance", "gso"])",
                                      R"(, "actions": [4, 31], "gender_marker": 2)") +
                        "]",
                    cycle("13MSP"))
      .report;
}

std::vector<std::string> keys(const std::vector<StatusChange>& changes) {
  std::vector<std::string> out;
  for (const auto& change : changes) out.push_back(change.subject.kind + " " + change.subject.id);
  return out;
}

TEST(ReportDiffTest, StatusesThatWentUpAndDown) {
  ReportDiff diff = diff_reports(before(), after());
  EXPECT_EQ(diff.before_label, "12MSP (2023-09-15 to 2024-09-13)");
  EXPECT_EQ(keys(diff.down), (std::vector<std::string>{"action 23", "group clearance"}));
  EXPECT_EQ(diff.down[0].before, Status::kMeets);
  EXPECT_EQ(diff.down[0].after, Status::kMissing);
  EXPECT_TRUE(diff.up.empty());
  EXPECT_TRUE(diff.same_rules);
}

TEST(ReportDiffTest, FindingsNewAndResolvedAreMatchedById) {
  ReportDiff diff = diff_reports(before(), after());
  // Only the coverage and silo rules: other rules of the built-in set may add findings.
  auto ours = [](const Finding& f) {
    return f.rule == "action-coverage" || f.rule == "group-coverage" || f.rule == "group-silo";
  };
  std::vector<std::string> added, resolved;
  for (const auto& f : diff.new_findings) {
    if (ours(f)) added.push_back(f.id);
  }
  for (const auto& f : diff.resolved_findings) {
    if (ours(f)) resolved.push_back(f.id);
  }
  // clearance's group-coverage finding stands in both (in the 12MSP cycle it lacked 28 and 29).
  EXPECT_EQ(added, (std::vector<std::string>{
                       "action-coverage/action/23", "group-coverage/group/risk-education",
                       "group-silo/group/clearance", "group-silo/group/risk-education"}));
  EXPECT_EQ(resolved, std::vector<std::string>{"group-silo/group/victim-assistance"});
}

TEST(ReportDiffTest, GroupsThatEnteredAndLeftASilo) {
  ReportDiff diff = diff_reports(before(), after());
  ASSERT_EQ(diff.new_silos.size(), 2u);
  EXPECT_EQ(diff.new_silos[0].group, "clearance");
  EXPECT_EQ(diff.new_silos[1].group, "risk-education");  // new in the committee, no work yet
  ASSERT_EQ(diff.ended_silos.size(), 1u);
  EXPECT_EQ(diff.ended_silos[0].group, "victim-assistance");
}

TEST(ReportDiffTest, SameReportHasNoChange) {
  ReportDiff diff = diff_reports(before(), before());
  EXPECT_TRUE(diff.empty());
  EXPECT_EQ(write_diff_text(diff),
            "Changes from 12MSP (2023-09-15 to 2024-09-13) to 12MSP (2023-09-15 to 2024-09-13)\n"
            "\nNo change: the same statuses, findings and silos.\n");
}

TEST(ReportDiffTest, DifferentRuleSetsAreSaid) {
  AuditReport changed = after();
  changed.rules_digest = "sha256:other";
  ReportDiff diff = diff_reports(before(), changed);
  EXPECT_FALSE(diff.same_rules);
  EXPECT_NE(write_diff_text(diff).find("Note: the rule set changed (sha256:"), std::string::npos)
      << write_diff_text(diff);
}

TEST(ReportDiffTest, ActionsThatChangedHandsAreNamedAndTheirStatusChangesFlagged) {
  ReportDiff diff = diff_reports(before(), after());
  ASSERT_EQ(diff.moved_links.size(), 3u);
  EXPECT_EQ(diff.moved_links[0].action, 4);  // the risk education coordinator joins
  EXPECT_EQ(diff.moved_links[0].after.size(), diff.moved_links[0].before.size() + 1);
  EXPECT_EQ(diff.moved_links[1].action, 28);
  EXPECT_EQ(diff.moved_links[1].before, std::vector<std::string>{"clearance"});
  EXPECT_EQ(diff.moved_links[1].after, std::vector<std::string>{"risk-education"});
  std::string text = write_diff_text(diff);
  EXPECT_NE(text.find("  action 28                       clearance → risk-education\n"),
            std::string::npos)
      << text;
  // clearance no longer carries 28 and 29: its status change is not only its work's.
  auto clearance = std::find_if(diff.down.begin(), diff.down.end(),
                                [](const StatusChange& c) { return c.subject.id == "clearance"; });
  ASSERT_NE(clearance, diff.down.end());
  EXPECT_TRUE(clearance->map_changed);
  auto action23 = std::find_if(diff.down.begin(), diff.down.end(),
                               [](const StatusChange& c) { return c.subject.id == "23"; });
  ASSERT_NE(action23, diff.down.end());
  EXPECT_FALSE(action23->map_changed);
}

TEST(ReportDiffTest, AReportMadeWithTheOldMapSaysWhichLinksMoved) {
  // Last year's report, made when actions 28 and 29 were mapped to victim-assistance.
  AuditReport old_map = before();
  for (auto& action : old_map.actions) {
    if (action.id == 28 || action.id == 29)
      action.groups = {GroupCover{"victim-assistance", false, {}}};
  }
  old_map.rules_digest = "sha256:old";
  ReportDiff diff = diff_reports(old_map, before());
  EXPECT_FALSE(diff.same_rules);
  ASSERT_EQ(diff.moved_links.size(), 2u);
  EXPECT_EQ(diff.moved_links[0].before, std::vector<std::string>{"victim-assistance"});
  EXPECT_EQ(diff.moved_links[0].after, std::vector<std::string>{"clearance"});
}

TEST(ReportDiffTest, AFindingWaivedSinceIsListedAsChangedWithItsReason) {
  AuditReport waived = before();
  ASSERT_FALSE(waived.findings.empty());
  waived.findings[0].waived = true;
  waived.findings[0].waiver_reason = "Planned for the next cycle.";
  ReportDiff diff = diff_reports(before(), waived);
  ASSERT_EQ(diff.changed_findings.size(), 1u);
  EXPECT_EQ(diff.changed_findings[0].id, waived.findings[0].id);
  std::string text = write_diff_text(diff);
  EXPECT_NE(text.find("\nFindings still open, changed (message, severity or waiver): 1\n  [" +
                      waived.findings[0].severity + "] "),
            std::string::npos)
      << text;
  EXPECT_NE(text.find("\n      waived: Planned for the next cycle.\n"), std::string::npos) << text;
}

TEST(ReportDiffTest, TextListsDownChangesWithArrows) {
  std::string text = write_diff_text(diff_reports(before(), after()));
  EXPECT_NE(text.find("\nStatuses down: 2\n  action 23                       meets → missing\n"),
            std::string::npos)
      << text;
  EXPECT_NE(text.find("\nGroups that left a silo: 1\n  victim-assistance (hub gso)\n"),
            std::string::npos);
}

}  // namespace
}  // namespace lapaudit
