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
  EXPECT_EQ(
      problems_of(R"({"id": 7, "date": 20240301, "title": "t", "groups": "gso",
                      "actions": "4", "partners": [1], "tags": {}, "participants": [3],
                      "sadd": "yes", "kind": false})"),
      (std::vector<std::string>{
          "log.json:1:8: field \"id\": must be text, not a number",
          "log.json:1:19: field \"date\": must be a date written as text, YYYY-MM-DD, not a "
          "number",
          "log.json:1:53: field \"groups\": must be a list of group ids, for example [\"gso\"], "
          "not text",
          "log.json:2:34: field \"actions\": must be a list of action numbers, for example [4, "
          "23], not text",
          "log.json:2:52: field \"partners\": each entry must be a partner id (text), not a "
          "number",
          "log.json:2:64: field \"tags\": must be a list of tags, for example [\"gender\"], not "
          "an object",
          "log.json:2:84: field \"participants\": must be an object {\"women\": N, \"men\": N, "
          "\"other\": N}, not a list",
          "log.json:3:31: field \"sadd\": must be true or false, not \"yes\"",
          "log.json:3:46: field \"kind\": must be text, not true/false"}));
}

TEST(ActivitySchemaTest, EveryBadActionIsListedNotOnlyTheFirst) {
  EXPECT_EQ(problems_of(R"({"id": "a", "date": "2024-03-01", "title": "t", "groups": ["gso"],
                           "actions": [4, "abc", 4.5, 23, "x"]})"),
            (std::vector<std::string>{
                "log.json:2:43: field \"actions\": \"abc\" is not an action number (a whole "
                "number)",
                "log.json:2:50: field \"actions\": 4.5 is not an action number (a whole number)",
                "log.json:2:59: field \"actions\": \"x\" is not an action number (a whole "
                "number)"}));
}

TEST(ActivitySchemaTest, MarkerOfFiveIsNotAGenderMarker) {
  for (const char* marker : {"5", "-1", "\"2\"", "1.5"}) {
    auto problems = problems_of(std::string(R"({"id": "a", "date": "2024-03-01", "title": "t",)") +
                                R"( "groups": ["gso"], "gender_marker": )" + marker + "}");
    ASSERT_EQ(problems.size(), 1u) << marker;
    EXPECT_EQ(problems[0].substr(problems[0].find("field")),
              std::string("field \"gender_marker\": ") + marker +
                  " is not a gender marker (0, 1 "
                  "or 2)");
  }
}

TEST(ActivitySchemaTest, ParticipantCountsAreCountsOfKnownKinds) {
  EXPECT_EQ(problems_of(R"({"id": "a", "date": "2024-03-01", "title": "t", "groups": ["gso"],
                           "participants": {"women": -3, "men": 2.5, "girls": 4, "other": null}})"),
            (std::vector<std::string>{
                "log.json:2:54: field \"participants\": women must be a count (0 or more), not -3",
                "log.json:2:65: field \"participants\": men must be a count (0 or more), not 2.5",
                "log.json:2:79: field \"participants\": \"girls\" is not a count it knows "
                "(women, men, other)"}));
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
