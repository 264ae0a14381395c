// SPDX-License-Identifier: Apache-2.0
#pragma once

// lapaudit's public API, part 2 of 4: the audit.
//   - run_audit: the rule set and the activity log (lapaudit/inputs.hpp) in, an Audit out: the
//     AuditReport (statuses of every action and group, findings with their evidence, the data
//     it rests on) and what produced it
//   - committee_warnings: what `lapaudit validate` says of a log against the committee in force
//     at each activity's date

#include "model/audit_report.hpp"
#include "model/committee.hpp"
#include "rules/audit.hpp"
#include "rules/committee_check.hpp"
