// SPDX-License-Identifier: Apache-2.0
#pragma once

// What a report rests on, said before its statuses: the warnings a reader must see first when
// the records behind the report are too few to trust it (many rejected, none in the period, a
// period not over, a column ignored that looks like a field), and, for each finding, the
// rejected records that could have changed it.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/activity_log.hpp"
#include "model/audit_report.hpp"
#include "model/rule_set.hpp"
#include "util/date.hpp"

namespace lapaudit {

// The activity field a column or key name looks like ("LAP actions", "Action" -> "actions";
// "Groups (ids)" -> "groups"), or "" when it looks like none. A name that is a field exactly
// is not asked about: it would not have been ignored.
std::string resembled_field(std::string_view name);

// The data-quality warnings of `report` (its inputs, period and rejections set), in a fixed
// order: "many-rejected" (a quarter or more of the records), "nothing-in-period" (records were
// accepted, none in the period), "period-not-over" (the period ends after `today`; none when
// `today` is unknown) and one "ignored-field" per ignored column or key that looks like a field.
std::vector<ReportWarning> data_quality_warnings(const AuditReport& report,
                                                 const std::vector<IgnoredField>& ignored,
                                                 std::optional<Date> today);

// Notes on each finding of `report` the rejected records that could have changed it: those that
// name its action or group (or, for an action, one of its groups without a readable action
// list), name one of the groups it concerns, or mention the activity kind its rule looks for.
void link_rejected_records(AuditReport& report, const RuleSet& rules);

}  // namespace lapaudit
