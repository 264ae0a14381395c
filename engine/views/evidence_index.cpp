// SPDX-License-Identifier: Apache-2.0
#include "views/evidence_index.hpp"

#include <unordered_set>

namespace lapaudit {
namespace {

std::unordered_set<std::string_view> cited_ids(const AuditReport& report) {
  std::unordered_set<std::string_view> ids;  // the report's own texts
  for (const auto& finding : report.findings)
    ids.insert(finding.evidence.begin(), finding.evidence.end());
  for (const auto& action : report.actions) {
    for (const auto& cover : action.groups)
      ids.insert(cover.evidence.begin(), cover.evidence.end());
  }
  for (const auto& group : report.groups) ids.insert(group.evidence.begin(), group.evidence.end());
  if (report.plan) {
    for (const auto& item : report.plan->items) {
      if (!item.fulfilled_by.empty()) ids.insert(item.fulfilled_by);
    }
  }
  return ids;
}

}  // namespace

EvidenceIndex::EvidenceIndex(const AuditReport& report, const std::vector<Activity>& activities) {
  auto ids = cited_ids(report);
  for (const auto& activity : activities) {
    if (!ids.contains(activity.id)) continue;
    by_id_.emplace(activity.id,
                   EvidenceActivity{activity.id, activity.date.to_string(), activity.title});
  }
}

const EvidenceActivity* EvidenceIndex::find(std::string_view id) const {
  auto found = by_id_.find(std::string(id));
  return found == by_id_.end() ? nullptr : &found->second;
}

}  // namespace lapaudit
