// SPDX-License-Identifier: Apache-2.0
#pragma once

// Rule kind "event": a gender-related activity of kind "activity_kind" (e.g. "side-event"),
// with the partner "partner" when given, within "days" days (default 0: during it) of the
// Meeting of States Parties that ends the audited cycle (rules/cycles.json). The meeting is the
// chosen cycle's; without --cycle, the last meeting of a cycle that starts in the period; when
// the period holds no meeting (an audit in mid-cycle), the rule does not apply. Activities are
// looked at whatever the period, since the window may reach past its end. Outcome "none" (no
// such activity; subject "cycle"); values: activity_kind, partner, partner_name, days, cycle,
// meeting, meeting_from, meeting_to, window_from, window_to.

#include <optional>

#include "rules/rule_kinds.hpp"

namespace lapaudit {

class EventRule : public RuleKind {
 public:
  std::string check(const RuleConfig& rule) const override;
  void evaluate(const RuleConfig& rule, const AuditContext& context,
                std::vector<Finding>& findings) const override;
};

// The cycle whose meeting the audit of `report` leads up to, or nullptr.
const Cycle* audited_meeting_cycle(const RuleSet& rules, const AuditReport& report);

}  // namespace lapaudit
