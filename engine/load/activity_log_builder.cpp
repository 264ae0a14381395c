// SPDX-License-Identifier: Apache-2.0
#include "load/activity_log_builder.hpp"

#include <algorithm>

#include "load/activity_record.hpp"
#include "load/csv_reader.hpp"
#include "load/file_source.hpp"
#include "load/json_scanner.hpp"
#include "load/text_encoding.hpp"

namespace lapaudit {
namespace {

bool ends_with(std::string_view text, std::string_view suffix) {
  return text.size() >= suffix.size() && text.substr(text.size() - suffix.size()) == suffix;
}

std::string_view strip_bom(std::string_view text) {
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  return text;
}

// Comment rows are skipped, never silently: how many, and how they are told from records.
Error comment_rows_note(const std::string& path, std::size_t count) {
  return Error{path, 0, 0,
               std::to_string(count) + (count == 1 ? " row was" : " rows were") +
                   " skipped as comments (their first cell starts with \"#\"; to count such a row "
                   "as an activity, remove the \"#\")"};
}

// What an empty input should have held, by format.
std::string empty_file_message(InputFormat format) {
  switch (format) {
    case InputFormat::kJson:
      return "the file is empty: expected a list of activities";
    case InputFormat::kNdjson:
      return "the file is empty: expected one activity per line";
    case InputFormat::kCsv:
      return "the file is empty: expected a header row naming the columns, then one activity "
             "per row";
  }
  return "the file is empty";
}

}  // namespace

Result<InputFormat> format_for_path(const std::string& path) {
  if (path == "-" || ends_with(path, ".json")) return InputFormat::kJson;
  if (ends_with(path, ".ndjson") || ends_with(path, ".jsonl")) return InputFormat::kNdjson;
  if (ends_with(path, ".csv")) return InputFormat::kCsv;
  return Error{path, 0, 0,
               "cannot tell the format from the file name: use .json, .ndjson, .jsonl or .csv"};
}

Result<InputFormat> format_for_input(const std::string& path, std::string_view text) {
  if (path != "-") return format_for_path(path);
  // (A wide encoding hides the first character: JSON's message is the one that fits every log.)
  if (wide_encoding_name(text)) return InputFormat::kJson;
  std::string_view body = strip_bom(text);
  std::size_t start = body.find_first_not_of(" \t\r\n");
  if (start == std::string_view::npos || body[start] == '[') return InputFormat::kJson;
  if (body[start] != '{') return InputFormat::kCsv;
  std::string_view first_line = body.substr(start, body.find_first_of("\r\n", start) - start);
  auto record = scan_json_document(first_line, path);
  bool whole_record =
      record && record->document.IsObject() && !record->document.HasMember("activities");
  return whole_record ? InputFormat::kNdjson : InputFormat::kJson;
}

std::vector<Error> ActivityLogBuilder::limit_problems(const LocatedJson& record,
                                                      const std::string& path) const {
  std::vector<Error> problems;
  if (!record.document.IsObject()) return problems;
  for (const auto& member : record.document.GetObject()) {
    if (!member.value.IsString() || member.value.GetStringLength() <= limits_.max_text_bytes) {
      continue;
    }
    std::string name(member.name.GetString(), member.name.GetStringLength());
    TextPlace place = record.place_of("/" + name);
    problems.push_back(
        Error{path, place.line, place.column,
              "field \"" + name + "\": " + std::to_string(member.value.GetStringLength()) +
                  " bytes, over the limit of " + std::to_string(limits_.max_text_bytes / 1024) +
                  " KiB for one text (raise it with --max-text-kb)"});
  }
  return problems;
}

void ActivityLogBuilder::add_outcome(RecordOutcome outcome, InputSummary& summary) {
  if (++total_records_ > limits_.max_records) {
    over_record_limit_ = true;
    return;
  }
  if (progress_ && total_records_ % 65536 == 0) progress_(summary.path, total_records_);
  ++summary.records;
  for (const auto& field : outcome.unknown_fields) {
    if (warned_fields_.emplace(summary.path + "\n" + field, true).second) {
      log_.warnings.push_back(
          Error{summary.path, outcome.line, 0,
                "field \"" + field + "\" is not an activity field and is ignored"});
      log_.ignored_fields.push_back(IgnoredField{field, summary.path, outcome.line});
    }
  }
  summary.record_warnings += outcome.warnings.size();
  for (auto& warning : outcome.warnings) log_.warnings.push_back(std::move(warning));
  check_unique_id(outcome, summary.path);
  if (outcome.activity) {
    ++summary.accepted;
    outcome.activity->place.file = current_file_;
    log_.activities.push_back(std::move(*outcome.activity));
    return;
  }
  ++summary.rejected;
  log_.rejections.push_back(std::move(*outcome.rejection));
}

// Ids are unique across every input, whether or not a record is otherwise usable: a later record
// with an id already seen is rejected, naming the place of the first.
void ActivityLogBuilder::check_unique_id(RecordOutcome& outcome, const std::string& path) {
  const std::string& id = outcome.activity ? outcome.activity->id : outcome.rejection->id;
  if (id.empty()) return;
  auto [first, added] =
      first_place_of_id_.try_emplace(id, IdPlace{log_.inputs.size() - 1, outcome.line});
  if (added) return;
  std::string reason = "field \"id\": \"" + id + "\" is used twice: first at " +
                       log_.inputs[first->second.input].path + ":" +
                       std::to_string(first->second.line);
  RecordPlace place{path, outcome.line};
  Error problem{path, outcome.line, 0, reason};
  if (outcome.activity) {
    outcome.rejection = Rejection{.place = place,
                                  .id = id,
                                  .reason = reason,
                                  .problems = {problem},
                                  .groups = {},
                                  .actions = {}};
    outcome.activity.reset();
    return;
  }
  Rejection& rejection = *outcome.rejection;
  rejection.place = place;
  rejection.reason = reason + "; " + rejection.reason;
  rejection.problems.insert(rejection.problems.begin(), problem);
}

void ActivityLogBuilder::add_record(const LocatedJson& record, InputSummary& summary,
                                    std::vector<Error> problems) {
  if (record.duplicate_key) problems.push_back(*record.duplicate_key);
  std::vector<Error> over = limit_problems(record, summary.path);
  problems.insert(problems.end(), over.begin(), over.end());
  add_outcome(
      read_activity_record(record, summary.path, rules_, std::move(problems), limits_.date_order),
      summary);
}

std::optional<Error> ActivityLogBuilder::add(std::string_view text, const std::string& path,
                                             InputFormat format) {
  if (text.size() > limits_.max_input_bytes) {
    return Error{path, 0, 0,
                 "the file is " + std::to_string(text.size() >> 20) + " MiB, over the limit of " +
                     std::to_string(limits_.max_input_bytes >> 20) +
                     " MiB for one input (raise it with --max-input-mb)"};
  }
  auto added = add_text(text, path, format);
  if (over_record_limit_) {
    return Error{path, 0, 0,
                 "more than " + std::to_string(limits_.max_records) +
                     " records in all inputs: over the limit (raise it with --max-records)"};
  }
  return added;
}

std::optional<Error> ActivityLogBuilder::add_text(std::string_view text, const std::string& path,
                                                  InputFormat format) {
  log_.inputs.push_back(InputSummary{.path = path,
                                     .digest = {},
                                     .records = 0,
                                     .accepted = 0,
                                     .rejected = 0,
                                     .out_of_period = 0,
                                     .record_warnings = 0});
  std::size_t index = log_.inputs.size() - 1;
  current_file_ = path;
  log_.inputs[index].digest = sha256_digest(text);
  return add_records(strip_bom(text), path, format);
}

std::optional<Error> ActivityLogBuilder::add_records(std::string_view body, const std::string& path,
                                                     InputFormat format) {
  std::size_t index = log_.inputs.size() - 1;
  auto summary = [&]() -> InputSummary& { return log_.inputs[index]; };
  if (body.find_first_not_of(" \t\r\n") == std::string_view::npos) {
    return Error{path, 0, 0, empty_file_message(format)};
  }
  switch (format) {
    case InputFormat::kJson: {
      auto scanned = scan_json_records(body, path, "activities", [&](const LocatedJson& record) {
        add_record(record, summary());
      });
      if (!scanned) return scanned.error();
      return std::nullopt;
    }
    case InputFormat::kNdjson: {
      // (One zero byte to a character would make every line a rejected record.)
      if (auto wide = wide_encoding_error(body, path, kSaveAsUtf8)) return wide;
      scan_json_lines(body, path, [&](ParsedLine& parsed) {
        int line = parsed.line;
        if (!parsed.json) {
          std::string reason = "not a JSON record: " + parsed.json.error().message;
          Error problem{path, line, parsed.json.error().column, reason};
          Rejection rejection{.place = {path, line},
                              .id = "",
                              .reason = reason,
                              .problems = {problem},
                              .groups = {},
                              .actions = {}};
          add_outcome(RecordOutcome{.activity = std::nullopt,
                                    .rejection = std::move(rejection),
                                    .unknown_fields = {},
                                    .warnings = {},
                                    .line = line},
                      summary());
        } else {
          add_record(parsed.json.value(), summary());
        }
      });
      return std::nullopt;
    }
    case InputFormat::kCsv: {
      auto read = read_csv_records(body, path, log_.warnings, log_.ignored_fields,
                                   [&](const LocatedJson& record, std::vector<Error> problems) {
                                     add_record(record, summary(), std::move(problems));
                                   });
      if (!read) return read.error();
      if (read->comments > 0) log_.warnings.push_back(comment_rows_note(path, read->comments));
      return std::nullopt;
    }
  }
  return std::nullopt;
}

}  // namespace lapaudit
