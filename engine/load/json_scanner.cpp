// SPDX-License-Identifier: Apache-2.0
#include "load/json_scanner.hpp"

#include <rapidjson/error/en.h>
#include <rapidjson/reader.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <memory>
#include <unordered_map>
#include <vector>

#include "load/text_encoding.hpp"

namespace lapaudit {
namespace {

constexpr unsigned kParseFlags = rapidjson::kParseIterativeFlag |
                                 rapidjson::kParseValidateEncodingFlag |
                                 rapidjson::kParseStopWhenDoneFlag;

// An in-memory input stream that RapidJSON reads through a reference, so that Tell() is
// exact inside handler calls (RapidJSON parses strings and numbers of a StringStream on a
// local copy, which would make positions lag one token behind).
class PlacedStream {
 public:
  using Ch = char;
  explicit PlacedStream(std::string_view text)
      : begin_(text.data()), at_(text.data()), end_(text.data() + text.size()) {}
  Ch Peek() const { return at_ == end_ ? '\0' : *at_; }
  Ch Take() { return at_ == end_ ? '\0' : *at_++; }
  std::size_t Tell() const { return static_cast<std::size_t>(at_ - begin_); }
  Ch* PutBegin() { return nullptr; }
  void Put(Ch) {}
  void Flush() {}
  std::size_t PutEnd(Ch*) { return 0; }

 private:
  const char* begin_;
  const char* at_;
  const char* end_;
};

bool is_delimiter(char c) {
  return c == ',' || c == ':' || c == '[' || c == '{' || c == ' ' || c == '\t' || c == '\n' ||
         c == '\r';
}

// Where the token that ends at `end` begins: RapidJSON reports positions after a token.
std::size_t token_start(std::string_view text, std::size_t end, bool is_string) {
  if (end == 0 || end > text.size()) return end;
  if (is_string) {
    for (std::size_t i = end - 1; i-- > 0;) {
      if (text[i] != '"') continue;
      std::size_t backslashes = 0;
      while (i > backslashes && text[i - 1 - backslashes] == '\\') ++backslashes;
      if (backslashes % 2 == 0) return i;
    }
    return 0;
  }
  std::size_t i = end;
  while (i > 0 && !is_delimiter(text[i - 1])) --i;
  return i;
}

// What a field name given twice says, at the second: both places and what to do.
std::string duplicate_key_message(std::string_view name, TextPlace first, TextPlace again) {
  return "field \"" + std::string(name) + "\" is given twice in one object (at line " +
         std::to_string(first.line) + ", column " + std::to_string(first.column) +
         " and again at line " + std::to_string(again.line) + ", column " +
         std::to_string(again.column) + "): keep only one, as programs disagree on which counts";
}

// The names of one object so far, with where each stands, to find a name given twice in time
// linear in the object's size: a few names are compared one by one, more are hashed.
class ObjectKeys {
 public:
  // Notes `name` at `offset`; returns the offset of the same name noted earlier, if any.
  std::optional<std::size_t> add(std::string_view name, std::size_t offset) {
    if (!index_ && names_.size() >= kCompared) {
      index_ = std::make_unique<std::unordered_map<std::string, std::size_t>>();
      for (const auto& [earlier, at] : names_) index_->try_emplace(earlier, at);
    }
    std::optional<std::size_t> earlier;
    if (index_) {
      auto [it, added] = index_->try_emplace(std::string(name), offset);
      if (!added) earlier = it->second;
    } else {
      for (const auto& [known, at] : names_) {
        if (known == name) {
          earlier = at;
          break;
        }
      }
    }
    names_.emplace_back(name, offset);
    return earlier;
  }

 private:
  static constexpr std::size_t kCompared = 16;
  std::vector<std::pair<std::string, std::size_t>> names_;  // as read (escapes decoded)
  std::unique_ptr<std::unordered_map<std::string, std::size_t>> index_;
};

// One record being built: its value, in a pool that keeps its first block from one record to
// the next, and the places of its parts. Never moved (the pool points into it).
struct RecordSlot {
  RecordSlot() = default;
  RecordSlot(const RecordSlot&) = delete;
  RecordSlot& operator=(const RecordSlot&) = delete;

  static constexpr std::size_t kPoolBytes = std::size_t{16} << 10;
  std::array<char, kPoolBytes> pool_buffer;  // (not zeroed: a slot is made for every NDJSON line)
  rapidjson::MemoryPoolAllocator<> pool{pool_buffer.data(), kPoolBytes};
  LocatedJson located{&pool};
};

// SAX handler: outside a record it only follows the structure; inside one it builds the
// record's value and notes where each part stands. Each record goes to `on_record` as soon as
// it is complete.
class RecordBuilder : public rapidjson::BaseReaderHandler<rapidjson::UTF8<>, RecordBuilder> {
 public:
  using Callback = std::function<void(const LocatedJson&)>;

  // `position` turns the offsets of the records' parts into places.
  RecordBuilder(std::string_view text, const std::string& file, const PlacedStream& stream,
                std::string_view records_key, bool whole_document, const Callback& on_record,
                TextPosition& position)
      : text_(text),
        file_(file),
        position_(position),
        stream_(stream),
        records_key_(records_key),
        whole_document_(whole_document),
        on_record_(on_record) {}

  bool Null() { return scalar(rapidjson::Value(), false); }
  bool Bool(bool b) { return scalar(rapidjson::Value(b), false); }
  bool Int(int i) { return scalar(rapidjson::Value(i), false); }
  bool Uint(unsigned u) { return scalar(rapidjson::Value(u), false); }
  bool Int64(int64_t i) { return scalar(rapidjson::Value(i), false); }
  bool Uint64(uint64_t u) { return scalar(rapidjson::Value(u), false); }
  bool Double(double d) { return scalar(rapidjson::Value(d), false); }
  bool String(const char* s, rapidjson::SizeType n, bool) {
    if (state_ != State::kRecord) return outside_value();  // (a string never starts a record)
    return scalar(rapidjson::Value(s, n, allocator()), true);
  }
  bool Key(const char* s, rapidjson::SizeType n, bool) {
    std::string_view name(s, n);
    if (state_ == State::kRecord) {
      if (stack_.back().skipped > 0) return true;
      stack_.back().key.assign(name);
      note_key(stack_.back().keys, name);
    } else if (in_top_object()) {
      if (auto earlier = top_keys_.add(name, key_offset())) {
        std::size_t offset = key_offset();
        fail(duplicate_key_message(name, TextPosition(text_).at(*earlier),
                                   TextPosition(text_).at(offset)));
        shape_error_offset_ = offset;
        return false;
      }
      if (name == records_key_) state_ = State::kRecordsNext;
    }
    return true;
  }
  bool StartObject() { return start(rapidjson::kObjectType); }
  bool StartArray() { return start(rapidjson::kArrayType); }
  bool EndObject(rapidjson::SizeType) { return end(); }
  bool EndArray(rapidjson::SizeType) { return end(); }

  std::size_t records() const { return records_; }
  // An object at the top with no list of records under the expected key.
  bool missing_records() const { return state_ == State::kNoList; }
  const std::string& shape_error() const { return shape_error_; }
  std::size_t shape_error_offset() const { return shape_error_offset_; }

 private:
  struct Frame {
    rapidjson::Value value;
    std::string pointer;  // the container's JSON Pointer
    std::string key;      // for objects: the name of the member being read
    int skipped = 0;      // containers opened below the depth limit, not built
    ObjectKeys keys;      // for objects: the names read so far
  };

  // Where the parse stands: in a record, or where in the file's shape around the records.
  enum class State {
    kStart,        // before the top value
    kTopObject,    // in the top object, before its list of records
    kRecordsNext,  // the top object's key `records_key` was read: the list comes next
    kRecordList,   // in the list of records, between records
    kRecord,       // building a record
    kPastRecords,  // past the list (in the top object, or at the end) or the whole record
    kNoList,       // the top object ended without a list of records
  };

  rapidjson::Document::AllocatorType& allocator() { return slot_.located.document.GetAllocator(); }

  // In the top object, outside its list of records and outside the values of its other
  // members: where its keys are read.
  bool in_top_object() const {
    return (state_ == State::kTopObject || state_ == State::kPastRecords) && skipped_ == 0;
  }

  // Whether a value that comes now is a record.
  bool starts_record() const {
    return state_ == State::kRecordList || (whole_document_ && state_ == State::kStart);
  }

  // A value outside any record, not a list or object that holds records: the values of the
  // top object's other members are passed over; anything else is the wrong shape.
  bool outside_value() {
    if (state_ == State::kStart) {
      return fail("the file holds a single value, not a list of activities");
    }
    if (state_ == State::kRecordsNext) {
      return fail("\"" + std::string(records_key_) + "\" must be a list of activities");
    }
    return true;
  }

  // Where the field name just read begins.
  std::size_t key_offset() const { return token_start(text_, stream_.Tell(), true); }

  // Notes a field name of the record, and the first name given twice in one of its objects.
  void note_key(ObjectKeys& keys, std::string_view name) {
    std::size_t offset = key_offset();
    auto earlier = keys.add(name, offset);
    LocatedJson& located = slot_.located;
    if (!earlier || located.duplicate_key) return;
    // (Behind the parse: counted back from it, at the cost of the distance only.)
    TextPlace first = position_.at(*earlier);
    TextPlace again = position_.at(offset);
    located.duplicate_key =
        Error{file_, again.line, again.column, duplicate_key_message(name, first, again)};
  }

  bool fail(std::string message) {
    shape_error_ = std::move(message);
    shape_error_offset_ = stream_.Tell();
    return false;
  }

  // Notes the pointer and place of the next part (a member or element of the innermost
  // container, or the record itself), starting at `offset`; returns its pointer.
  const std::string& note_part(std::size_t offset) {
    std::string pointer;
    if (!stack_.empty()) {
      const Frame& parent = stack_.back();
      pointer = parent.pointer;
      append_pointer_token(
          pointer, parent.value.IsObject() ? parent.key : std::to_string(parent.value.Size()));
    }
    auto& places = slot_.located.places;
    places.emplace_back(std::move(pointer), position_.at(offset));
    return places.back().first;
  }

  void begin_record() {
    LocatedJson& located = slot_.located;
    state_ = State::kRecord;
    located.places.clear();
    located.too_deep = false;
    located.duplicate_key.reset();
    located.document.SetNull();
    located.document.GetAllocator().Clear();
  }

  bool finish_record(rapidjson::Value value) {
    LocatedJson& located = slot_.located;
    located.document.SetNull();
    static_cast<rapidjson::Value&>(located.document) = std::move(value);
    state_ = whole_document_ ? State::kPastRecords : State::kRecordList;
    ++records_;
    on_record_(located);
    return true;
  }

  void attach(rapidjson::Value value) {
    Frame& parent = stack_.back();
    if (parent.value.IsObject()) {
      parent.value.AddMember(
          rapidjson::Value(parent.key.data(), static_cast<rapidjson::SizeType>(parent.key.size()),
                           allocator()),
          std::move(value), allocator());
    } else {
      parent.value.PushBack(std::move(value), allocator());
    }
  }

  bool scalar(rapidjson::Value value, bool is_string) {
    if (state_ != State::kRecord) {
      if (!starts_record()) return outside_value();
      begin_record();
    }
    if (!stack_.empty() && stack_.back().skipped > 0) return true;
    note_part(token_start(text_, stream_.Tell(), is_string));
    if (stack_.empty()) return finish_record(std::move(value));
    attach(std::move(value));
    return true;
  }

  bool start(rapidjson::Type type) {
    if (state_ != State::kRecord) {
      if (!starts_record()) return start_outside(type == rapidjson::kArrayType);
      begin_record();
    }
    if (!stack_.empty() && stack_.back().skipped > 0) {
      ++stack_.back().skipped;
      return true;
    }
    if (static_cast<int>(stack_.size()) >= kMaxJsonDepth) {
      stack_.back().skipped = 1;
      slot_.located.too_deep = true;
      return true;
    }
    // (The iterative parser calls before taking the bracket.)
    std::string pointer = note_part(stream_.Tell());
    stack_.push_back(Frame{rapidjson::Value(type), std::move(pointer), {}, 0, {}});
    return true;
  }

  // A list or object opens outside any record: the list of records, the top object, or the
  // value of one of its other members.
  bool start_outside(bool is_array) {
    if (state_ == State::kStart) {
      state_ = is_array ? State::kRecordList : State::kTopObject;
    } else if (state_ == State::kRecordsNext) {
      if (!is_array) return outside_value();
      state_ = State::kRecordList;
    } else {
      ++skipped_;
    }
    return true;
  }

  bool end() {
    if (state_ != State::kRecord) {
      if (skipped_ > 0) {
        --skipped_;
      } else if (state_ == State::kRecordList) {
        state_ = State::kPastRecords;
      } else if (state_ == State::kTopObject) {
        state_ = State::kNoList;
      }
      return true;
    }
    if (stack_.back().skipped > 0) {
      --stack_.back().skipped;
      return true;
    }
    rapidjson::Value value = std::move(stack_.back().value);
    stack_.pop_back();
    if (stack_.empty()) return finish_record(std::move(value));
    attach(std::move(value));
    return true;
  }

  std::string_view text_;
  const std::string& file_;
  TextPosition& position_;
  const PlacedStream& stream_;
  std::string_view records_key_;
  bool whole_document_;
  const Callback& on_record_;

  RecordSlot slot_;  // every record is built here
  std::vector<Frame> stack_;
  State state_ = State::kStart;
  int skipped_ = 0;      // containers open in the values of the top object's other members
  ObjectKeys top_keys_;  // the names of the top object's members
  std::size_t records_ = 0;
  std::string shape_error_;
  std::size_t shape_error_offset_ = 0;
};

std::string syntax_message(rapidjson::ParseErrorCode code) {
  switch (code) {
    case rapidjson::kParseErrorDocumentEmpty:
      return "the file is empty: expected JSON";
    case rapidjson::kParseErrorObjectMissCommaOrCurlyBracket:
    case rapidjson::kParseErrorArrayMissCommaOrSquareBracket:
      return "the JSON is cut short or a comma is missing here (is the file complete?)";
    case rapidjson::kParseErrorStringInvalidEncoding:
      return "the text is not valid UTF-8 here: save the file as UTF-8";
    case rapidjson::kParseErrorStringMissQuotationMark:
      return "a text value is not closed with a quotation mark (is the file complete?)";
    case rapidjson::kParseErrorObjectMissName:
      return "a field name in quotation marks is expected here (is the record cut short, or is "
             "there a comma too many?)";
    case rapidjson::kParseErrorObjectMissColon:
      return "a colon (:) is missing after the field name";
    case rapidjson::kParseErrorValueInvalid:
      return "this is not a JSON value (text must be in quotation marks)";
    default:
      return std::string("invalid JSON: ") + rapidjson::GetParseError_En(code);
  }
}

Result<std::size_t> scan(std::string_view text, const std::string& file,
                         std::string_view records_key, bool whole_document,
                         const RecordBuilder::Callback& on_record, TextPosition& position) {
  PlacedStream stream(text);
  RecordBuilder builder(text, file, stream, records_key, whole_document, on_record, position);
  rapidjson::Reader reader;
  rapidjson::ParseResult result = reader.Parse<kParseFlags>(stream, builder);
  // A NUL is never valid in JSON text; say plainly what it means. The parser stops at the
  // first one (with an error there), so it is looked for only where the parse stopped, or after
  // a value that parsed: a pass over a large text ahead of the parse would hold it back.
  std::string_view looked_at =
      result.IsError() ? text.substr(0, result.Offset() + 1) : text.substr(stream.Tell());
  bool stopped = result.IsError() || looked_at.find('\0') != std::string_view::npos;
  if (auto wide = stopped ? wide_encoding_error(text, file, kSaveAsUtf8) : std::nullopt) {
    return *wide;
  }
  if (auto nul = looked_at.find('\0'); nul != std::string_view::npos) {
    nul += static_cast<std::size_t>(looked_at.data() - text.data());
    TextPlace place = TextPosition(text).at(nul);
    return Error{file, place.line, place.column,
                 "the file contains a NUL byte: it is not a text file (or not UTF-8)"};
  }
  if (!builder.shape_error().empty()) {
    TextPlace place = TextPosition(text).at(builder.shape_error_offset());
    return Error{file, place.line, place.column, builder.shape_error()};
  }
  if (result.IsError()) {
    TextPlace place = TextPosition(text).at(result.Offset());
    bool at_end = text.find_first_not_of(" \t\r\n", result.Offset()) == std::string_view::npos;
    if (at_end && (result.Code() == rapidjson::kParseErrorValueInvalid ||
                   result.Code() == rapidjson::kParseErrorObjectMissName ||
                   result.Code() == rapidjson::kParseErrorObjectMissColon)) {
      return Error{file, place.line, place.column,
                   "the JSON is cut short here, in the middle of a value (is the file complete?)"};
    }
    return Error{file, place.line, place.column, syntax_message(result.Code())};
  }
  std::size_t rest = stream.Tell();
  while (rest < text.size() &&
         (text[rest] == ' ' || text[rest] == '\n' || text[rest] == '\r' || text[rest] == '\t')) {
    ++rest;
  }
  if (builder.missing_records()) {
    return Error{file, 1, 1,
                 "the file holds an object without a list \"" + std::string(records_key) +
                     "\": expected a list of activities, or {\"" + std::string(records_key) +
                     "\": [...]}"};
  }
  if (rest < text.size()) {
    TextPlace place = TextPosition(text).at(rest);
    return Error{file, place.line, place.column,
                 "unexpected text after the end of the JSON (two documents in one file?)"};
  }
  return builder.records();
}

}  // namespace

void append_pointer_token(std::string& pointer, std::string_view name) {
  pointer += '/';
  if (name.find_first_of("~/") == std::string_view::npos) {
    pointer += name;
    return;
  }
  for (char c : name) {
    if (c == '~')
      pointer += "~0";
    else if (c == '/')
      pointer += "~1";
    else
      pointer += c;
  }
}

std::string unescape_pointer_token(std::string_view token) {
  std::string name;
  for (std::size_t i = 0; i < token.size(); ++i) {
    if (token[i] == '~' && i + 1 < token.size() && (token[i + 1] == '0' || token[i + 1] == '1')) {
      name += token[++i] == '0' ? '~' : '/';
    } else {
      name += token[i];
    }
  }
  return name;
}

TextPlace LocatedJson::place_of(std::string_view pointer) const {
  for (;;) {
    for (const auto& [key, place] : places) {
      if (key == pointer) return place;
    }
    if (pointer.empty()) return {};
    pointer = pointer.substr(0, pointer.rfind('/'));
  }
}

namespace {

// One document; the places of its parts count lines from `first_line`.
Result<LocatedJson> scan_document(std::string_view text, const std::string& file, int first_line) {
  LocatedJson out;
  TextPosition position(text, first_line);
  auto scanned = scan(
      text, file, {}, true,
      [&](const LocatedJson& located) {
        out.document.CopyFrom(located.document, out.document.GetAllocator());
        out.places = located.places;
        out.too_deep = located.too_deep;
        out.duplicate_key = located.duplicate_key;
      },
      position);
  if (!scanned) return scanned.error();
  if (out.too_deep) {
    return Error{file, 1, 1,
                 "the JSON is nested more than " + std::to_string(kMaxJsonDepth) + " levels deep"};
  }
  return out;
}

}  // namespace

Result<LocatedJson> scan_json_document_with_duplicates(std::string_view text,
                                                       const std::string& file) {
  return scan_document(text, file, 1);
}

Result<LocatedJson> scan_json_document(std::string_view text, const std::string& file) {
  auto scanned = scan_document(text, file, 1);
  if (scanned && scanned->duplicate_key) return *scanned->duplicate_key;
  return scanned;
}

Result<std::size_t> scan_json_records(std::string_view text, const std::string& file,
                                      std::string_view records_key,
                                      const std::function<void(const LocatedJson&)>& on_record) {
  TextPosition position(text);
  return scan(text, file, records_key, false, on_record, position);
}

void scan_json_lines(std::string_view text, const std::string& file,
                     const std::function<void(ParsedLine&)>& on_line) {
  int line = 0;
  std::size_t start = 0;
  while (start < text.size()) {
    // (JSON text holds no raw CR or LF inside a value: each one ends a line.)
    std::size_t end = text.find_first_of("\r\n", start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view row = text.substr(start, end - start);
    ++line;
    start = text.compare(end, 2, "\r\n") == 0 ? end + 2 : end + 1;
    if (row.find_first_not_of(" \t") == std::string_view::npos) continue;
    ParsedLine parsed{line, scan_document(row, file, line)};
    on_line(parsed);
  }
}

std::string json_value_text(const rapidjson::Value& value) {
  if (value.IsString())
    return "\"" + std::string(value.GetString(), value.GetStringLength()) + "\"";
  if (value.IsInt64()) return std::to_string(value.GetInt64());
  if (value.IsUint64()) return std::to_string(value.GetUint64());
  if (value.IsDouble()) {
    char buffer[64];
    double number = value.GetDouble();
    std::snprintf(buffer, sizeof buffer, std::fabs(number) >= 1e15 ? "%.3g" : "%.15g", number);
    std::string text = buffer;
    if (text.find_first_of(".eEn") == std::string::npos) text += ".0";
    return text;
  }
  if (value.IsBool()) return value.GetBool() ? "true" : "false";
  if (value.IsNull()) return "null";
  return json_type_name(value);
}

std::string json_type_name(const rapidjson::Value& value) {
  switch (value.GetType()) {
    case rapidjson::kNullType:
      return "null";
    case rapidjson::kFalseType:
    case rapidjson::kTrueType:
      return "true/false";
    case rapidjson::kObjectType:
      return "an object";
    case rapidjson::kArrayType:
      return "a list";
    case rapidjson::kStringType:
      return "text";
    case rapidjson::kNumberType:
      return "a number";
  }
  return "a value";
}

}  // namespace lapaudit
