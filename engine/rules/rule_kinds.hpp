// SPDX-License-Identifier: Apache-2.0
#pragma once

// The kinds of rule a rule set can configure. Each kind is one small evaluator behind one
// interface; rules/checks.json says which run, on what, with which parameters.

#include <string>
#include <string_view>
#include <vector>

#include "model/activity_log.hpp"
#include "model/audit_report.hpp"
#include "model/rule_set.hpp"
#include "rules/coverage_graph.hpp"

namespace lapaudit {

// What an evaluator may look at. The statuses in `report` are already computed.
struct AuditContext {
  const RuleSet& rules;
  const ActivityLog& log;
  const std::vector<bool>& gender_related;  // one per log.activities
  const std::vector<bool>& in_period;
  const CoverageGraph& graph;
  const AuditReport& report;
};

class RuleKind {
 public:
  virtual ~RuleKind() = default;
  // "" when `rule` is a valid configuration of this kind, else what is wrong with it.
  virtual std::string check(const RuleConfig& rule) const = 0;
  // Appends the findings `rule` raises, in a stable order.
  virtual void evaluate(const RuleConfig& rule, const AuditContext& context,
                        std::vector<Finding>& findings) const = 0;
};

// The evaluator for `kind`, or nullptr.
const RuleKind* find_rule_kind(std::string_view kind);
std::vector<std::string> rule_kind_names();

// "" when `rule` names a known kind and configures it validly, else what is wrong.
std::string check_rule_config(const RuleConfig& rule);

// A finding for `rule` about `subject`, its message filled from the rule's template for
// `outcome` (a status or other outcome name). Severity comes from the rule too.
Finding make_finding(const RuleConfig& rule, const std::string& outcome, Subject subject,
                     const std::vector<std::pair<std::string, std::string>>& values,
                     std::vector<std::string> evidence);

}  // namespace lapaudit
