// SPDX-License-Identifier: Apache-2.0
#include "views/report_diff.hpp"

#include <algorithm>
#include <map>

namespace lapaudit {
namespace {

std::string label(const AuditReport& report) {
  if (!report.period) return report.cycle.empty() ? "a report without a period" : report.cycle;
  std::string dates = report.period->from.to_string() + " to " + report.period->to.to_string();
  return report.cycle.empty() ? dates : report.cycle + " (" + dates + ")";
}

// Each subject's status, by "kind/id", in report order.
std::vector<std::pair<Subject, Status>> statuses(const AuditReport& report) {
  std::vector<std::pair<Subject, Status>> out;
  for (const auto& action : report.actions) {
    out.emplace_back(Subject{"action", std::to_string(action.id)}, action.status);
  }
  for (const auto& group : report.groups)
    out.emplace_back(Subject{"group", group.id}, group.status);
  return out;
}

std::string key(const Subject& subject) { return subject.kind + "/" + subject.id; }

std::vector<std::string> groups_of(const ActionResult& action) {
  std::vector<std::string> out;
  for (const auto& cover : action.groups) out.push_back(cover.group);
  return out;
}

// The subjects whose part of the action-group map differs: actions whose groups changed, and
// groups whose carried actions changed (by "kind/id"); and the actions' changes themselves.
std::map<std::string, bool> diff_map(const AuditReport& before, const AuditReport& after,
                                     ReportDiff& diff) {
  std::map<std::string, bool> changed;
  for (const auto& action : after.actions) {
    auto old = std::find_if(before.actions.begin(), before.actions.end(),
                            [&](const ActionResult& a) { return a.id == action.id; });
    if (old == before.actions.end()) continue;
    auto was = groups_of(*old), now = groups_of(action);
    if (was == now) continue;
    diff.moved_links.push_back({action.id, was, now});
    changed["action/" + std::to_string(action.id)] = true;
  }
  for (const auto& group : after.groups) {
    auto old = std::find_if(before.groups.begin(), before.groups.end(),
                            [&](const GroupResult& g) { return g.id == group.id; });
    if (old != before.groups.end() && old->carried_actions != group.carried_actions) {
      changed["group/" + group.id] = true;
    }
  }
  return changed;
}

void diff_statuses(const AuditReport& before, const AuditReport& after, ReportDiff& diff) {
  std::map<std::string, Status> old_status;
  for (const auto& [subject, status] : statuses(before)) old_status[key(subject)] = status;
  std::map<std::string, bool> seen;
  for (const auto& [subject, status] : statuses(after)) {
    seen[key(subject)] = true;
    auto it = old_status.find(key(subject));
    if (it == old_status.end()) {
      diff.other.push_back({subject, std::nullopt, status});
    } else if (status > it->second) {
      diff.up.push_back({subject, it->second, status});
    } else if (status < it->second) {
      diff.down.push_back({subject, it->second, status});
    }
  }
  for (const auto& [subject, status] : statuses(before)) {
    if (!seen.count(key(subject))) diff.other.push_back({subject, status, std::nullopt});
  }
}

void diff_findings(const AuditReport& before, const AuditReport& after, ReportDiff& diff) {
  std::map<std::string, const Finding*> old_findings;
  std::map<std::string, const Finding*> new_findings;
  for (const auto& finding : before.findings) old_findings[finding.id] = &finding;
  for (const auto& finding : after.findings) new_findings[finding.id] = &finding;
  for (const auto& finding : after.findings) {
    auto it = old_findings.find(finding.id);
    if (it == old_findings.end()) {
      diff.new_findings.push_back(finding);
    } else if (it->second->message != finding.message || it->second->severity != finding.severity ||
               it->second->waived != finding.waived) {
      diff.changed_findings.push_back(finding);
    }
  }
  for (const auto& finding : before.findings) {
    if (!new_findings.count(finding.id)) diff.resolved_findings.push_back(finding);
  }
}

bool has_silo(const std::vector<Silo>& silos, const Silo& silo) {
  return std::any_of(silos.begin(), silos.end(), [&](const Silo& other) {
    return other.group == silo.group && other.hub == silo.hub;
  });
}

void diff_silos(const AuditReport& before, const AuditReport& after, ReportDiff& diff) {
  for (const auto& silo : after.silos) {
    if (!has_silo(before.silos, silo)) diff.new_silos.push_back({silo.group, silo.hub});
  }
  for (const auto& silo : before.silos) {
    if (!has_silo(after.silos, silo)) diff.ended_silos.push_back({silo.group, silo.hub});
  }
}

}  // namespace

bool ReportDiff::empty() const {
  return up.empty() && down.empty() && other.empty() && moved_links.empty() &&
         new_findings.empty() && resolved_findings.empty() && changed_findings.empty() &&
         new_silos.empty() && ended_silos.empty();
}

ReportDiff diff_reports(const AuditReport& before, const AuditReport& after) {
  ReportDiff diff;
  diff.before_label = label(before);
  diff.after_label = label(after);
  diff.same_rules = before.rules_digest == after.rules_digest;
  diff.before_rules = before.rules_digest;
  diff.after_rules = after.rules_digest;
  diff_statuses(before, after, diff);
  auto map_changed = diff_map(before, after, diff);
  for (auto* changes : {&diff.up, &diff.down}) {
    for (auto& change : *changes) change.map_changed = map_changed.count(key(change.subject)) > 0;
  }
  diff_findings(before, after, diff);
  diff_silos(before, after, diff);
  return diff;
}

}  // namespace lapaudit
