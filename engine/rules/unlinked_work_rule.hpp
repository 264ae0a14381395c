// SPDX-License-Identifier: Apache-2.0
#pragma once

// Rule kind "unlinked-work": a gender-related activity of the period that names none of the
// plan's gender-relevant actions (only other actions, or none) counts for no action's status.
// It is the commonest reason a group's real gender work does not show, so each such activity is
// a finding, with the gender-relevant actions its own groups carry as the ones it could be
// logged under. Subject kind "activity". Outcome "unlinked"; values: activity, date, title,
// groups, listed_actions ("12, 45" or "none"), candidate_actions ("4, 23" or "none").

#include "rules/rule_kinds.hpp"

namespace lapaudit {

class UnlinkedWorkRule : public RuleKind {
 public:
  std::string check(const RuleConfig& rule) const override;
  void evaluate(const RuleConfig& rule, const AuditContext& context,
                std::vector<Finding>& findings) const override;
};

}  // namespace lapaudit
