#include "activity_log.hpp"

#include "activity_record.hpp"
#include "file_source.hpp"
#include "json_scanner.hpp"

namespace lapaudit {
namespace {

bool ends_with(std::string_view text, std::string_view suffix) {
  return text.size() >= suffix.size() && text.substr(text.size() - suffix.size()) == suffix;
}

std::string_view strip_bom(std::string_view text) {
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  return text;
}

}  // namespace

Result<InputFormat> format_for_path(const std::string& path) {
  if (path == "-" || ends_with(path, ".json")) return InputFormat::kJson;
  if (ends_with(path, ".ndjson") || ends_with(path, ".jsonl")) return InputFormat::kNdjson;
  if (ends_with(path, ".csv")) return InputFormat::kCsv;
  return Error{path, 0, 0,
               "cannot tell the format from the file name: use .json, .ndjson, .jsonl or .csv"};
}

void ActivityLogBuilder::add_outcome(RecordOutcome outcome, InputSummary& summary) {
  ++summary.records;
  for (const auto& field : outcome.unknown_fields) {
    if (warned_fields_.emplace(summary.path + "\n" + field, true).second) {
      int line = outcome.activity ? outcome.activity->place.line : outcome.rejection->place.line;
      log_.warnings.push_back(Error{summary.path, line, 0,
                                    "field \"" + field +
                                        "\" is not an activity field and is ignored"});
    }
  }
  if (outcome.activity) {
    Activity& activity = *outcome.activity;
    auto [it, first] = first_place_of_id_.emplace(activity.id, activity.place);
    if (!first) {
      const RecordPlace& earlier = it->second;
      std::string reason = "duplicate id \"" + activity.id + "\": already used at " +
                           earlier.file + ":" + std::to_string(earlier.line);
      outcome.rejection = Rejection{activity.place, activity.id, reason,
                                    {Error{activity.place.file, activity.place.line, 0, reason}}};
    } else {
      ++summary.accepted;
      log_.activities.push_back(std::move(activity));
      return;
    }
  }
  ++summary.rejected;
  log_.rejections.push_back(std::move(*outcome.rejection));
}

void ActivityLogBuilder::add_record(const LocatedJson& record, InputSummary& summary) {
  add_outcome(read_activity_record(record, summary.path, rules_), summary);
}

Result<bool> ActivityLogBuilder::add(std::string_view text, const std::string& path,
                                     InputFormat format) {
  log_.inputs.push_back(InputSummary{path, sha256_digest(text), 0, 0, 0, 0});
  std::size_t index = log_.inputs.size() - 1;
  auto summary = [&]() -> InputSummary& { return log_.inputs[index]; };
  std::string_view body = strip_bom(text);
  switch (format) {
    case InputFormat::kJson: {
      if (body.find_first_not_of(" \t\r\n") == std::string_view::npos) {
        return Error{path, 0, 0, "the file is empty: expected a list of activities"};
      }
      auto scanned = scan_json_records(body, path, "activities", [&](const LocatedJson& record) {
        add_record(record, summary());
      });
      if (!scanned) return scanned.error();
      return true;
    }
    case InputFormat::kNdjson: {
      int line = 0;
      std::size_t start = 0;
      while (start < body.size()) {
        std::size_t end = body.find('\n', start);
        if (end == std::string_view::npos) end = body.size();
        std::string_view row = body.substr(start, end - start);
        ++line;
        start = end + 1;
        if (row.find_first_not_of(" \t\r") == std::string_view::npos) continue;
        auto parsed = scan_json_document(row, path);
        if (!parsed) {
          std::string reason = "not a JSON record: " + parsed.error().message;
          add_outcome(RecordOutcome{std::nullopt,
                                    Rejection{{path, line}, "", reason,
                                              {Error{path, line, parsed.error().column, reason}}},
                                    {}},
                      summary());
          continue;
        }
        for (auto& [pointer, place] : parsed->places) place.line = line;
        add_record(parsed.value(), summary());
      }
      return true;
    }
    case InputFormat::kCsv:
      return Error{path, 0, 0, "CSV input is not supported yet"};
  }
  return true;
}

}  // namespace lapaudit
