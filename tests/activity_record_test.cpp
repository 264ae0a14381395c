// SPDX-License-Identifier: Apache-2.0
// One record checked against the spec's table and the rule set: an Activity, or a Rejection
// listing every problem once, in the order they stand in the record.

#include "load/activity_record.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "test_util.hpp"

namespace lapaudit {
namespace {

RecordOutcome read(const std::string& json, std::vector<Error> format_problems = {}) {
  auto record = scan_json_document(json, "log.json");
  EXPECT_TRUE(record.ok()) << record.error().to_string();
  return read_activity_record(record.value(), "log.json", testing::default_rules(),
                              std::move(format_problems));
}

std::vector<std::string> problems(const RecordOutcome& outcome) {
  std::vector<std::string> out;
  if (!outcome.rejection) return out;
  for (const auto& problem : outcome.rejection->problems) out.push_back(problem.to_string());
  return out;
}

TEST(ActivityRecordTest, CompleteRecordBecomesAnActivity) {
  auto outcome = read(R"({"id": "a", "date": "2024-03-01", "title": "Meeting", "description": "d",
    "kind": "meeting", "groups": ["gso", "clearance", "gso"], "actions": [4, 23, 4],
    "partners": ["unidir"], "gender_marker": 2, "tags": ["gender"],
    "participants": {"women": 3, "men": 2}, "sadd": true, "source": "note"})");
  ASSERT_TRUE(outcome.activity) << outcome.rejection->reason;
  const Activity& activity = *outcome.activity;
  EXPECT_EQ(activity.date.to_string(), "2024-03-01");
  EXPECT_EQ(activity.groups, (std::vector<std::string>{"gso", "clearance"}));
  EXPECT_EQ(activity.actions, (std::vector<int>{4, 23}));
  EXPECT_EQ(activity.gender_marker, 2);
  ASSERT_TRUE(activity.participants);
  EXPECT_EQ(activity.participants->women, 3);
  EXPECT_EQ(activity.participants->other, 0);
  EXPECT_EQ(activity.sadd, true);
  EXPECT_EQ(activity.place.line, 1);
}

TEST(ActivityRecordTest, ImpossibleDateIsReportedOnce) {
  auto outcome = read(R"({"id": "a", "date": "2024-02-30", "title": "t", "groups": ["gso"]})");
  EXPECT_EQ(problems(outcome),
            (std::vector<std::string>{"log.json:1:21: field \"date\": \"2024-02-30\" is not a "
                                      "calendar date (write it as YYYY-MM-DD)"}));
  EXPECT_EQ(outcome.rejection->id, "a");
}

TEST(ActivityRecordTest, AnActionOutsideThePlanIsPlacedAtItsEntry) {
  auto outcome = read(R"({"id": "a", "date": "2024-03-01", "title": "t", "groups": ["gso"],
    "actions": [4, 23, 51, 0]})");
  EXPECT_EQ(problems(outcome),
            (std::vector<std::string>{
                "log.json:2:24: field \"actions\": action 51 is not in the Lausanne Action Plan "
                "(actions 1-50)",
                "log.json:2:28: field \"actions\": action 0 is not in the Lausanne Action Plan "
                "(actions 1-50)"}));
}

TEST(ActivityRecordTest, UnknownIdsOfTheRuleSetAreNamedWithASuggestion) {
  auto outcome = read(R"({"id": "a", "date": "2024-03-01", "title": "t", "groups": ["victims"],
    "actions": [51], "partners": ["unidr"], "kind": "meting"})");
  EXPECT_EQ(problems(outcome),
            (std::vector<std::string>{
                "log.json:1:59: field \"groups\": unknown group \"victims\", did you mean "
                "\"victim-assistance\"?",
                "log.json:2:17: field \"actions\": action 51 is not in the Lausanne Action Plan "
                "(actions 1-50)",
                "log.json:2:34: field \"partners\": unknown partner \"unidr\", did you mean "
                "\"unidir\"?",
                "log.json:2:53: field \"kind\": unknown kind \"meting\", did you mean "
                "\"meeting\"?"}));
}

// A group or partner listed twice counts once, and an unknown one is named once.
TEST(ActivityRecordTest, AGroupListedTwiceIsReadAndReportedOnce) {
  auto outcome = read(R"({"id": "a", "date": "2024-03-01", "title": "t",
    "groups": ["gso", "victims", "gso", "victims"], "partners": ["unidir", "unidir"]})");
  EXPECT_EQ(problems(outcome),
            (std::vector<std::string>{"log.json:2:15: field \"groups\": unknown group \"victims\", "
                                      "did you mean \"victim-assistance\"?"}));
  auto fine = read(R"({"id": "a", "date": "2024-03-01", "title": "t",
    "groups": ["gso", "clearance", "gso"], "partners": ["unidir", "unidir"]})");
  ASSERT_TRUE(fine.activity);
  EXPECT_EQ(fine.activity->groups, (std::vector<std::string>{"gso", "clearance"}));
  EXPECT_EQ(fine.activity->partners, (std::vector<std::string>{"unidir"}));
}

TEST(ActivityRecordTest, SchemaAndRecordProblemsComeTogetherInRecordOrder) {
  auto outcome = read(R"({"id": "a", "date": "2024-02-30", "title": 5, "groups": ["victims"],
    "gender_marker": 5})");
  EXPECT_EQ(problems(outcome),
            (std::vector<std::string>{
                "log.json:1:21: field \"date\": \"2024-02-30\" is not a calendar date (write it "
                "as YYYY-MM-DD)",
                "log.json:1:44: field \"title\": must be text, not a number",
                "log.json:1:57: field \"groups\": unknown group \"victims\", did you mean "
                "\"victim-assistance\"?",
                "log.json:2:22: field \"gender_marker\": 5 is not a gender marker (0, 1 or 2)"}));
  EXPECT_EQ(outcome.rejection->reason,
            "field \"date\": \"2024-02-30\" is not a calendar date (write it as YYYY-MM-DD); "
            "field \"title\": must be text, not a number; field \"groups\": unknown group "
            "\"victims\", did you mean \"victim-assistance\"?; field \"gender_marker\": 5 is not "
            "a gender marker (0, 1 or 2)");
  EXPECT_EQ(outcome.rejection->place.line, 1);
}

TEST(ActivityRecordTest, WrongTypeIsReportedOnlyByTheSchema) {
  for (const char* fields : {R"("groups": "gso")", R"("groups": [3])", R"("groups": [])"}) {
    auto outcome =
        read(std::string(R"({"id": "a", "date": "2024-03-01", "title": "t", )") + fields + "}");
    EXPECT_EQ(problems(outcome).size(), 1u) << fields;
  }
  auto actions = read(R"({"id": "a", "date": "2024-03-01", "title": "t", "groups": ["gso"],
    "actions": ["abc"]})");
  EXPECT_EQ(problems(actions),
            (std::vector<std::string>{
                "log.json:2:17: field \"actions\": \"abc\" is not an action number (a whole "
                "number)"}));
}

TEST(ActivityRecordTest, HugeActionNumberIsOutsideThePlan) {
  auto outcome = read(R"({"id": "a", "date": "2024-03-01", "title": "t", "groups": ["gso"],
    "actions": [99999999999]})");
  EXPECT_EQ(problems(outcome),
            (std::vector<std::string>{"log.json:2:17: field \"actions\": action 99999999999 is "
                                      "not in the Lausanne Action Plan (actions 1-50)"}));
}

TEST(ActivityRecordTest, ProblemsOfTheFileFormatRejectTheRecordToo) {
  auto outcome = read(R"({"id": "a", "date": "2024-03-01", "title": "t", "groups": ["gso"]})",
                      {Error{"log.json", 1, 0, "the row has more cells than columns"}});
  ASSERT_FALSE(outcome.activity);
  EXPECT_EQ(problems(outcome),
            (std::vector<std::string>{"log.json:1: the row has more cells than columns"}));
}

TEST(ActivityRecordTest, RecordThatIsNotAnObjectIsRejected) {
  auto outcome = read(R"(["a", "b"])");
  ASSERT_TRUE(outcome.rejection);
  EXPECT_EQ(outcome.rejection->reason,
            "the record is a list, not an activity (an object with fields)");
}

TEST(ActivityRecordTest, UnknownFieldsAreListedNotRejected) {
  auto outcome = read(R"({"id": "a", "date": "2024-03-01", "title": "t", "groups": ["gso"],
    "notes": "x", "country": "BE"})");
  ASSERT_TRUE(outcome.activity);
  EXPECT_EQ(outcome.unknown_fields, (std::vector<std::string>{"notes", "country"}));
}

}  // namespace
}  // namespace lapaudit
