// SPDX-License-Identifier: Apache-2.0
#pragma once

// What the reports people read (Markdown, HTML, CSV) say, whatever their markup: the summary
// sentence, the period line, whether a group covers an action, and the findings sorted under the
// working groups they concern.

#include <string>
#include <string_view>
#include <vector>

#include "model/audit_report.hpp"

namespace lapaudit {

// "6 of 9 gender-relevant actions meet the bar; 2 working groups recorded no gender-related
// activity."
std::string summary_sentence(const AuditReport& report);

// "2023-09-15 to 2024-09-13 (cycle 12MSP)", or a sentence saying there is no period.
std::string period_text(const AuditReport& report);

// "Working groups as in force on 2024-09-13 (cycle 12MSP), the period's last day", or "" when
// the report has no committee.
std::string committee_text(const AuditReport& report);

// The sentence that explains the mark on a link the rule set infers rather than a source
// states, for a footnote or a legend.
extern const char* const kInferredNote;

// The groups whose link to `action` is inferred ("cooperation"), or "" when every link is stated.
std::string inferred_groups(const ActionResult& action);

// One footnote line per action with an inferred link: "action 39: cooperation".
std::vector<std::string> inferred_link_lines(const AuditReport& report);

// One cell of the action-by-group heat map.
enum class Coverage { kCovered, kUncovered, kNotResponsible };
Coverage coverage_of(const ActionResult& action, std::string_view group);

// The groups a finding concerns: a group's own; for an action, its responsible groups that have
// not covered it (all its responsible groups when each has); for other subjects, the groups the
// finding names (an activity's), if any.
std::vector<std::string> groups_concerned(const AuditReport& report, const Finding& finding);

// The findings a working group should read, each under the groups it concerns, so that a
// coordinator sees every gap of theirs in one place; a finding that concerns no group of the
// report goes to a last entry with an empty `group`. Groups without findings are left out.
struct FindingsOfGroup {
  std::string group;  // the group's id; "" for the other findings
  std::string name;   // the group's name; "" for the other findings
  std::vector<const Finding*> findings;
};
std::vector<FindingsOfGroup> findings_by_group(const AuditReport& report);

// "3 done, 1 late, 2 open, 1 missing": the work plan at a glance.
std::string plan_summary(const PlanSection& plan);

// The name of the plan track `id`, or `id` itself when the plan does not name it.
std::string track_name(const PlanSection& plan, std::string_view id);

// What fulfilled a plan item ("12msp-011 on 2024-02-08"), or what it still needs ("a
// gender-related meeting with gso; victim-assistance; closest: x, without y").
std::string plan_outcome(const PlanItemResult& item);

// What became of a waiver: "waives f1, f2 until 2025-01-01", "expired on ...", "unused: ...".
std::string waiver_outcome(const WaiverNote& note);

// What the report rests on, in one sentence: "Records: 21 read, 8 accepted, 13 rejected, 2 outside
// the period. Links of actions to working groups: 40, 5 of them inferred by the rule set."
std::string data_counts_text(const AuditReport& report);

// The rejected records that could have changed `finding`, as a sentence that asks for them to
// be corrected; "" when there are none.
std::string rejected_links_text(const Finding& finding);

// "3", "3 (2 not waived)": the number of findings, as the reports head their list.
std::string findings_count(const AuditReport& report);

}  // namespace lapaudit
