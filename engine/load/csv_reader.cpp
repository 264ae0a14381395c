// SPDX-License-Identifier: Apache-2.0
#include "load/csv_reader.hpp"

#include <csv.h>

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <set>

#include "load/activity_schema.hpp"
#include "load/field_values.hpp"
#include "load/text_encoding.hpp"
#include "util/text_util.hpp"

namespace lapaudit {
namespace {

// How a column's cells become a value of the record.
enum class CellKind {
  kText,        // as written
  kTextList,    // entries separated by ";" or ","
  kNumberList,  // entries separated by ";" or ",", each a whole number where it reads as one
  kNumber,      // a whole number where it reads as one ("2.0" too), else the text
  kBoolean,     // true/false, yes/no, 1/0, Excel's TRUE/FALSE in four languages; else the text
  kCount,       // a member of "participants"
};

struct ColumnSpec {
  const char* name;
  CellKind kind;
};

constexpr ColumnSpec kColumns[] = {{"id", CellKind::kText},
                                   {"date", CellKind::kText},
                                   {"title", CellKind::kText},
                                   {"description", CellKind::kText},
                                   {"kind", CellKind::kText},
                                   {"groups", CellKind::kTextList},
                                   {"actions", CellKind::kNumberList},
                                   {"partners", CellKind::kTextList},
                                   {"gender_marker", CellKind::kNumber},
                                   {"tags", CellKind::kTextList},
                                   {"women", CellKind::kCount},
                                   {"men", CellKind::kCount},
                                   {"other", CellKind::kCount},
                                   {"sadd", CellKind::kBoolean},
                                   {"source", CellKind::kText}};

constexpr const char* kRequiredNeeds =
    "every activity needs an id, a date, a title and at least one group";

const ColumnSpec* find_column(std::string_view name) {
  for (const auto& column : kColumns) {
    if (name == column.name) return &column;
  }
  return nullptr;
}

std::string_view trim(std::string_view text) {
  std::size_t first = text.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos) return {};
  std::size_t last = text.find_last_not_of(" \t\r\n");
  return text.substr(first, last - first + 1);
}

// "Gender marker", "GENDER-MARKER" and "gender_marker" all name the field gender_marker.
std::string normalized_column_name(std::string_view raw) {
  std::string name;
  for (char c : trim(raw)) {
    if (c == ' ' || c == '-') c = '_';
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    name += c;
  }
  return name;
}

using Allocator = rapidjson::Document::AllocatorType;

rapidjson::Value text_value(std::string_view text, Allocator& allocator) {
  return rapidjson::Value(text.data(), static_cast<rapidjson::SizeType>(text.size()), allocator);
}

rapidjson::Value number_value(std::string_view text, Allocator& allocator) {
  if (auto number = whole_number_text(text)) {
    return rapidjson::Value(static_cast<int64_t>(*number));
  }
  return text_value(text, allocator);
}

rapidjson::Value boolean_value(std::string_view text, Allocator& allocator) {
  if (auto value = boolean_word(text)) return rapidjson::Value(*value);
  return text_value(text, allocator);
}

rapidjson::Value list_value(std::string_view text, bool numbers, Allocator& allocator) {
  rapidjson::Value list(rapidjson::kArrayType);
  for (std::string_view entry : list_entries(text)) {
    list.PushBack(numbers ? number_value(entry, allocator) : text_value(entry, allocator),
                  allocator);
  }
  return list;
}

rapidjson::Value cell_value(CellKind kind, std::string_view text, Allocator& allocator) {
  switch (kind) {
    case CellKind::kTextList:
      return list_value(text, false, allocator);
    case CellKind::kNumberList:
      return list_value(text, true, allocator);
    case CellKind::kNumber:
    case CellKind::kCount:
      return number_value(text, allocator);
    case CellKind::kBoolean:
      return boolean_value(text, allocator);
    case CellKind::kText:
      break;
  }
  return text_value(text, allocator);
}

// Past the end of the physical line that starts at `start` ("\r\n", "\n" or a lone "\r").
std::size_t line_end(std::string_view text, std::size_t start) {
  std::size_t end = text.find_first_of("\r\n", start);
  if (end == std::string_view::npos) return text.size();
  return text.compare(end, 2, "\r\n") == 0 ? end + 2 : end + 1;
}

bool is_blank(std::string_view line) { return trim(line).empty(); }

// The separator the header row uses: the most frequent of ",", ";" and tab outside quotes.
char detect_delimiter(std::string_view text) {
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = line_end(text, start);
    std::string_view line = text.substr(start, end - start);
    start = end;
    if (is_blank(line) || trim(line).front() == '#') continue;
    std::map<char, int> counts = {{',', 0}, {';', 0}, {'\t', 0}};
    bool quoted = false;
    for (char c : line) {
      if (c == '"') quoted = !quoted;
      if (!quoted && counts.count(c) > 0) ++counts[c];
    }
    char best = ',';
    for (char candidate : {';', '\t'}) {
      if (counts[candidate] > counts[best]) best = candidate;
    }
    return best;
  }
  return ',';
}

int is_space_not_tab(unsigned char c) { return c == ' ' ? 1 : 0; }

std::string parse_error_message(int code) {
  if (code == CSV_EPARSE) {
    return "a quotation mark (\") is out of place on this line: a cell holding one must be put in "
           "quotation marks as a whole, with the mark doubled (\"5\"\" screen\"), so the rest of "
           "the file cannot be read";
  }
  return std::string("the sheet cannot be read here: ") + csv_strerror(code);
}

// Called once per activity row with the row as a record, which it may keep (move from).
using RowCallback = std::function<void(LocatedJson& record, std::vector<Error> row_problems)>;

// Follows libcsv's callbacks: collects the cells of each row, reads the header, then turns each
// row into a record.
class CsvSheet {
 public:
  CsvSheet(const std::string& file, std::vector<Error>& warnings,
           std::vector<IgnoredField>& ignored, const RowCallback& on_record)
      : file_(file), warnings_(warnings), ignored_(ignored), on_record_(on_record) {}

  Result<CsvRows> read(std::string_view text) {
    csv_parser parser;
    if (csv_init(&parser, CSV_STRICT | CSV_STRICT_FINI) != 0) {
      return Error{file_, 0, 0, "out of memory"};
    }
    // Frees the parser's buffer however the read ends, also when a row's user throws.
    std::unique_ptr<csv_parser, decltype(&csv_free)> owned(&parser, &csv_free);
    char delimiter = detect_delimiter(text);
    csv_set_delim(&parser, static_cast<unsigned char>(delimiter));
    if (delimiter == '\t') csv_set_space_func(&parser, is_space_not_tab);
    std::size_t start = 0;
    while (start < text.size() && !error_) {
      std::size_t end = line_end(text, start);
      std::string_view line = text.substr(start, end - start);
      if (row_line_ == 0 && !is_blank(line)) row_line_ = line_;
      if (csv_parse(&parser, line.data(), line.size(), on_cell, on_row_end, this) != line.size()) {
        error_ = Error{file_, line_, 0, parse_error_message(csv_error(&parser))};
      }
      ++line_;
      start = end;
    }
    if (!error_ && csv_fini(&parser, on_cell, on_row_end, this) != 0) {
      error_ = Error{file_, cells_.empty() ? row_line_ : last_cell_line_, 0,
                     "a quoted cell that starts on this line is never closed (a quotation mark "
                     "\" is missing), so the rest of the file cannot be read"};
    }
    owned.reset();
    if (error_) return *error_;
    if (!header_read_) {
      return Error{file_, 0, 0,
                   "the file has no header row: the first row must name the columns (" +
                       join(csv_column_names()) + ")"};
    }
    return rows_;
  }

 private:
  static void on_cell(void* data, std::size_t size, void* self) {
    auto* sheet = static_cast<CsvSheet*>(self);
    sheet->cells_.emplace_back(data != nullptr ? static_cast<const char*>(data) : "", size);
    sheet->last_cell_line_ = sheet->line_;
  }

  static void on_row_end(int, void* self) {
    auto* sheet = static_cast<CsvSheet*>(self);
    if (!sheet->error_) sheet->take_row();
    sheet->cells_.clear();
    sheet->row_line_ = 0;
  }

  void take_row() {
    bool empty = true;  // also when libcsv gave no cell at all
    for (const auto& cell : cells_) empty = empty && trim(cell).empty();
    if (empty) return;
    if (is_comment()) {
      ++rows_.comments;
      return;
    }
    if (!header_read_) {
      read_header();
      header_read_ = true;
      return;
    }
    LocatedJson record;
    std::vector<Error> problems = fill_record(record);
    ++rows_.records;
    on_record_(record, std::move(problems));
  }

  // A row whose first cell starts with "#", before or after the header row: a sheet's id never
  // starts with "#" (earlier templates wrote their example row as "#example-001": it must stay
  // a comment). Counted, and reported with the file's warnings.
  bool is_comment() const {
    std::string_view first = trim(cells_.front());
    return !first.empty() && first.front() == '#';
  }

  void warn(int line, std::string message) {
    warnings_.push_back(Error{file_, line, 0, std::move(message)});
  }

  void read_header();
  std::optional<std::string> missing_columns_message() const;
  std::vector<Error> fill_record(LocatedJson& record);

  const std::string& file_;
  std::vector<Error>& warnings_;
  std::vector<IgnoredField>& ignored_;
  const RowCallback& on_record_;
  std::vector<std::string> cells_;
  int line_ = 1;            // the physical line being fed to libcsv
  int row_line_ = 0;        // where the row being read starts; 0 between rows
  int last_cell_line_ = 0;  // where the last cell ended
  bool header_read_ = false;
  std::vector<const ColumnSpec*> columns_;  // per column of the header; nullptr: ignored
  std::vector<std::string> header_names_;   // as written, trimmed
  std::set<std::size_t> unnamed_warned_;
  CsvRows rows_;
  std::optional<Error> error_;
};

void CsvSheet::read_header() {
  std::map<std::string, std::size_t> seen;  // field name -> column number
  for (const auto& cell : cells_) {
    const ColumnSpec* column = find_column(normalized_column_name(cell));
    columns_.push_back(column);
    header_names_.emplace_back(trim(cell));
    if (column == nullptr) continue;
    auto [it, first] = seen.emplace(column->name, columns_.size());
    if (!first) {
      error_ =
          Error{file_, row_line_, 0,
                "field \"" + std::string(column->name) + "\": two columns of the header " +
                    "row are named \"" + column->name + "\" (columns " +
                    std::to_string(it->second) + " and " + std::to_string(columns_.size()) + ")"};
      return;
    }
  }
  if (seen.empty()) {
    error_ = Error{file_, row_line_, 0,
                   "the first row is not a header row: it must name the columns (" +
                       join(csv_column_names()) + ")"};
    return;
  }
  if (auto missing = missing_columns_message()) {
    error_ = Error{file_, row_line_, 0, *missing};
    return;
  }
  for (std::size_t i = 0; i < cells_.size(); ++i) {
    const std::string& name = header_names_[i];
    if (columns_[i] != nullptr || name.empty()) continue;
    ignored_.push_back(IgnoredField{name, file_, row_line_, true});
    if (normalized_column_name(name) == "participants") {
      warn(row_line_, "column \"" + name + "\" is ignored: give the participants in the " +
                          "columns \"women\", \"men\" and \"other\"");
    } else {
      warn(row_line_, "column \"" + name + "\" is not an activity field and is ignored");
    }
  }
}

std::optional<std::string> CsvSheet::missing_columns_message() const {
  std::vector<std::string> missing;
  for (const auto& field : activity_required_fields()) {
    bool present = false;
    for (const auto* column : columns_) present = present || (column && field == column->name);
    if (!present) missing.push_back("\"" + field + "\"");
  }
  if (missing.empty()) return std::nullopt;
  if (missing.size() == 1) {
    return "field " + missing.front() + ": the header row has no column " + missing.front() + " (" +
           kRequiredNeeds + ")";
  }
  return "the header row has no columns " + join(missing) + " (" + kRequiredNeeds + ")";
}

std::vector<Error> CsvSheet::fill_record(LocatedJson& record) {
  std::vector<Error> problems;
  rapidjson::Document& document = record.document;
  document.SetObject();
  Allocator& allocator = document.GetAllocator();
  rapidjson::Value participants(rapidjson::kObjectType);
  for (std::size_t i = 0; i < cells_.size(); ++i) {
    std::string_view text = trim(cells_[i]);
    if (text.empty()) continue;
    if (i >= columns_.size()) {
      problems.push_back(Error{file_, row_line_, 0,
                               "the row has more cells than the header row has columns (cell " +
                                   std::to_string(i + 1) + " holds \"" + std::string(text) +
                                   "\"): a cell with a comma needs quotation marks"});
      break;
    }
    const ColumnSpec* column = columns_[i];
    if (column == nullptr) {
      if (header_names_[i].empty() && unnamed_warned_.insert(i).second) {
        warn(row_line_, "column " + std::to_string(i + 1) +
                            " has no name in the header row: its cells are ignored");
      }
      continue;
    }
    rapidjson::Value value = cell_value(column->kind, text, allocator);
    rapidjson::Value& target = column->kind == CellKind::kCount ? participants : document;
    target.AddMember(rapidjson::StringRef(column->name), std::move(value), allocator);
  }
  if (participants.MemberCount() > 0) {
    document.AddMember("participants", std::move(participants), allocator);
  }
  record.places.emplace_back("", TextPlace{row_line_, 0});
  return problems;
}

// What stops a sheet before its first row: text that is not UTF-8.
std::optional<Error> encoding_error(std::string_view text, const std::string& file) {
  if (auto wide = wide_encoding_error(text, file, "save the sheet as \"CSV UTF-8\"")) return wide;
  if (std::size_t bad = first_invalid_utf8(text); bad != std::string_view::npos) {
    TextPlace place = TextPosition(text).at(bad);
    return Error{file, place.line, 0,
                 "the text is not UTF-8 here: save the sheet as \"CSV UTF-8\" (Excel: Save As, "
                 "CSV UTF-8)"};
  }
  return std::nullopt;
}

}  // namespace

Result<CsvRows> read_csv_records(std::string_view text, const std::string& file,
                                 std::vector<Error>& warnings, std::vector<IgnoredField>& ignored,
                                 const CsvRecordCallback& on_record) {
  if (auto error = encoding_error(text, file)) return *error;
  RowCallback take = [&](LocatedJson& record, std::vector<Error> problems) {
    on_record(record, std::move(problems));
  };
  CsvSheet sheet(file, warnings, ignored, take);
  return sheet.read(text);
}

const std::vector<std::string>& csv_column_names() {
  static const std::vector<std::string> kNames = [] {
    std::vector<std::string> names;
    for (const auto& column : kColumns) names.emplace_back(column.name);
    return names;
  }();
  return kNames;
}

std::string csv_row_text(const std::vector<std::string>& cells) {
  std::string row;
  for (std::size_t i = 0; i < cells.size(); ++i) {
    if (i > 0) row += ',';
    const std::string& cell = cells[i];
    if (cell.find_first_of(",\"\r\n") == std::string::npos) {
      row += cell;
      continue;
    }
    row += '"';
    for (char c : cell) row += c == '"' ? std::string("\"\"") : std::string(1, c);
    row += '"';
  }
  return row + "\r\n";
}

}  // namespace lapaudit
