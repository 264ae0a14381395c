// SPDX-License-Identifier: Apache-2.0
#include "rules/coverage_rule.hpp"

#include <algorithm>

#include "util/text_util.hpp"

namespace lapaudit {
namespace {

// Ids of the period's activities among `indices` that did not count as gender-related: shown
// as evidence when nothing counted, so a reader sees what was there.
std::vector<std::string> uncounted_ids(const AuditContext& context,
                                       const std::vector<std::size_t>& indices) {
  std::vector<std::string> out;
  for (std::size_t index : indices) {
    if (!context.gender_related[index]) out.push_back(context.log.activities[index].id);
  }
  return out;
}

void evaluate_actions(const RuleConfig& rule, const AuditContext& context,
                      std::vector<Finding>& findings) {
  for (const auto& action : context.report.actions) {
    if (action.status >= Status::kMeets) continue;
    std::vector<std::string> uncovered;
    for (const auto& cover : action.groups) {
      if (!cover.covered) uncovered.push_back(cover.group);
    }
    // What counted so far; when nothing did, what was there and did not count.
    std::vector<std::string> evidence;
    if (action.status == Status::kMissing) {
      evidence = uncounted_ids(context, context.graph.activities_of_action(action.id, false));
    } else {
      for (std::size_t index : context.graph.activities_of_action(action.id, true)) {
        evidence.push_back(context.log.activities[index].id);
      }
    }
    std::string id = std::to_string(action.id);
    findings.push_back(make_finding(rule, std::string(status_name(action.status)),
                                    Subject{"action", id},
                                    {{"action", id},
                                     {"section", action.section},
                                     {"summary", action.summary},
                                     {"count", std::to_string(action.gender_activities)},
                                     {"responsible_count", std::to_string(action.groups.size())},
                                     {"uncovered_count", std::to_string(uncovered.size())},
                                     {"uncovered_groups", join(uncovered)}},
                                    std::move(evidence)));
  }
}

void evaluate_groups(const RuleConfig& rule, const AuditContext& context,
                     std::vector<Finding>& findings) {
  for (const auto& group : context.report.groups) {
    if (group.status >= Status::kMeets) continue;
    std::vector<std::string> evidence = group.evidence;
    if (group.status == Status::kMissing) {
      evidence = uncounted_ids(context, context.graph.activities_of_group(group.id, false));
    }
    findings.push_back(make_finding(rule, std::string(status_name(group.status)),
                                    Subject{"group", group.id},
                                    {{"group", group.id},
                                     {"group_name", group.name},
                                     {"count", std::to_string(group.gender_activities)},
                                     {"uncovered_actions", join_numbers(group.uncovered_actions)}},
                                    std::move(evidence)));
  }
}

}  // namespace

std::string CoverageRule::check(const RuleConfig& rule) const {
  if (rule.subject != "action" && rule.subject != "group") {
    return "a coverage rule needs \"subject\": \"action\" or \"group\"";
  }
  for (const char* outcome : {"missing", "approaches"}) {
    if (!rule.message.count(outcome)) {
      return std::string("a coverage rule needs a message for \"") + outcome + "\"";
    }
    if (!rule.severity.count(outcome)) {
      return std::string("a coverage rule needs a severity for \"") + outcome + "\"";
    }
  }
  if (!rule.text_params.empty()) {
    return "a coverage rule has no parameter \"" + rule.text_params.begin()->first + "\"";
  }
  for (const auto& [name, value] : rule.params) {
    if (name != "exceeds_at") return "a coverage rule has no parameter \"" + name + "\"";
    if (value < 1 || value != static_cast<double>(static_cast<long>(value))) {
      return "exceeds_at must be a whole number of 1 or more";
    }
  }
  return {};
}

void CoverageRule::evaluate(const RuleConfig& rule, const AuditContext& context,
                            std::vector<Finding>& findings) const {
  if (rule.subject == "action") evaluate_actions(rule, context, findings);
  if (rule.subject == "group") evaluate_groups(rule, context, findings);
}

}  // namespace lapaudit
