// SPDX-License-Identifier: Apache-2.0
#pragma once

// The Coordination Committee as it stands on one day. The rule set holds every working group and
// every link (action -> group) of every cycle, each with the cycles it is in force for; an audit
// judges its period with the committee in force on the period's last day, and names any change
// the period spans (the risk education coordinator appointed by the 12MSP, say).

#include <string>
#include <vector>

#include "model/rule_set.hpp"
#include "util/date.hpp"

namespace lapaudit {

// One change to the committee: a group that begins or ends, or an action that changes hands.
struct CommitteeChange {
  Date date;         // the first day the change is in force
  std::string what;  // in words, for a reader of the report
};

// What the report says about the committee it judged with.
struct Committee {
  Date as_of;
  std::string cycle;                     // the cycle that holds `as_of`, or ""
  std::vector<CommitteeChange> changes;  // within the audited period, by date
};

// `rules` with only the groups and links in force on `day`; sections, actions and everything
// else are kept (an action whose links are all out of force keeps none).
RuleSet committee_at(const RuleSet& rules, Date day);

// The changes that take effect after `period`'s first day and up to its last, by date.
std::vector<CommitteeChange> committee_changes(const RuleSet& rules, const Period& period);

// The cycle of the rule set that holds `day`, or nullptr.
const Cycle* cycle_of(const RuleSet& rules, Date day);

// Who carries `action` on `day`: a gender-relevant action's own links, any other action's
// section's links. Empty for an action in no section.
std::vector<Responsibility> responsible_on(const RuleSet& rules, int action, Date day);

}  // namespace lapaudit
