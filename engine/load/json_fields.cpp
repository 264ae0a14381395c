// SPDX-License-Identifier: Apache-2.0
#include "load/json_fields.hpp"

#include <rapidjson/pointer.h>

#include <algorithm>
#include <stdexcept>

#include "util/text_util.hpp"

namespace lapaudit {

void JsonFields::check_pointer(const rapidjson::Value& object, const std::string& pointer) const {
  rapidjson::Pointer parsed(pointer.c_str(), pointer.size());
  if (!parsed.IsValid() || parsed.Get(json_.document) != &object) {
    throw std::logic_error("JsonFields: the value read is not the one at \"" + pointer + "\"");
  }
}

Error JsonFields::error_at(const std::string& pointer, std::string message) const {
  TextPlace place = json_.place_of(pointer);
  return Error{file_, place.line, place.column, std::move(message)};
}

void JsonFields::error(const std::string& pointer, std::string message) {
  errors_.push_back(error_at(pointer, std::move(message)));
}

const rapidjson::Value* JsonFields::member(const rapidjson::Value& object,
                                           const std::string& pointer, const char* key,
                                           bool required) {
  check_pointer(object, pointer);
  if (!object.IsObject()) return nullptr;
  auto it = object.FindMember(key);
  if (it == object.MemberEnd()) {
    if (required) error(pointer, std::string("field \"") + key + "\" is missing");
    return nullptr;
  }
  return &it->value;
}

std::optional<Date> JsonFields::date(const rapidjson::Value& object, const std::string& pointer,
                                     const char* key, bool required) {
  auto text = string(object, pointer, key, required);
  if (!text) return std::nullopt;
  auto date = Date::parse(*text);
  if (!date) {
    error(pointer + "/" + key, std::string("field \"") + key + "\": \"" + *text +
                                   "\" is not a calendar date (YYYY-MM-DD)");
  }
  return date;
}

std::optional<std::string> JsonFields::string(const rapidjson::Value& object,
                                              const std::string& pointer, const char* key,
                                              bool required) {
  const rapidjson::Value* value = member(object, pointer, key, required);
  if (value == nullptr) return std::nullopt;
  if (!value->IsString()) {
    error(pointer + "/" + key,
          std::string("field \"") + key + "\" must be text, not " + json_type_name(*value));
    return std::nullopt;
  }
  return std::string(value->GetString(), value->GetStringLength());
}

std::optional<int> JsonFields::integer(const rapidjson::Value& object, const std::string& pointer,
                                       const char* key, bool required) {
  const rapidjson::Value* value = member(object, pointer, key, required);
  if (value == nullptr) return std::nullopt;
  if (!value->IsInt()) {
    error(pointer + "/" + key, std::string("field \"") + key + "\" must be a whole number, not " +
                                   json_type_name(*value));
    return std::nullopt;
  }
  return value->GetInt();
}

std::optional<std::vector<std::string>> JsonFields::strings(const rapidjson::Value& object,
                                                            const std::string& pointer,
                                                            const char* key, bool required) {
  const rapidjson::Value* value = member(object, pointer, key, required);
  if (value == nullptr) return std::nullopt;
  std::string here = pointer + "/" + key;
  if (!value->IsArray()) {
    error(here, std::string("field \"") + key + "\" must be a list of texts, not " +
                    json_type_name(*value));
    return std::nullopt;
  }
  std::vector<std::string> out;
  for (rapidjson::SizeType i = 0; i < value->Size(); ++i) {
    const rapidjson::Value& item = (*value)[i];
    if (!item.IsString()) {
      error(here + "/" + std::to_string(i), std::string("field \"") + key +
                                                "\": each entry must be text, not " +
                                                json_type_name(item));
      continue;
    }
    out.emplace_back(item.GetString(), item.GetStringLength());
  }
  return out;
}

std::vector<std::pair<const rapidjson::Value*, std::string>> JsonFields::objects(
    const rapidjson::Value& object, const std::string& pointer, const char* key, bool required) {
  std::vector<std::pair<const rapidjson::Value*, std::string>> out;
  const rapidjson::Value* value = member(object, pointer, key, required);
  if (value == nullptr) return out;
  std::string here = pointer + "/" + key;
  if (!value->IsArray()) {
    error(here, std::string("field \"") + key + "\" must be a list, not " + json_type_name(*value));
    return out;
  }
  for (rapidjson::SizeType i = 0; i < value->Size(); ++i) {
    std::string item_pointer = here + "/" + std::to_string(i);
    if (!(*value)[i].IsObject()) {
      error(item_pointer, std::string("field \"") + key + "\": each entry must be an object, not " +
                              json_type_name((*value)[i]));
      continue;
    }
    out.emplace_back(&(*value)[i], item_pointer);
  }
  return out;
}

void JsonFields::unknown_fields(const rapidjson::Value& object, const std::string& pointer,
                                const std::vector<std::string>& known) {
  check_pointer(object, pointer);
  if (!object.IsObject()) return;
  for (const auto& member : object.GetObject()) {
    std::string name(member.name.GetString(), member.name.GetStringLength());
    if (std::find(known.begin(), known.end(), name) != known.end()) continue;
    std::string hint = did_you_mean(name, known);
    error(pointer + "/" + name, "unknown field \"" + name + "\"" +
                                    (hint.empty() ? " (known: " + join(known) + ")" : hint));
  }
}

}  // namespace lapaudit
