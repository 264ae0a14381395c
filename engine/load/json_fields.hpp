// SPDX-License-Identifier: Apache-2.0
#pragma once

// Typed reads of the members of a located JSON object, for loaders of hand-written files (rule
// sets, plans, waivers). RapidJSON asserts when a value is read as the wrong type; every read
// here checks the type first and, when it is wrong or missing, records an Error that names the
// file, the place and the field, and returns nothing.

#include <rapidjson/document.h>

#include <optional>
#include <string>
#include <vector>

#include "load/json_scanner.hpp"
#include "util/date.hpp"
#include "util/error.hpp"

namespace lapaudit {

class JsonFields {
 public:
  JsonFields(const LocatedJson& json, std::string file, Errors& errors)
      : json_(json), file_(std::move(file)), errors_(errors) {}

  // Each read takes `object` with its JSON Pointer `pointer` in the document given at
  // construction, for the places of its problems; a pointer to elsewhere is a bug of the
  // caller, and throws std::logic_error.
  const rapidjson::Value* member(const rapidjson::Value& object, const std::string& pointer,
                                 const char* key, bool required);
  std::optional<std::string> string(const rapidjson::Value& object, const std::string& pointer,
                                    const char* key, bool required);
  // A calendar date written YYYY-MM-DD; a problem when it is not one.
  std::optional<Date> date(const rapidjson::Value& object, const std::string& pointer,
                           const char* key, bool required);
  std::optional<int> integer(const rapidjson::Value& object, const std::string& pointer,
                             const char* key, bool required);
  std::optional<std::vector<std::string>> strings(const rapidjson::Value& object,
                                                  const std::string& pointer, const char* key,
                                                  bool required);
  // Each element of the list `key` that is an object, with its pointer.
  std::vector<std::pair<const rapidjson::Value*, std::string>> objects(
      const rapidjson::Value& object, const std::string& pointer, const char* key, bool required);

  // Records a problem for each member of `object` not in `known` ("unknown field \"x\"", with
  // a suggestion), so that a misspelt optional field is not silently ignored.
  void unknown_fields(const rapidjson::Value& object, const std::string& pointer,
                      const std::vector<std::string>& known);

  // Records a problem with the value at `pointer`.
  void error(const std::string& pointer, std::string message);
  // An Error at `pointer`, for a problem found later (a reference checked once all is loaded).
  Error error_at(const std::string& pointer, std::string message) const;
  const std::string& file() const { return file_; }

 private:
  // Throws std::logic_error unless `object` is the value at `pointer`.
  void check_pointer(const rapidjson::Value& object, const std::string& pointer) const;

  const LocatedJson& json_;
  std::string file_;
  Errors& errors_;
};

}  // namespace lapaudit
