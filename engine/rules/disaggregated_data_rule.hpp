// SPDX-License-Identifier: Apache-2.0
#pragma once

// Rule kind "disaggregated-data": every activity of the period that addresses one of "actions"
// (whole action numbers, e.g. the victim-assistance actions) reports `sadd: true`: its data was
// collected or reported disaggregated by sex and age. One finding per action with activities
// that do not (false or not said), listing them. An action no activity of the period addresses
// is not judged here (the coverage rule reports it). Outcome "without"; values: action,
// section, count (activities without SADD), total, activities.

#include "rules/rule_kinds.hpp"

namespace lapaudit {

class DisaggregatedDataRule : public RuleKind {
 public:
  std::string check(const RuleConfig& rule) const override;
  void evaluate(const RuleConfig& rule, const AuditContext& context,
                std::vector<Finding>& findings) const override;
};

}  // namespace lapaudit
