// SPDX-License-Identifier: Apache-2.0
#include "model/audit_report.hpp"

#include <algorithm>

namespace lapaudit {

std::string_view status_name(Status status) {
  switch (status) {
    case Status::kMissing:
      return "missing";
    case Status::kApproaches:
      return "approaches";
    case Status::kMeets:
      return "meets";
    case Status::kExceeds:
      return "exceeds";
  }
  return "missing";
}

std::string_view plan_status_name(PlanItemStatus status) {
  switch (status) {
    case PlanItemStatus::kDone:
      return "done";
    case PlanItemStatus::kLate:
      return "late";
    case PlanItemStatus::kOpen:
      return "open";
    case PlanItemStatus::kMissing:
      return "missing";
  }
  return "missing";
}

std::size_t AuditReport::unwaived_findings() const {
  return static_cast<std::size_t>(std::count_if(
      findings.begin(), findings.end(), [](const Finding& finding) { return !finding.waived; }));
}

std::size_t AuditReport::inferred_links() const {
  std::size_t count = 0;
  for (const auto& action : actions) {
    for (const auto& cover : action.groups) count += cover.basis == Basis::kInferred ? 1 : 0;
  }
  return count;
}

DataCounts AuditReport::data_counts() const {
  DataCounts counts;
  for (const auto& input : inputs) {
    counts.records += input.records;
    counts.accepted += input.accepted;
    counts.rejected += input.rejected;
    counts.out_of_period += input.out_of_period;
    counts.record_warnings += input.record_warnings;
  }
  for (const auto& action : actions) counts.links += action.groups.size();
  counts.inferred_links = inferred_links();
  return counts;
}

}  // namespace lapaudit
