// SPDX-License-Identifier: Apache-2.0
#pragma once

// The audit report as CommonMark (with GitHub-style tables), to paste into the MSP Progress
// Report or a mail to coordinators: a title with the period and rule set, the summary sentence,
// the action and group tables, the silos and the work plan when there are any, the findings
// under the groups they concern, the waivers when a waivers file was given, and the accounting
// of every input.

#include <string>
#include <string_view>

#include "model/audit_report.hpp"
#include "views/evidence_index.hpp"

namespace lapaudit {

// `evidence` gives the date and title shown beside each evidence id (ids alone without it).
std::string write_markdown_report(const AuditReport& report, const EvidenceIndex& evidence = {});

// `text` as CommonMark inline text that renders as written wherever it is put, also at the start
// of a line: markup characters escaped (and a list or heading marker it starts with), leading
// blanks dropped, and line breaks and tabs turned into spaces so that it stays in one table cell
// or list item.
std::string markdown_text(std::string_view text);

}  // namespace lapaudit
