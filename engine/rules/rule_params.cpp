// SPDX-License-Identifier: Apache-2.0
#include "rules/rule_params.hpp"

#include <algorithm>
#include <cmath>

#include "util/text_util.hpp"

namespace lapaudit {
namespace {

std::string unknown_param(const std::string& name, const ParamSpec& spec) {
  std::vector<std::string> known = spec.numbers;
  known.insert(known.end(), spec.texts.begin(), spec.texts.end());
  known.insert(known.end(), spec.lists.begin(), spec.lists.end());
  std::string message = spec.label + " has no parameter \"" + name + "\"";
  std::string hint = did_you_mean(name, known);
  if (!hint.empty()) return message + hint;
  if (known.empty()) return message + " (it takes none)";
  std::sort(known.begin(), known.end());
  return message + " (its parameters: " + join(known) + ")";
}

// What type `name` must have ("a number", "text", "a list"), or "" when `spec` has no such name.
std::string expected_type(const ParamSpec& spec, const std::string& name) {
  if (lists(spec.numbers, name)) return "a number";
  if (lists(spec.texts, name)) return "text";
  if (lists(spec.lists, name)) return "a list";
  return {};
}

std::string check_param(const ParamSpec& spec, const std::string& name, const std::string& given) {
  std::string expected = expected_type(spec, name);
  if (expected.empty()) return unknown_param(name, spec);
  if (expected != given) return spec.label + ": parameter \"" + name + "\" must be " + expected;
  return {};
}

}  // namespace

std::string check_param_names(const RuleConfig& rule, const ParamSpec& spec) {
  for (const auto& [name, value] : rule.params) {
    if (auto problem = check_param(spec, name, "a number"); !problem.empty()) return problem;
  }
  for (const auto& [name, value] : rule.text_params) {
    if (auto problem = check_param(spec, name, "text"); !problem.empty()) return problem;
  }
  for (const auto& [name, value] : rule.list_params) {
    if (auto problem = check_param(spec, name, "a list"); !problem.empty()) return problem;
  }
  return {};
}

std::string check_outcomes(const RuleConfig& rule, const std::string& label,
                           const std::vector<std::string>& outcomes) {
  for (const auto& outcome : outcomes) {
    if (!rule.message.count(outcome)) return label + " needs a message for \"" + outcome + "\"";
    if (!rule.severity.count(outcome)) return label + " needs a severity for \"" + outcome + "\"";
  }
  return {};
}

std::string check_whole_number(const RuleConfig& rule, const std::string& label,
                               const std::string& name, long min, bool required) {
  auto it = rule.params.find(name);
  if (it == rule.params.end()) {
    return required ? label + " needs the parameter \"" + name + "\"" : std::string();
  }
  double value = it->second;
  if (value < static_cast<double>(min) || value != std::floor(value) || value > 1e9) {
    return label + ": parameter \"" + name + "\" must be a whole number of " + std::to_string(min) +
           " or more";
  }
  return {};
}

double number_param(const RuleConfig& rule, const std::string& name, double fallback) {
  auto it = rule.params.find(name);
  return it == rule.params.end() ? fallback : it->second;
}

std::string text_param(const RuleConfig& rule, const std::string& name) {
  auto it = rule.text_params.find(name);
  return it == rule.text_params.end() ? std::string() : it->second;
}

std::vector<std::string> list_param(const RuleConfig& rule, const std::string& name) {
  auto it = rule.list_params.find(name);
  return it == rule.list_params.end() ? std::vector<std::string>{} : it->second;
}

bool counts(const AuditContext& context, std::size_t index) {
  return context.in_period[index] && context.gender_related[index];
}

std::string group_name(const RuleSet& rules, const std::string& id) {
  const WorkingGroup* group = rules.find_group(id);
  return group == nullptr ? id : group->name;
}

std::string partner_name(const RuleSet& rules, const std::string& id) {
  const Partner* partner = rules.find_partner(id);
  return partner == nullptr ? id : partner->name;
}

std::string count_of(std::size_t count, const std::string& singular, const std::string& plural) {
  return std::to_string(count) + " " + (count == 1 ? singular : plural);
}

}  // namespace lapaudit
