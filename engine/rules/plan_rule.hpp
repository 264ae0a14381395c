// SPDX-License-Identifier: Apache-2.0
#pragma once

// Rule kind "work-plan": a finding for each item of the work plan (--plan) that is late or
// missing, read off the report's plan section (see work_plan.hpp). Without a plan it finds
// nothing. Outcomes "late" and "missing" (subject "plan-item"); values: item, title, track,
// kind, due, parties, and for late items fulfilled_by, fulfilled_on, days_late, and for missing
// ones closest_note (a sentence on the nearest activity, or "").

#include "rules/rule_kinds.hpp"

namespace lapaudit {

class PlanRule : public RuleKind {
 public:
  std::string check(const RuleConfig& rule) const override;
  void evaluate(const RuleConfig& rule, const AuditContext& context,
                std::vector<Finding>& findings) const override;
};

}  // namespace lapaudit
