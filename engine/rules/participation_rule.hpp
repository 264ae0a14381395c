// SPDX-License-Identifier: Apache-2.0
#pragma once

// Rule kind "participation-balance": across the activities of the period that involve a working
// group and record `participants` with women and men both counted (a blank count is unknown, so
// the activity is one "without participant numbers"; a blank "other" is none), of kind
// "activity_kind" when given, women make up at least
// "min_share" (default 0.4) of all participants. A group with no participant data at all gets
// the outcome "unknown", never a pass: no data is not balance. Outcomes "below" and "unknown";
// values: group, group_name, women, participants, share, min_share (as percentages), count,
// counted ("3 activities").
// "groups" (optional) limits the groups judged.

#include "rules/rule_kinds.hpp"

namespace lapaudit {

class ParticipationRule : public RuleKind {
 public:
  std::string check(const RuleConfig& rule) const override;
  void evaluate(const RuleConfig& rule, const AuditContext& context,
                std::vector<Finding>& findings) const override;
};

// "39.1%": a share as a percentage, rounded down to one decimal so that a share below a bar of
// 40% never reads as "40%"; whole percentages without decimals.
std::string percent_text(double share);

}  // namespace lapaudit
