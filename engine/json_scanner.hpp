#pragma once

// Reads JSON text with RapidJSON into small documents that remember where each of their values
// stands in the text, so that any complaint about a value can name its line and column.
// Used by every loader that takes JSON (rule sets, activity logs, reports, plans).
//
// Parsing is iterative (no recursion: deep nesting cannot overflow the stack) and checks UTF-8.

#include <cstddef>
#include <functional>
#include <utility>
#include <vector>
#include <string>
#include <string_view>

#include <rapidjson/document.h>

#include "error.hpp"
#include "text_position.hpp"

namespace lapaudit {

// A parsed JSON value with the place of each of its parts, by JSON Pointer ("" is the value
// itself, "/groups/1" the second group).
struct LocatedJson {
  // `pool`, when given, holds the document's values (and must outlive it).
  explicit LocatedJson(rapidjson::MemoryPoolAllocator<>* pool = nullptr) : document(pool) {}

  rapidjson::Document document;
  // Byte offset of each part in the text, in the order parsed.
  std::vector<std::pair<std::string, std::size_t>> offsets;
  // For a whole document: each part's place, resolved once parsing is done.
  std::vector<std::pair<std::string, TextPlace>> places;
  // For a streamed record: resolves offsets while the record is being handled (records of a
  // large file are only resolved when something about them must be reported).
  TextPosition* position = nullptr;
  bool too_deep = false;  // nested past kMaxJsonDepth; the deeper parts were not kept

  // The place of `pointer`, or of its nearest ancestor that has one.
  TextPlace place_of(std::string_view pointer) const;
};

// Deepest nesting inside one scanned value; deeper input is refused with a clear error.
inline constexpr int kMaxJsonDepth = 64;

// Parses `text` as one JSON document. Errors carry `file` and the place.
Result<LocatedJson> scan_json_document(std::string_view text, const std::string& file);

// Streams the records of an activity-style file: the elements of a top-level array, or of the
// array under key `records_key` of a top-level object. Calls `on_record` for each, in order;
// the LocatedJson passed is reused between calls. Returns the number of records, or the error
// that stopped the scan (a syntax error: records already passed stay passed).
Result<std::size_t> scan_json_records(std::string_view text, const std::string& file,
                                      std::string_view records_key,
                                      const std::function<void(const LocatedJson&)>& on_record);

// The name of a JSON type as a user reads it ("a number", "a list"...).
std::string json_type_name(const rapidjson::Value& value);

// A value as a user reads it in a message: text in quotes, numbers as written (a number too
// large for a whole number is shortened, "1.23e+29"), true/false, null.
std::string json_value_text(const rapidjson::Value& value);

}  // namespace lapaudit
