// SPDX-License-Identifier: Apache-2.0
// The published activity schema, and the check of records against it in words a diplomat reads.

#include "load/activity_schema.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "test_util.hpp"

namespace lapaudit {
namespace {

std::vector<std::string> problems_of(const std::string& json) {
  auto record = scan_json_document(json, "log.json");
  EXPECT_TRUE(record.ok()) << record.error().to_string();
  std::vector<std::string> out;
  if (!record.ok()) return out;
  for (const auto& problem : check_activity_schema(record.value(), "log.json")) {
    out.push_back(problem.to_string());
  }
  return out;
}

const char* kGood = R"({"id": "a", "date": "2024-03-01", "title": "Meeting", "groups": ["gso"]})";

TEST(ActivitySchemaTest, ConformingRecordHasNoProblem) { EXPECT_TRUE(problems_of(kGood).empty()); }

// A record that is not an object has only that problem (the check once required an object).
TEST(ActivitySchemaTest, ARecordThatIsNoObjectIsOneProblem) {
  EXPECT_EQ(problems_of("\n  [\"a\", 1]"),
            std::vector<std::string>{
                "log.json:2:3: the record is a list, not an activity (an object with fields)"});
}

TEST(ActivitySchemaTest, EveryMissingFieldIsNamedAtTheRecord) {
  EXPECT_EQ(problems_of(R"(  {"title": "Meeting", "groups": ["gso"]})"),
            (std::vector<std::string>{
                "log.json:1:3: field \"id\": missing (every activity needs an id, a date, a "
                "title and at least one group)",
                "log.json:1:3: field \"date\": missing (every activity needs an id, a date, a "
                "title and at least one group)"}));
}

TEST(ActivitySchemaTest, WrongTypesAreSaidInWords) {
  EXPECT_EQ(problems_of(R"({"id": 7, "date": 20240301, "title": "t", "groups": "gso"})"),
            (std::vector<std::string>{
                "log.json:1:8: field \"id\": must be text, not a number",
                "log.json:1:19: field \"date\": must be a date written as text, YYYY-MM-DD, not a "
                "number",
                "log.json:1:53: field \"groups\": must be a list of group ids, for example "
                "[\"gso\"], not text"}));
}

// Issue 23: only the required fields reject a record; a bad optional value is the record
// checks' to warn about (activity_record_test), never the schema's to reject.
TEST(ActivitySchemaTest, OptionalFieldsOfAnyShapeFitTheSchema) {
  EXPECT_EQ(problems_of(R"({"id": "a", "date": "2024-03-01", "title": "t", "groups": ["gso"],
      "actions": [4, "abc", 4.5], "partners": [1], "tags": {}, "participants": {"women": -3,
      "girls": 4}, "sadd": "WAHR", "kind": false, "gender_marker": "2.0", "source": 3,
      "description": 4})"),
            std::vector<std::string>{});
}

TEST(ActivitySchemaTest, BlankIdOrTitleAndNoGroupAreEmpty) {
  EXPECT_EQ(problems_of(R"({"id": "", "date": "2024-03-01", "title": "  ", "groups": []})"),
            (std::vector<std::string>{
                "log.json:1:8: field \"id\": empty (every activity needs an id)",
                "log.json:1:43: field \"title\": empty (every activity needs a title)",
                "log.json:1:59: field \"groups\": the list is empty (name at least one working "
                "group)"}));
}

TEST(ActivitySchemaTest, OptionalFieldsMayBeNullAndUnknownFieldsAreNotItsBusiness) {
  EXPECT_TRUE(problems_of(R"({"id": "a", "date": "2024-03-01", "title": "t", "groups": ["gso"],
      "description": null, "kind": null, "actions": null, "partners": null, "tags": null,
      "gender_marker": null, "participants": null, "sadd": null, "source": null,
      "notes": {"free": true}})")
                  .empty());
}

TEST(ActivitySchemaTest, CalendarDatesAndKnownIdsAreLeftToTheRecordChecks) {
  EXPECT_TRUE(problems_of(R"({"id": "a", "date": "2024-02-30", "title": "t",
      "groups": ["victims"], "actions": [99], "partners": ["nobody"], "kind": "party"})")
                  .empty());
}

TEST(ActivitySchemaTest, PublishedSchemaIsTheOneBuiltIn) {
  EXPECT_EQ(std::string(activity_schema_text()),
            testing::read_file(testing::source_path("schemas/activity.schema.json")));
  auto parsed = scan_json_document(activity_schema_text(), "activity.schema.json");
  ASSERT_TRUE(parsed.ok()) << parsed.error().to_string();
  EXPECT_EQ(std::string(parsed->document["$schema"].GetString()),
            "http://json-schema.org/draft-04/schema#");
}

TEST(ActivitySchemaTest, RequiredFieldsComeFromTheSchema) {
  EXPECT_EQ(activity_required_fields(),
            (std::vector<std::string>{"id", "date", "title", "groups"}));
}

TEST(ActivitySchemaTest, ExampleHasEveryFieldAndConforms) {
  const rapidjson::Value& example = activity_schema_example();
  ASSERT_TRUE(example.IsObject());
  LocatedJson record;
  record.document.CopyFrom(example, record.document.GetAllocator());
  EXPECT_TRUE(check_activity_schema(record, "schema").empty());
  for (const char* field :
       {"id", "date", "title", "description", "kind", "groups", "actions", "partners",
        "gender_marker", "tags", "participants", "sadd", "source"}) {
    EXPECT_TRUE(example.HasMember(field)) << field;
  }
}

}  // namespace
}  // namespace lapaudit
