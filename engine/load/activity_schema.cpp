// SPDX-License-Identifier: Apache-2.0
#include "load/activity_schema.hpp"

#include <cstdio>
#include <map>
#include <memory>
#include <stdexcept>

// RAPIDJSON_SCHEMA_USE_INTERNALREGEX=0 (CMakeLists.txt, for every user of rapidjson/schema.h):
// ECMAScript patterns (std::regex), as JSON Schema defines them; RapidJSON's own regex would
// silently ignore "\\S".
#include <rapidjson/schema.h>

#include "util/text_util.hpp"

namespace lapaudit {
namespace generated {
const std::map<std::string, std::string>& builtin_schema_texts();
}  // namespace generated

namespace {

constexpr const char* kSchemaFile = "activity.schema.json";

const rapidjson::Value* member(const rapidjson::Value& node, const char* name) {
  if (!node.IsObject()) return nullptr;
  auto it = node.FindMember(name);
  return it == node.MemberEnd() ? nullptr : &it->value;
}

// The schema, parsed once. RapidJSON's validator (1.1) stops at the first problem, so each
// node the check descends into (properties, items) gets a validator document of its own: a
// record is checked whole first, and field by field only when it fails.
class ActivitySchema {
 public:
  ActivitySchema() {
    const std::string& text = generated::builtin_schema_texts().at(kSchemaFile);
    document_.Parse(text.c_str(), text.size());
    if (document_.HasParseError() || !document_.IsObject()) {
      throw std::logic_error("the built-in activity schema is not valid JSON");
    }
    add_node(document_);
    if (const auto* required = member(document_, "required"); required && required->IsArray()) {
      for (const auto& name : required->GetArray()) required_.emplace_back(name.GetString());
    }
  }

  const rapidjson::Value& root() const { return document_; }
  const rapidjson::SchemaDocument& validation(const rapidjson::Value& node) const {
    return *validations_.at(&node);
  }
  const std::vector<std::string>& required() const { return required_; }

 private:
  void add_node(const rapidjson::Value& node) {
    validations_.emplace(&node, std::make_unique<rapidjson::SchemaDocument>(node));
    if (const auto* properties = member(node, "properties"); properties && properties->IsObject()) {
      for (const auto& property : properties->GetObject()) add_node(property.value);
    }
    if (const auto* items = member(node, "items"); items && items->IsObject()) add_node(*items);
    if (const auto* extra = member(node, "additionalProperties"); extra && extra->IsObject()) {
      add_node(*extra);
    }
  }

  rapidjson::Document document_;
  std::map<const rapidjson::Value*, std::unique_ptr<rapidjson::SchemaDocument>> validations_;
  std::vector<std::string> required_;
};

const ActivitySchema& activity_schema() {
  static const ActivitySchema kSchema;
  return kSchema;
}

// What a "type" keyword asks for, in words: "text", "a list or null"...
std::string expected_text(const rapidjson::Value& node) {
  static const std::map<std::string, std::string> kWords = {
      {"string", "text"},  {"integer", "a whole number"}, {"number", "a number"},
      {"array", "a list"}, {"object", "an object"},       {"boolean", "true or false"}};
  std::vector<std::string> words;
  auto add = [&](const rapidjson::Value& type) {
    if (!type.IsString()) return;
    auto it = kWords.find(type.GetString());
    if (it != kWords.end()) words.push_back(it->second);
  };
  if (const auto* type = member(node, "type")) {
    if (type->IsArray()) {
      for (const auto& each : type->GetArray()) add(each);
    } else {
      add(*type);
    }
  }
  return words.empty() ? "something else" : join(words, " or ");
}

// The wording for a failed keyword: the node's "errorMessage" (one text for every keyword, or
// one per keyword), else a plain default.
std::string message_pattern(const rapidjson::Value& node, const std::string& keyword) {
  if (const auto* custom = member(node, "errorMessage")) {
    if (custom->IsString()) return custom->GetString();
    if (const auto* by_keyword = member(*custom, keyword.c_str());
        by_keyword && by_keyword->IsString()) {
      return by_keyword->GetString();
    }
  }
  static const std::map<std::string, std::string> kDefaults = {
      {"type", "must be {expected}, not {type}"},
      {"required", "missing"},
      {"minItems", "the list is empty"},
      {"minLength", "empty"},
      {"pattern", "{value} is not written as expected"},
      {"enum", "{value} is not one of the values allowed"},
      {"minimum", "{value} is too small"},
      {"maximum", "{value} is too large"},
      {"additionalProperties", "\"{name}\" is not expected here"}};
  auto it = kDefaults.find(keyword);
  return it != kDefaults.end() ? it->second
                               : "{value} does not fit the activity schema (\"" + keyword + "\")";
}

// The first token of a JSON Pointer (the field of the record), or with `last` its last one,
// unescaped.
std::string token_at(std::string_view pointer, bool last) {
  std::size_t start = last ? pointer.rfind('/') : 0;
  if (start == std::string_view::npos || pointer.empty()) return {};
  std::size_t end = pointer.find('/', start + 1);
  return unescape_pointer_token(
      pointer.substr(start + 1, end == std::string_view::npos ? end : end - start - 1));
}

// Walks one record: validates each node, and descends into objects and lists that fail so that
// every problem of the record is found, not only the validator's first.
class SchemaCheck {
 public:
  SchemaCheck(const ActivitySchema& schema, const LocatedJson& record, const std::string& file)
      : schema_(schema), record_(record), file_(file) {}

  void check(const rapidjson::Value& value, const rapidjson::Value& node,
             const std::string& pointer) {
    rapidjson::SchemaValidator validator(schema_.validation(node));
    if (value.Accept(validator)) return;
    const char* invalid = validator.GetInvalidSchemaKeyword();
    std::string keyword = invalid != nullptr ? invalid : "";
    std::size_t found = problems_.size();
    const auto* items = member(node, "items");
    if (value.IsObject() &&
        (member(node, "properties") != nullptr || member(node, "required") != nullptr ||
         member(node, "additionalProperties") != nullptr)) {
      check_members(value, node, pointer);
    } else if (value.IsArray() && items != nullptr && items->IsObject()) {
      for (rapidjson::SizeType i = 0; i < value.Size(); ++i) {
        check(value[i], *items, pointer + "/" + std::to_string(i));
      }
    }
    if (problems_.size() == found) report(node, keyword, value, pointer, token_at(pointer, true));
  }

  std::vector<Error> take() { return std::move(problems_); }

 private:
  void check_members(const rapidjson::Value& object, const rapidjson::Value& node,
                     const std::string& pointer) {
    const auto* properties = member(node, "properties");
    const auto* extra = member(node, "additionalProperties");
    for (const auto& field : object.GetObject()) {
      std::string name(field.name.GetString(), field.name.GetStringLength());
      std::string where = pointer;
      append_pointer_token(where, name);
      const auto* property = properties ? member(*properties, name.c_str()) : nullptr;
      if (property != nullptr) {
        check(field.value, *property, where);
      } else if (extra != nullptr && extra->IsFalse()) {
        report(node, "additionalProperties", field.value, where, name);
      } else if (extra != nullptr && extra->IsObject()) {
        check(field.value, *extra, where);
      }
    }
    const auto* required = member(node, "required");
    if (required == nullptr || !required->IsArray()) return;
    for (const auto& name : required->GetArray()) {
      if (name.IsString() && !object.HasMember(name.GetString())) {
        report(node, "required", rapidjson::Value(), pointer, name.GetString());
      }
    }
  }

  void report(const rapidjson::Value& node, const std::string& keyword,
              const rapidjson::Value& value, const std::string& pointer, const std::string& name) {
    std::string field = keyword == "required" && pointer.empty() ? name : token_at(pointer, false);
    std::string text =
        fill_template(message_pattern(node, keyword), {{"value", json_value_text(value)},
                                                       {"type", json_type_name(value)},
                                                       {"expected", expected_text(node)},
                                                       {"name", name}});
    TextPlace place = record_.place_of(pointer);
    problems_.push_back(Error{file_, place.line, place.column, "field \"" + field + "\": " + text});
  }

  const ActivitySchema& schema_;
  const LocatedJson& record_;
  const std::string& file_;
  std::vector<Error> problems_;
};

}  // namespace

std::string_view activity_schema_text() {
  return generated::builtin_schema_texts().at(kSchemaFile);
}

const std::vector<std::string>& activity_required_fields() { return activity_schema().required(); }

const rapidjson::Value& activity_schema_example() {
  static const rapidjson::Value kNone(rapidjson::kObjectType);
  const auto* examples = member(activity_schema().root(), "examples");
  if (examples == nullptr || !examples->IsArray() || examples->Empty()) return kNone;
  return (*examples)[0];
}

bool fits_activity_schema(const rapidjson::Value& record) {
  const ActivitySchema& schema = activity_schema();
  rapidjson::SchemaValidator validator(schema.validation(schema.root()));
  return record.Accept(validator);
}

std::vector<Error> check_activity_schema(const LocatedJson& record, const std::string& file) {
  if (!record.document.IsObject()) {
    TextPlace place = record.place_of("");
    return {Error{file, place.line, place.column,
                  "the record is " + json_type_name(record.document) +
                      ", not an activity (an object with fields)"}};
  }
  // RapidJSON's validator says quickly that a record fits; only one that does not is walked
  // again for the place and words of each problem.
  if (fits_activity_schema(record.document)) return {};
  const ActivitySchema& schema = activity_schema();
  SchemaCheck check(schema, record, file);
  check.check(record.document, schema.root(), "");
  return check.take();
}

}  // namespace lapaudit
