// SPDX-License-Identifier: Apache-2.0
#pragma once

// Helpers for the tests of one rule kind: a rule of the built-in rule set (so the tests read the
// messages users read), run alone over an audit of inline activities.

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "rules/rule_kinds.hpp"
#include "rules/rule_set_loader.hpp"
#include "test_util.hpp"

namespace lapaudit::testing {

// The built-in rule `id`; fails the test if there is none.
inline RuleConfig builtin_rule(const std::string& id) {
  for (const auto& rule : default_rules().rules) {
    if (rule.id == id) return rule;
  }
  ADD_FAILURE() << "no built-in rule " << id;
  return {};
}

// The findings `rule` alone raises on `audit`.
inline std::vector<Finding> run_rule(const RuleKind& kind, const RuleConfig& rule,
                                     const Audit& audit) {
  AuditContext context{*audit.rules,    audit.log,   audit.gender_related,
                       audit.in_period, audit.graph, audit.report};
  std::vector<Finding> findings;
  kind.evaluate(rule, context, findings);
  return findings;
}

inline std::vector<std::string> subject_ids(const std::vector<Finding>& findings) {
  std::vector<std::string> out;
  for (const auto& finding : findings) out.push_back(finding.subject.id);
  return out;
}

inline PeriodChoice cycle(const std::string& name) { return PeriodChoice{name, {}, {}}; }

// The problems of the built-in rule set with "r/checks.json" replaced by `checks`, as
// "file:line:column: message" ("" when it loads).
inline std::vector<std::string> rule_set_problems(const std::string& checks) {
  MemoryFileSource files;
  for (const char* part : {"ruleset.json", "sections.json", "actions.json", "groups.json",
                           "partners.json", "cycles.json", "lexicon.json", "checks.json"}) {
    auto text = builtin_rule_files().read(std::string(kBuiltinRulesDir) + "/" + part);
    files.add(std::string("r/") + part, std::string(part) == "checks.json" ? checks : text.value());
  }
  auto rules = load_rule_set(files, "r");
  std::vector<std::string> out;
  if (rules) return out;
  for (const auto& error : rules.error()) out.push_back(error.to_string());
  return out;
}

}  // namespace lapaudit::testing
