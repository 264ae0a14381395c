// SPDX-License-Identifier: Apache-2.0
#include "rules/disaggregated_data_rule.hpp"

#include <algorithm>
#include <charconv>
#include <optional>

#include "rules/rule_params.hpp"
#include "util/text_util.hpp"

namespace lapaudit {
namespace {

const std::string kLabel = "a disaggregated-data rule";
const std::string kWithout = "without";

std::optional<int> action_number(const std::string& text) {
  int value = 0;
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size() || value < 1) return std::nullopt;
  return value;
}

std::vector<int> actions_of(const RuleConfig& rule) {
  std::vector<int> out;
  for (const auto& text : list_param(rule, "actions")) {
    if (auto number = action_number(text)) out.push_back(*number);
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

std::string section_of(const RuleSet& rules, int action) {
  const PlanAction* found = rules.find_action(action);
  return found == nullptr ? "action " + std::to_string(action) : found->section;
}

}  // namespace

std::string DisaggregatedDataRule::check(const RuleConfig& rule) const {
  if (rule.subject != "action") return kLabel + " needs \"subject\": \"action\"";
  auto problem = check_param_names(rule, {kLabel, {}, {}, {"actions"}});
  if (!problem.empty()) return problem;
  auto actions = list_param(rule, "actions");
  if (actions.empty()) {
    return kLabel +
           " needs the parameter \"actions\": the action numbers whose activities "
           "should report sex- and age-disaggregated data, e.g. [28, 29]";
  }
  for (const auto& text : actions) {
    if (!action_number(text)) {
      return kLabel + ": \"actions\" must list action numbers; \"" + text + "\" is not one";
    }
  }
  return check_outcomes(rule, kLabel, {kWithout});
}

void DisaggregatedDataRule::evaluate(const RuleConfig& rule, const AuditContext& context,
                                     std::vector<Finding>& findings) const {
  const auto& activities = context.log.activities;
  std::vector<int> actions = actions_of(rule);
  // One pass over the log for all the rule's actions.
  std::vector<std::size_t> totals(actions.size());
  std::vector<std::vector<std::string>> withouts(actions.size());
  for (std::size_t i = 0; i < activities.size(); ++i) {
    const Activity& activity = activities[i];
    if (!context.in_period[i]) continue;
    for (std::size_t k = 0; k < actions.size(); ++k) {
      if (std::find(activity.actions.begin(), activity.actions.end(), actions[k]) ==
          activity.actions.end()) {
        continue;
      }
      ++totals[k];
      if (activity.sadd != true) withouts[k].push_back(activity.id);
    }
  }
  for (std::size_t k = 0; k < actions.size(); ++k) {
    int action = actions[k];
    std::size_t total = totals[k];
    std::vector<std::string>& without = withouts[k];
    if (without.empty()) continue;
    std::string id = std::to_string(action);
    std::vector<std::pair<std::string, std::string>> values = {
        {"action", id},
        {"section", section_of(context.rules, action)},
        {"count", std::to_string(without.size())},
        {"total", std::to_string(total)},
        {"activities", join(without)}};
    findings.push_back(
        make_finding(rule, kWithout, Subject{"action", id}, values, std::move(without)));
  }
}

}  // namespace lapaudit
