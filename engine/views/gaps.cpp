// SPDX-License-Identifier: Apache-2.0
#include "views/gaps.hpp"

#include <algorithm>

#include "util/text_util.hpp"

namespace lapaudit {
namespace {

template <class Item, class Key>
bool contains(const std::vector<Item>& items, const Key& key) {
  return std::find(items.begin(), items.end(), key) != items.end();
}

CarriedAction carried_action(const ActionResult& action, const std::string& group) {
  CarriedAction carried{action.id, action.section, action.summary, action.status, false, {}};
  for (const auto& cover : action.groups) {
    if (cover.group != group) continue;
    carried.covered = cover.covered;
    carried.evidence = cover.evidence;
  }
  return carried;
}

// Whether item `id` of the report's work plan involves `group`.
bool plan_item_of(const AuditReport& report, const std::string& id, const std::string& group) {
  if (!report.plan) return false;
  const auto& items = report.plan->items;
  return std::any_of(items.begin(), items.end(), [&](const PlanItemResult& item) {
    return item.id == id && contains(item.groups, group);
  });
}

// Whether `finding` belongs in the view: it is about the group, about an action the group
// carries and has not covered, about a work plan item the group takes part in, or names the
// group among those it concerns (an activity of the group's).
bool in_view(const Finding& finding, const AuditReport& report, const GroupGaps& gaps) {
  const Subject& subject = finding.subject;
  if (subject.kind == "group") return subject.id == gaps.group.id;
  if (!finding.groups.empty()) return contains(finding.groups, gaps.group.id);
  if (subject.kind == "plan-item") return plan_item_of(report, subject.id, gaps.group.id);
  if (subject.kind != "action") return false;
  return std::any_of(gaps.actions.begin(), gaps.actions.end(), [&](const CarriedAction& action) {
    return !action.covered && std::to_string(action.id) == subject.id;
  });
}

// Whether a waiver concerns the view: it names the group, or it waives a finding of the view.
bool waiver_in_view(const WaiverNote& waiver, const GroupGaps& gaps) {
  if (waiver.subject.kind == "group" && waiver.subject.id == gaps.group.id) return true;
  return std::any_of(gaps.findings.begin(), gaps.findings.end(),
                     [&](const Finding& finding) { return contains(waiver.findings, finding.id); });
}

Error unknown_group(const AuditReport& report, const std::string& group) {
  std::vector<std::string> ids;
  for (const auto& known : report.groups) ids.push_back(known.id);
  return Error{"", 0, 0,
               "unknown group \"" + group + "\"" + did_you_mean(group, ids) +
                   " (groups: " + join(ids) + ")"};
}

}  // namespace

std::size_t GroupGaps::unwaived_findings() const {
  return static_cast<std::size_t>(std::count_if(
      findings.begin(), findings.end(), [](const Finding& finding) { return !finding.waived; }));
}

Result<GroupGaps> group_gaps(const AuditReport& report, const std::string& group) {
  auto found = std::find_if(report.groups.begin(), report.groups.end(),
                            [&](const GroupResult& result) { return result.id == group; });
  if (found == report.groups.end()) return unknown_group(report, group);
  GroupGaps gaps;
  gaps.group = *found;
  for (const auto& action : report.actions) {
    if (contains(found->carried_actions, action.id)) {
      gaps.actions.push_back(carried_action(action, group));
    }
  }
  for (const auto& silo : report.silos) {
    if (silo.group == group) gaps.silo = silo;
  }
  for (const auto& finding : report.findings) {
    if (!in_view(finding, report, gaps)) continue;
    gaps.findings.push_back(finding);
    if (finding.waived || finding.next_step.empty()) continue;
    if (!contains(gaps.next_steps, finding.next_step)) {
      gaps.next_steps.push_back(finding.next_step);
    }
  }
  return gaps;
}

AuditReport restrict_report(const AuditReport& report, const GroupGaps& gaps) {
  AuditReport view = report;
  view.groups = {gaps.group};
  view.actions.clear();
  for (const auto& action : report.actions) {
    if (contains(gaps.group.carried_actions, action.id)) view.actions.push_back(action);
  }
  view.findings = gaps.findings;
  view.silos.clear();
  if (gaps.silo) view.silos.push_back(*gaps.silo);
  if (view.plan) {
    std::erase_if(view.plan->items, [&](const PlanItemResult& item) {
      return !contains(item.groups, gaps.group.id);
    });
  }
  if (view.waivers) {
    std::erase_if(*view.waivers,
                  [&](const WaiverNote& waiver) { return !waiver_in_view(waiver, gaps); });
  }
  return view;
}

}  // namespace lapaudit
