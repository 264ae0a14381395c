// SPDX-License-Identifier: Apache-2.0
#pragma once

// What -v and -vv add on standard error, for a focal point whose spreadsheet gives an audit
// they did not expect. -v (info): the rule set, each input's format and counts, the totals, the
// period and the committee it was judged with. -vv (debug): each record, with its place: what it
// was counted for and why it is gender-related or not, or why it was rejected. Reports go to
// standard output and never change with the log level.

#include <string>
#include <vector>

#include "lapaudit/audit.hpp"
#include "lapaudit/inputs.hpp"

namespace lapaudit::cli {

// "JSON", "NDJSON", "CSV".
const char* format_name(InputFormat format);

// "2 inputs, 80 records: 78 accepted, 2 rejected": `inputs` counts the inputs given (also those
// that could not be read), `read` the records of those that were.
std::string records_summary(std::size_t inputs, const std::vector<InputSummary>& read);

// At -v: the format an input was read as, and how many records it held, accepted and rejected.
void log_input_summary(const InputSummary& input, InputFormat format);

// At -v: the totals of a load; at -vv: each rejected record with its reason.
void log_load(const ActivityLog& log);

// At -v: the period and the committee the audit judged with, and how many activities fell
// outside the period; at -vv: each accepted activity, what it counted for and why.
// Once Audit::keep_report_only has run there are no verdicts left to log: -vv then says so.
void log_audit(const Audit& audit);

}  // namespace lapaudit::cli
