// SPDX-License-Identifier: Apache-2.0
#pragma once

// Rule kind "coverage": a finding for every action (subject "action") or working group
// (subject "group") whose status is below `meets`. Parameters: exceeds_at (optional), the
// number of gender-related activities that lifts `meets` to `exceeds`.

#include "rules/rule_kinds.hpp"

namespace lapaudit {

class CoverageRule : public RuleKind {
 public:
  std::string check(const RuleConfig& rule) const override;
  void evaluate(const RuleConfig& rule, const AuditContext& context,
                std::vector<Finding>& findings) const override;
};

}  // namespace lapaudit
