// SPDX-License-Identifier: Apache-2.0
#pragma once

// Checks a log against the committee in force on each activity's own date, for `validate`: an
// activity that lists an action but none of the groups that carry it that day, or a group that
// was not on the committee that day. Neither rejects the record (the audit still counts it);
// each is a warning that names the groups that would make it count.

#include <vector>

#include "model/activity_log.hpp"
#include "model/rule_set.hpp"
#include "util/error.hpp"

namespace lapaudit {

std::vector<Error> committee_warnings(const RuleSet& rules, const ActivityLog& log);

}  // namespace lapaudit
