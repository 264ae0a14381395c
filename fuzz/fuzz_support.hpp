// SPDX-License-Identifier: Apache-2.0
#pragma once

// Shared by the fuzz targets: the built-in rule set, and the invariants every load must keep
// (checked with a crash, which is what libFuzzer reports).

#include <cstdlib>

#include "load/activity_log_builder.hpp"
#include "report/json_report_writer.hpp"
#include "rules/audit.hpp"
#include "rules/rule_set_loader.hpp"

namespace lapaudit::fuzz {

inline const RuleSet& rules() {
  static const RuleSet kRules = load_builtin_rule_set().value();
  return kRules;
}

// Loads `text` as `format`, checks that no record was lost, and runs the audit and the JSON
// writer on what loaded.
inline void load_and_audit(std::string_view text, const std::string& name, InputFormat format) {
  ActivityLogBuilder builder(rules());
  std::optional<Error> error = builder.add(text, name, format);
  const ActivityLog& log = builder.log();
  for (const auto& input : log.inputs) {
    if (input.records != input.accepted + input.rejected) std::abort();
  }
  if (log.activities.size() + log.rejections.size() != log.inputs.back().records) std::abort();
  if (error && error->message.empty()) std::abort();
  auto audit = run_audit(rules(), builder.take(), PeriodChoice{}, "fuzz");
  if (audit.ok()) write_json_report(audit->report);
}

}  // namespace lapaudit::fuzz
