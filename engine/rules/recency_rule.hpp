// SPDX-License-Identifier: Apache-2.0
#pragma once

// Rule kind "recency": a working group's latest gender-related activity of the period is no
// older than "days" days at the period's last day, so that its gender work is still alive when
// the Meeting of States Parties comes. A group with no gender-related activity in the period is
// not judged here (the coverage rule reports it as missing). Outcome "stale"; values: group,
// group_name, latest (activity id), latest_date, age (days), days, period_end. "groups"
// (optional) limits the groups judged.

#include "rules/rule_kinds.hpp"

namespace lapaudit {

class RecencyRule : public RuleKind {
 public:
  std::string check(const RuleConfig& rule) const override;
  void evaluate(const RuleConfig& rule, const AuditContext& context,
                std::vector<Finding>& findings) const override;
};

}  // namespace lapaudit
