// SPDX-License-Identifier: Apache-2.0
#pragma once

// Reads an activity log kept as a spreadsheet and saved as CSV (Excel, LibreOffice, Google
// Sheets): a header row naming the columns, then one activity per row. Each row becomes a
// record shaped like a JSON activity, so that every format meets the same checks
// (activity_schema, activity_record). Cells are split by libcsv: a quoted cell may hold
// commas, quotation marks (written "") and line breaks.
//
// The sheet's conventions (spec.md, "Input: activities"):
// - columns are the activity fields, in any order; case, spaces and hyphens in their names are
//   forgiven ("Gender marker" is gender_marker); a column of another name is ignored, with a
//   warning;
// - list cells (groups, actions, partners, tags) separate their entries with ";" or ",";
// - participant counts are the columns women, men and other;
// - cells are separated by commas, or by semicolons or tabs when the header row is (Excel writes
//   CSV with semicolons in many European languages);
// - UTF-8 (the BOM is removed by the caller), CRLF or LF line ends;
// - a comment row is one whose first cell starts with "#" before the header row, and after it
//   one whose first cell is "#" or starts with "# " (a hash and a space: the template's help
//   and example rows); any other row whose id starts with "#" is a record like any other.
//   Comment rows are skipped and counted.

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "load/json_scanner.hpp"
#include "model/activity_log.hpp"
#include "util/error.hpp"

namespace lapaudit {

// Called once per activity row, in order, with the row as a record (every part placed at the
// physical line where the row starts; quoted line breaks count) and what is wrong with the row
// as a row of the sheet (cells beyond the last column).
using CsvRecordCallback =
    std::function<void(const LocatedJson& record, std::vector<Error> row_problems)>;

// What a sheet held besides its header row (blank rows are not counted).
struct CsvRows {
  std::size_t records = 0;   // passed to the callback
  std::size_t comments = 0;  // skipped as comments
};

// Reads every row of `text`. Unknown columns are added to `warnings`, once each, and by name to
// `ignored` (a blank column name is not listed). Returns the rows read, or the Error that stops
// the file: no header row, a column every activity needs is missing, a quotation mark never
// closed, text that is not UTF-8. Records before the error stay passed.
Result<CsvRows> read_csv_records(std::string_view text, const std::string& file,
                                 std::vector<Error>& warnings, std::vector<IgnoredField>& ignored,
                                 const CsvRecordCallback& on_record);

// The columns of a sheet, in the order of the template: the activity fields in spec order, with
// participants as women, men and other.
const std::vector<std::string>& csv_column_names();

// One row of CSV text ending in "\r\n", a cell quoted when it holds a comma, a quotation mark or
// a line break (RFC 4180), so that reading it back gives the same cells.
std::string csv_row_text(const std::vector<std::string>& cells);

}  // namespace lapaudit
