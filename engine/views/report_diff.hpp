// SPDX-License-Identifier: Apache-2.0
#pragma once

// What changed between two audit reports, say the 12MSP and the 13MSP cycles (`lapaudit diff`):
// statuses that went up or down, findings new, resolved, reworded or (un)waived, and groups that
// became or stopped being silos. Subjects are matched by kind and id, findings by their stable id.

#include <optional>
#include <string>
#include <vector>

#include "model/audit_report.hpp"

namespace lapaudit {

struct StatusChange {
  Subject subject;
  std::optional<Status> before;  // empty: the subject is only in the new report
  std::optional<Status> after;   // empty: the subject is only in the old report
  // The groups that carry the action (or the actions the group carries) differ between the two
  // reports, so the change may come from the map, not from the work done.
  bool map_changed = false;
};

// An action whose responsible groups differ between the two reports: a corrected rule set, or
// the committee of another cycle.
struct LinkChange {
  int action = 0;
  std::vector<std::string> before;  // its groups in the old report, in its order
  std::vector<std::string> after;
};

struct SiloChange {
  std::string group;
  std::string hub;
};

struct ReportDiff {
  std::string before_label;  // "12MSP (2023-09-15 to 2024-09-13)"
  std::string after_label;
  bool same_rules = true;    // both reports name the same rule-set digest
  std::string before_rules;  // the old report's rule-set digest
  std::string after_rules;
  std::vector<LinkChange> moved_links;  // in action order
  std::vector<StatusChange> up;         // actions first, then groups, each in report order
  std::vector<StatusChange> down;
  std::vector<StatusChange> other;         // subjects only in one of the reports
  std::vector<Finding> new_findings;       // in the new report's order
  std::vector<Finding> resolved_findings;  // in the old report's order
  // Same id, another message, severity or waiver: the new one.
  std::vector<Finding> changed_findings;
  std::vector<SiloChange> new_silos;    // silos now, not before
  std::vector<SiloChange> ended_silos;  // silos before, not now

  bool empty() const;
};

ReportDiff diff_reports(const AuditReport& before, const AuditReport& after);

}  // namespace lapaudit
