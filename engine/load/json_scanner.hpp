// SPDX-License-Identifier: Apache-2.0
#pragma once

// Reads JSON text with RapidJSON into small documents that remember where each of their values
// stands in the text, so that any complaint about a value can name its line and column.
// Used by every loader that takes JSON (rule sets, activity logs, reports, plans).
//
// Parsing is iterative (no recursion: deep nesting cannot overflow the stack) and checks UTF-8.

#include <rapidjson/document.h>

#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "util/error.hpp"
#include "util/text_position.hpp"

namespace lapaudit {

// Where one part of a parsed value starts in the text, and whose part it is. The JSON Pointer
// of a part is only spelled out when asked for (LocatedJson::pointer_of): most records never
// need one.
struct JsonPart {
  static constexpr std::uint32_t kNone = 0xFFFFFFFF;

  std::size_t offset = 0;           // byte offset in the text
  std::uint32_t parent = kNone;     // index of the containing part; kNone for the value itself
  std::uint32_t name_begin = 0;     // a member: where its name starts in LocatedJson::names
  std::uint32_t name_size = kNone;  // ...and its length; kNone for an element of a list
  std::uint32_t index = 0;          // an element of a list: its index
};

// A parsed JSON value with the place of each of its parts, by JSON Pointer ("" is the value
// itself, "/groups/1" the second group).
struct LocatedJson {
  // `pool`, when given, holds the document's values (and must outlive it).
  explicit LocatedJson(rapidjson::MemoryPoolAllocator<>* pool = nullptr) : document(pool) {}

  rapidjson::Document document;
  // Each part in the order parsed (the value itself first), and the names of the members.
  std::vector<JsonPart> parts;
  std::string names;
  // For a whole document: each part's place, resolved once parsing is done.
  std::vector<std::pair<std::string, TextPlace>> places;
  // For a streamed record: resolves offsets while the record is being handled (records of a
  // large file are only resolved when something about them must be reported).
  TextPosition* position = nullptr;
  // For a document parsed on its own whose places are resolved only when asked (a line of an
  // NDJSON file, with the line number it has in its file); `position` comes first.
  mutable std::optional<TextPosition> own_position;
  bool too_deep = false;  // nested past kMaxJsonDepth; the deeper parts were not kept

  // The place of `pointer`, or of its nearest ancestor that has one.
  TextPlace place_of(std::string_view pointer) const;
  // The JSON Pointer of parts[part] ("/groups/1").
  std::string pointer_of(std::size_t part) const;
  // Where the value starts in the text (0 when nothing was parsed).
  std::size_t start_offset() const { return parts.empty() ? 0 : parts.front().offset; }

 private:
  bool part_has_pointer(std::size_t part, std::string_view pointer) const;
};

// Appends "/" and `name` as a JSON Pointer token (RFC 6901: ~ and / written ~0 and ~1).
void append_pointer_token(std::string& pointer, std::string_view name);

// The name a JSON Pointer token stands for (~0 and ~1 read back as ~ and /).
std::string unescape_pointer_token(std::string_view token);

// Deepest nesting inside one scanned value; deeper input is refused with a clear error.
inline constexpr int kMaxJsonDepth = 64;

// Parses `text` as one JSON document. Errors carry `file` and the place.
Result<LocatedJson> scan_json_document(std::string_view text, const std::string& file);

// Streams the records of an activity-style file: the elements of a top-level array, or of the
// array under key `records_key` of a top-level object. Calls `on_record` for each, in order,
// as soon as it is parsed; the LocatedJson passed is valid only during the call. Returns the
// number of records, or the error that stopped the scan (a syntax error: records already
// passed stay passed).
Result<std::size_t> scan_json_records(std::string_view text, const std::string& file,
                                      std::string_view records_key,
                                      const std::function<void(const LocatedJson&)>& on_record);

// One line of a file of one JSON document per line (NDJSON), parsed on its own.
struct ParsedLine {
  int line = 0;              // 1-based
  std::size_t next = 0;      // offset where the next line begins
  Result<LocatedJson> json;  // places resolved when asked (own_position), with the file's lines
};

// Parses every line of `text` that is not blank as one JSON document and calls `on_line` with
// each, in order (a line that is not JSON comes with its Error).
void scan_json_lines(std::string_view text, const std::string& file,
                     const std::function<void(ParsedLine&)>& on_line);

// The name of a JSON type as a user reads it ("a number", "a list"...).
std::string json_type_name(const rapidjson::Value& value);

// A value as a user reads it in a message: text in quotes, numbers as written (a number too
// large for a whole number is shortened, "1.23e+29"), true/false, null.
std::string json_value_text(const rapidjson::Value& value);

}  // namespace lapaudit
