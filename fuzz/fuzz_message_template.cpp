// SPDX-License-Identifier: Apache-2.0
// libFuzzer target: a finding's message template, as a rule set writes it ("Action {action} has
// no {section} work"). The first byte picks a rule of the built-in rule set (so its parameters
// are valid and the template is what is checked), the rest is its template. Filling
// without values gives the template back unchanged; a template the rule set loader accepts for
// the kind, filled with every placeholder the kind provides, keeps no "{" (every placeholder was
// known and closed) and no text of its own is lost.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "fuzz_support.hpp"
#include "rules/rule_kinds.hpp"
#include "util/text_util.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace lapaudit;
  if (size == 0) return 0;
  const std::vector<RuleConfig>& rules = fuzz::rules().rules;
  if (rules.empty()) std::abort();
  std::string_view pattern(reinterpret_cast<const char*>(data) + 1, size - 1);

  if (fill_template(pattern, {}) != pattern) std::abort();

  RuleConfig rule = rules[data[0] % rules.size()];
  if (!check_rule_config(rule).empty()) std::abort();  // the built-in rules are valid
  rule.message = {{"missing", std::string(pattern)}};
  rule.next_steps.clear();
  if (!check_rule_config(rule).empty()) return 0;  // refused: the loader says why
  // Every "{name}" the check accepted: fill each with a value free of braces.
  std::vector<std::pair<std::string, std::string>> values;
  for (std::size_t open = pattern.find('{'); open != std::string_view::npos;
       open = pattern.find('{', open + 1)) {
    std::size_t close = pattern.find('}', open);
    if (close == std::string_view::npos) std::abort();  // the check let an open one through
    values.emplace_back(std::string(pattern.substr(open + 1, close - open - 1)), "x");
  }
  std::string filled = fill_template(pattern, values);
  if (filled.find('{') != std::string::npos) std::abort();
  if (filled.size() > pattern.size() + values.size()) std::abort();
  return 0;
}
