// SPDX-License-Identifier: Apache-2.0
#pragma once

// Reads JSON text with RapidJSON into small documents that remember where each of their values
// stands in the text, so that any complaint about a value can name its line and column.
// Used by every loader that takes JSON (rule sets, activity logs, reports, plans).
//
// Parsing is iterative (no recursion: deep nesting cannot overflow the stack) and checks UTF-8.

#include <rapidjson/document.h>

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "util/error.hpp"
#include "util/text_position.hpp"

namespace lapaudit {

// A parsed JSON value with the place of each of its parts, by JSON Pointer ("" is the value
// itself, "/groups/1" the second group).
struct LocatedJson {
  // `pool`, when given, holds the document's values (and must outlive it).
  explicit LocatedJson(rapidjson::MemoryPoolAllocator<>* pool = nullptr) : document(pool) {}

  rapidjson::Document document;
  // Each part's JSON Pointer and place, in the order parsed (the value itself first).
  std::vector<std::pair<std::string, TextPlace>> places;
  bool too_deep = false;  // nested past kMaxJsonDepth; the deeper parts were not kept
  // The first field name given twice in one object, at the repeated name, with the place of
  // the first in its message. Programs disagree on which of the two counts (RapidJSON reads
  // the first, jq and Python the last), so a document holding one is never used as it is.
  std::optional<Error> duplicate_key;

  // The place of `pointer`, or of its nearest ancestor that has one.
  TextPlace place_of(std::string_view pointer) const;
};

// Appends "/" and `name` as a JSON Pointer token (RFC 6901: ~ and / written ~0 and ~1).
void append_pointer_token(std::string& pointer, std::string_view name);

// The name a JSON Pointer token stands for (~0 and ~1 read back as ~ and /).
std::string unescape_pointer_token(std::string_view token);

// Deepest nesting inside one scanned value; deeper input is refused with a clear error.
inline constexpr int kMaxJsonDepth = 64;

// Parses `text` as one JSON document. Errors carry `file` and the place; a field name given
// twice in one object is an error (LocatedJson::duplicate_key).
Result<LocatedJson> scan_json_document(std::string_view text, const std::string& file);
// The same, but a field name given twice is left in LocatedJson::duplicate_key, for a caller
// that words the problem its own way (a report read back: the file is JSON, but no report).
Result<LocatedJson> scan_json_document_with_duplicates(std::string_view text,
                                                       const std::string& file);

// Streams the records of an activity-style file: the elements of a top-level array, or of the
// array under key `records_key` of a top-level object. Calls `on_record` for each, in order,
// as soon as it is parsed; the LocatedJson passed is valid only during the call. Returns the
// number of records, or the error that stopped the scan (a syntax error: records already
// passed stay passed). A record with a field name given twice is passed with its
// duplicate_key set, for the caller to reject; the top object's own names given twice stop the
// scan.
Result<std::size_t> scan_json_records(std::string_view text, const std::string& file,
                                      std::string_view records_key,
                                      const std::function<void(const LocatedJson&)>& on_record);

// One line of a file of one JSON document per line (NDJSON), parsed on its own.
struct ParsedLine {
  int line = 0;              // 1-based
  Result<LocatedJson> json;  // its places with the file's line numbers
};

// Parses every line of `text` that is not blank as one JSON document and calls `on_line` with
// each, in order (a line that is not JSON comes with its Error; a line with a field name given
// twice comes parsed, with its duplicate_key set). A line ends at LF, CRLF or a lone CR (old Mac
// files).
void scan_json_lines(std::string_view text, const std::string& file,
                     const std::function<void(ParsedLine&)>& on_line);

// The name of a JSON type as a user reads it ("a number", "a list"...).
std::string json_type_name(const rapidjson::Value& value);

// A value as a user reads it in a message: text in quotes, numbers as written (a number too
// large for a whole number is shortened, "1.23e+29"), true/false, null.
std::string json_value_text(const rapidjson::Value& value);

}  // namespace lapaudit
