// SPDX-License-Identifier: Apache-2.0
#pragma once

// Rule kind "silo" (Track 1 of the concept note, "breaking the silos"): a finding for each
// working group that no gender-related activity of the period joins, directly or through other
// groups, to the hub group named by the text parameter "hub" (the Gender Focal Points, "gso").
// Two groups are joined when one gender-related activity involves both.

#include <vector>

#include "model/audit_report.hpp"
#include "model/rule_set.hpp"
#include "rules/coverage_graph.hpp"
#include "rules/rule_kinds.hpp"

namespace lapaudit {

class SiloRule : public RuleKind {
 public:
  std::string check(const RuleConfig& rule) const override;
  // One finding per silo of report.silos with this rule's hub, in group order.
  void evaluate(const RuleConfig& rule, const AuditContext& context,
                std::vector<Finding>& findings) const override;
};

// The silos of every silo rule of `rules`, read off the connected components of `graph`:
// sorted by hub, then group. A hub that is not a group of the rule set joins no group.
std::vector<Silo> find_silos(const RuleSet& rules, const CoverageGraph& graph);

}  // namespace lapaudit
