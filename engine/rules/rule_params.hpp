// SPDX-License-Identifier: Apache-2.0
#pragma once

// Helpers shared by the rule kinds: checking a rule's configuration (its parameters and the
// outcomes it has messages for) with messages a rule-set author can act on, reading its
// parameters, and the facts about the period's activities most kinds look at.

#include <algorithm>
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "rules/rule_kinds.hpp"

namespace lapaudit {

// The parameters a kind accepts, by type. `label` names the kind in messages ("a recency rule").
struct ParamSpec {
  std::string label;
  std::vector<std::string> numbers{};
  std::vector<std::string> texts{};
  std::vector<std::string> lists{};
};

// "" when every parameter of `rule` is one `spec` accepts, with the right type.
std::string check_param_names(const RuleConfig& rule, const ParamSpec& spec);

// "" when `rule` has a message and a severity for each of `outcomes`.
std::string check_outcomes(const RuleConfig& rule, const std::string& label,
                           const std::vector<std::string>& outcomes);

// "" when the number parameter `name` is absent (unless `required`) or a whole number >= `min`.
std::string check_whole_number(const RuleConfig& rule, const std::string& label,
                               const std::string& name, long min, bool required);

double number_param(const RuleConfig& rule, const std::string& name, double fallback);
std::string text_param(const RuleConfig& rule, const std::string& name);
std::vector<std::string> list_param(const RuleConfig& rule, const std::string& name);

// Whether activity `index` of the log lies in the period and is gender-related.
bool counts(const AuditContext& context, std::size_t index);

// Whether the names `values` (a rule's list, an activity's groups or partners) hold `value`.
template <class Names>
bool lists(const Names& values, const std::string& value) {
  return std::find(values.begin(), values.end(), value) != values.end();
}

// The name of a group or partner of the rule set, or the id when it has none.
std::string group_name(const RuleSet& rules, const std::string& id);
std::string partner_name(const RuleSet& rules, const std::string& id);

// `count` followed by `singular` or `plural`: "1 activity", "3 activities".
std::string count_of(std::size_t count, const std::string& singular, const std::string& plural);

}  // namespace lapaudit
