// SPDX-License-Identifier: Apache-2.0
#pragma once

// The audit report as CSV for a spreadsheet: one table per file (the findings by default, or the
// actions or the groups), RFC 4180 quoting, CRLF line ends and a UTF-8 byte order mark so that
// Excel reads accents right. A cell that a spreadsheet would take for a formula is written as
// text (see csv_cell), because these files are opened by people who trust them.

#include <string>
#include <string_view>

#include "model/audit_report.hpp"
#include "views/evidence_index.hpp"

namespace lapaudit {

enum class CsvTable { kFindings, kActions, kGroups };

// `evidence` fills the "Evidence details" column of the findings (date and title by id).
std::string write_csv_report(const AuditReport& report, CsvTable table = CsvTable::kFindings,
                             const EvidenceIndex& evidence = {});

// One cell: prefixed with ' when it starts with = + - @ (or their full-width forms), a tab or a
// carriage return, so that it shows as text, not a formula; then quoted when it holds a comma,
// a double quote or a line break, with inner quotes doubled.
std::string csv_cell(std::string_view text);

}  // namespace lapaudit
