// SPDX-License-Identifier: Apache-2.0
#include "rules/coverage_status.hpp"

#include <algorithm>

namespace lapaudit {
namespace {

Status rate(bool any, bool complete, std::size_t count, std::optional<std::size_t> exceeds_at) {
  if (!any) return Status::kMissing;
  if (!complete) return Status::kApproaches;
  if (exceeds_at && count >= *exceeds_at) return Status::kExceeds;
  return Status::kMeets;
}

}  // namespace

std::optional<std::size_t> exceeds_threshold(const RuleSet& rules, const std::string& subject) {
  for (const auto& rule : rules.rules) {
    if (rule.kind != "coverage" || rule.subject != subject) continue;
    auto it = rule.params.find("exceeds_at");
    if (it != rule.params.end()) return static_cast<std::size_t>(it->second);
  }
  return std::nullopt;
}

std::vector<ActionResult> action_results(const RuleSet& rules, const CoverageGraph& graph,
                                         const ActivityLog& log) {
  auto exceeds_at = exceeds_threshold(rules, "action");
  std::vector<ActionResult> out;
  for (const auto& action : rules.actions) {
    ActionResult result{.id = action.id,
                        .section = action.section,
                        .section_id = action.section_id,
                        .summary = action.summary};
    std::vector<std::size_t> counted = graph.activities_of_action(action.id, true);
    result.gender_activities = counted.size();
    for (const auto& link : action.responsible) {  // the links in force: as the graph's
      result.groups.push_back(GroupCover{link.group, false, {}, link.basis, link.source});
    }
    for (std::size_t index : counted) {
      for (const auto& group : graph.groups_of(index)) {
        auto cover = std::find_if(result.groups.begin(), result.groups.end(),
                                  [&](const GroupCover& c) { return c.group == group; });
        if (cover != result.groups.end()) cover->evidence.push_back(log.activities[index].id);
      }
    }
    bool complete = true;
    for (auto& cover : result.groups) {
      cover.covered = !cover.evidence.empty();
      complete = complete && cover.covered;
    }
    result.status = rate(!counted.empty(), complete, counted.size(), exceeds_at);
    out.push_back(std::move(result));
  }
  return out;
}

std::vector<GroupResult> group_results(const RuleSet& rules, const CoverageGraph& graph,
                                       const ActivityLog& log) {
  auto exceeds_at = exceeds_threshold(rules, "group");
  std::vector<GroupResult> out;
  for (const auto& group : rules.groups) {
    GroupResult result;
    result.id = group.id;
    result.name = group.name;
    std::vector<std::size_t> counted = graph.activities_of_group(group.id, true);
    result.gender_activities = counted.size();
    for (std::size_t index : counted) result.evidence.push_back(log.activities[index].id);
    result.carried_actions = graph.carried_actions(group.id);
    std::vector<int> covered;
    for (std::size_t index : counted) {
      for (int action : graph.actions_of(index)) covered.push_back(action);
    }
    std::sort(covered.begin(), covered.end());
    for (int action : result.carried_actions) {
      if (!std::binary_search(covered.begin(), covered.end(), action)) {
        result.uncovered_actions.push_back(action);
      }
    }
    result.status =
        rate(!counted.empty(), result.uncovered_actions.empty(), counted.size(), exceeds_at);
    out.push_back(std::move(result));
  }
  return out;
}

}  // namespace lapaudit
