// SPDX-License-Identifier: Apache-2.0
#include "rules/unlinked_work_rule.hpp"

#include <algorithm>

#include "rules/rule_params.hpp"
#include "util/text_util.hpp"

namespace lapaudit {
namespace {

const std::string kLabel = "an unlinked-work rule";
const std::string kUnlinked = "unlinked";

// The gender-relevant actions that one of `activity`'s groups carries, ascending.
std::vector<int> candidate_actions(const RuleSet& rules, const Activity& activity) {
  std::vector<int> out;
  for (const auto& action : rules.actions) {
    bool carried = std::any_of(activity.groups.begin(), activity.groups.end(),
                               [&](const std::string& group) { return action.carried_by(group); });
    if (carried) out.push_back(action.id);
  }
  return out;
}

std::string numbers_or_none(const std::vector<int>& numbers) {
  return numbers.empty() ? "none" : join_numbers(numbers);
}

}  // namespace

std::string UnlinkedWorkRule::check(const RuleConfig& rule) const {
  if (rule.subject != "activity") return kLabel + " needs \"subject\": \"activity\"";
  auto problem = check_param_names(rule, {kLabel, {}, {}, {}});
  if (!problem.empty()) return problem;
  return check_outcomes(rule, kLabel, {kUnlinked});
}

void UnlinkedWorkRule::evaluate(const RuleConfig& rule, const AuditContext& context,
                                std::vector<Finding>& findings) const {
  const auto& activities = context.log.activities;
  for (std::size_t i = 0; i < activities.size(); ++i) {
    if (!counts(context, i)) continue;
    const Activity& activity = activities[i];
    bool linked = std::any_of(activity.actions.begin(), activity.actions.end(),
                              [&](int action) { return context.rules.find_action(action); });
    if (linked) continue;
    std::vector<int> listed(activity.actions.begin(), activity.actions.end());
    std::vector<std::pair<std::string, std::string>> values = {
        {"activity", activity.id},
        {"date", activity.date.to_string()},
        {"title", activity.title},
        {"groups", join(activity.groups)},
        {"listed_actions", numbers_or_none(listed)},
        {"candidate_actions", numbers_or_none(candidate_actions(context.rules, activity))}};
    std::vector<std::string> evidence;
    evidence.push_back(activity.id);
    Finding finding = make_finding(rule, kUnlinked, Subject{"activity", activity.id}, values,
                                   std::move(evidence));
    finding.groups = activity.groups;
    findings.push_back(std::move(finding));
  }
}

}  // namespace lapaudit
