// SPDX-License-Identifier: Apache-2.0
#pragma once

// Rule kind "joint-activity": enough gender-related activities of the period done together.
// - subject "group": each working group (or those in "groups") has at least "min" (default 1)
//   gender-related activities that also involve the group "with_group" (Track 1: with "gso").
//   The "with_group" itself is not judged.
// - subject "partner": at least "min" gender-related activities with the partner "partner",
//   of kind "activity_kind" when given (Track 2: "apmbc-gfp"; Track 3: "unidir", "research").
// Outcome "below"; values: count, min, and group, group_name, with_group, with_group_name, or
// partner, partner_name, activity_kind.

#include "rules/rule_kinds.hpp"

namespace lapaudit {

class JointActivityRule : public RuleKind {
 public:
  std::string check(const RuleConfig& rule) const override;
  void evaluate(const RuleConfig& rule, const AuditContext& context,
                std::vector<Finding>& findings) const override;
};

}  // namespace lapaudit
