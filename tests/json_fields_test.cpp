// SPDX-License-Identifier: Apache-2.0
// Typed reads of the members of a located JSON object, for the loaders of hand-written files.

#include "load/json_fields.hpp"

#include <gtest/gtest.h>

#include <stdexcept>
#include <string>

namespace lapaudit {
namespace {

const char* kText = "{\"cycles\": [\n  {\"name\": \"12MSP\"},\n  {\"from\": \"2024-09-14\"}\n]}";

TEST(JsonFieldsTest, AMissingFieldIsPlacedAtItsObject) {
  auto json = scan_json_document(kText, "cycles.json");
  ASSERT_TRUE(json.ok()) << json.error().to_string();
  Errors errors;
  JsonFields fields(json.value(), "cycles.json", errors);
  const rapidjson::Value& second = json->document["cycles"][1];
  EXPECT_EQ(fields.string(second, "/cycles/1", "name", true), std::nullopt);
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].to_string(), "cycles.json:3:3: field \"name\" is missing");
}

// The pointer given with an object names the places of its problems: a pointer to another
// value would place them wrongly, so it is a bug of the caller, not a problem of the file.
TEST(JsonFieldsTest, AnObjectReadWithAnotherValuesPointerIsABug) {
  auto json = scan_json_document(kText, "cycles.json");
  ASSERT_TRUE(json.ok()) << json.error().to_string();
  Errors errors;
  JsonFields fields(json.value(), "cycles.json", errors);
  const rapidjson::Value& second = json->document["cycles"][1];
  EXPECT_THROW(fields.string(second, "/cycles/0", "name", true), std::logic_error);
  EXPECT_THROW(fields.unknown_fields(second, "/nowhere", {"from"}), std::logic_error);
  EXPECT_TRUE(errors.empty());
}

}  // namespace
}  // namespace lapaudit
