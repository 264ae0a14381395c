// SPDX-License-Identifier: Apache-2.0
#include "load/activity_template.hpp"

#include <rapidjson/prettywriter.h>
#include <rapidjson/stringbuffer.h>

#include <string>
#include <vector>

#include "load/activity_schema.hpp"
#include "load/csv_reader.hpp"

namespace lapaudit {
namespace {

constexpr const char* kCsvHelp =
    "# The row below is an example: remove its \"#\" to keep it, or delete it. Every activity "
    "needs an id, a date (YYYY-MM-DD), a title and at least one group; separate the entries of "
    "a list with \";\" or \",\". Also read: true/false, yes/no, 1/0, TRUE/FALSE, WAHR/FALSCH, "
    "VRAI/FAUX, VERDADERO/FALSO; 2.0 for 2; an empty count, n/a, - or ? as unknown; ids in any "
    "case. A bad optional value is a warning, never a lost row. A row whose first cell starts "
    "with \"#\" is a comment: it is skipped and counted.";

constexpr const char* kJsonHelp =
    "lapaudit activity log. Put one object per activity in \"activities\"; \"example\" shows "
    "every field. Every activity needs an id, a date (YYYY-MM-DD), a title and at least one "
    "group. \"example\" and \"comment\" are ignored when the log is read.";

const rapidjson::Value* member_of(const rapidjson::Value& object, const char* name) {
  if (!object.IsObject()) return nullptr;
  auto it = object.FindMember(name);
  return it == object.MemberEnd() ? nullptr : &it->value;
}

// A cell of the sheet for one column of the example: lists joined with ";", counts from
// "participants".
std::string csv_cell(const rapidjson::Value& example, const std::string& column) {
  const rapidjson::Value* participants = member_of(example, "participants");
  const rapidjson::Value* value =
      participants != nullptr ? member_of(*participants, column.c_str()) : nullptr;
  if (value == nullptr) value = member_of(example, column.c_str());
  if (value == nullptr) return "";
  auto scalar = [](const rapidjson::Value& item) -> std::string {
    if (item.IsString()) return item.GetString();
    if (item.IsInt64()) return std::to_string(item.GetInt64());
    if (item.IsBool()) return item.GetBool() ? "true" : "false";
    return "";
  };
  if (!value->IsArray()) return scalar(*value);
  std::string cell;
  for (const auto& item : value->GetArray()) {
    if (!cell.empty()) cell += ";";
    cell += scalar(item);
  }
  return cell;
}

}  // namespace

std::string csv_log_template() {
  const rapidjson::Value& example = activity_schema_example();
  std::vector<std::string> cells;
  for (const auto& column : csv_column_names()) cells.push_back(csv_cell(example, column));
  if (!cells.empty()) cells.front() = "# " + cells.front();
  return csv_row_text(csv_column_names()) + csv_row_text({kCsvHelp}) + csv_row_text(cells);
}

std::string json_log_template() {
  rapidjson::StringBuffer buffer;
  rapidjson::PrettyWriter<rapidjson::StringBuffer> writer(buffer);
  writer.SetIndent(' ', 2);
  writer.SetFormatOptions(rapidjson::kFormatSingleLineArray);
  writer.StartObject();
  writer.Key("comment");
  writer.String(kJsonHelp);
  writer.Key("example");
  activity_schema_example().Accept(writer);
  writer.Key("activities");
  writer.StartArray();
  writer.EndArray();
  writer.EndObject();
  return std::string(buffer.GetString(), buffer.GetSize()) + "\n";
}

}  // namespace lapaudit
