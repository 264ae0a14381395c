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

std::vector<std::string> warnings(const RecordOutcome& outcome) {
  std::vector<std::string> out;
  for (const auto& warning : outcome.warnings) out.push_back(warning.to_string());
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
  EXPECT_EQ(activity.participants->men, 2);
  EXPECT_FALSE(activity.participants->other);  // left out: not known
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
  ASSERT_TRUE(outcome.activity);
  EXPECT_EQ(outcome.activity->actions, (std::vector<int>{4, 23}));
  EXPECT_EQ(warnings(outcome),
            (std::vector<std::string>{
                "log.json:2:24: field \"actions\": action 51 is not in the Lausanne Action Plan "
                "(actions 1-50); the activity is kept without it",
                "log.json:2:28: field \"actions\": action 0 is not in the Lausanne Action Plan "
                "(actions 1-50); the activity is kept without it"}));
}

TEST(ActivityRecordTest, UnknownIdsOfTheRuleSetAreNamedWithASuggestion) {
  auto outcome = read(R"({"id": "a", "date": "2024-03-01", "title": "t", "groups": ["victims"],
    "actions": [51], "partners": ["unidr"], "kind": "meting"})");
  EXPECT_EQ(problems(outcome),
            (std::vector<std::string>{
                "log.json:1:59: field \"groups\": unknown group \"victims\", did you mean "
                "\"victim-assistance\"?"}));
  EXPECT_EQ(warnings(outcome),
            (std::vector<std::string>{
                "log.json:2:17: field \"actions\": action 51 is not in the Lausanne Action Plan "
                "(actions 1-50); the activity is kept without it",
                "log.json:2:34: field \"partners\": unknown partner \"unidr\", did you mean "
                "\"unidir\"?; the activity is kept without it",
                "log.json:2:53: field \"kind\": unknown kind \"meting\", did you mean "
                "\"meeting\"?; the activity is kept without it"}));
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
                "\"victim-assistance\"?"}));
  EXPECT_EQ(outcome.rejection->reason,
            "field \"date\": \"2024-02-30\" is not a calendar date (write it as YYYY-MM-DD); "
            "field \"title\": must be text, not a number; field \"groups\": unknown group "
            "\"victims\", did you mean \"victim-assistance\"?");
  EXPECT_EQ(warnings(outcome),
            (std::vector<std::string>{
                "log.json:2:22: field \"gender_marker\": 5 is not a gender marker (0, 1 or 2); "
                "read as no marker, so the activity's tags and words decide whether it is "
                "gender-related"}));
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
  ASSERT_TRUE(actions.activity);
  EXPECT_EQ(warnings(actions),
            (std::vector<std::string>{
                "log.json:2:17: field \"actions\": \"abc\" is not an action number (a whole "
                "number); the activity is kept without it"}));
}

TEST(ActivityRecordTest, HugeActionNumberIsOutsideThePlan) {
  auto outcome = read(R"({"id": "a", "date": "2024-03-01", "title": "t", "groups": ["gso"],
    "actions": [99999999999]})");
  EXPECT_EQ(warnings(outcome),
            (std::vector<std::string>{"log.json:2:17: field \"actions\": action 99999999999 is "
                                      "not in the Lausanne Action Plan (actions 1-50); the "
                                      "activity is kept without it"}));
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

// Issue 23: each slip of a hand-filled sheet lost the whole activity.
TEST(ActivityRecordTest, OptionalValuesAsPeopleWriteThemAreRead) {
  auto outcome = read(R"({"id": "a", "date": "2024-03-05 00:00:00", "title": "t",
    "kind": " Meeting ", "groups": ["GSO", " Victim-Assistance "], "actions": [4.0, "23"],
    "partners": ["ISU"], "gender_marker": 2.0, "participants": {"women": "n/a", "men": "12"},
    "sadd": "WAHR"})");
  ASSERT_TRUE(outcome.activity) << outcome.rejection->reason;
  const Activity& activity = *outcome.activity;
  EXPECT_EQ(activity.date.to_string(), "2024-03-05");
  EXPECT_EQ(activity.kind, "meeting");
  EXPECT_EQ(activity.groups, (std::vector<std::string>{"gso", "victim-assistance"}));
  EXPECT_EQ(activity.actions, (std::vector<int>{4, 23}));
  EXPECT_EQ(activity.partners, (std::vector<std::string>{"isu"}));
  EXPECT_EQ(activity.gender_marker, 2);
  ASSERT_TRUE(activity.participants);
  EXPECT_FALSE(activity.participants->women);
  EXPECT_EQ(activity.participants->men, 12);
  EXPECT_EQ(activity.sadd, true);
  EXPECT_EQ(warnings(outcome), std::vector<std::string>{});
}

TEST(ActivityRecordTest, BadOptionalValuesAreWarningsAndLeftOut) {
  auto outcome = read(R"({"id": "a", "date": "2024-03-01", "title": "t", "groups": ["gso"],
    "gender_marker": "Yes", "sadd": "maybe", "participants": {"women": -3, "children": 2},
    "source": 12, "kind": 3, "tags": "gender"})");
  ASSERT_TRUE(outcome.activity);
  EXPECT_FALSE(outcome.activity->gender_marker);
  EXPECT_FALSE(outcome.activity->sadd);
  EXPECT_FALSE(outcome.activity->participants->women);
  EXPECT_EQ(outcome.activity->tags, std::vector<std::string>{"gender"});
  EXPECT_EQ(
      warnings(outcome),
      (std::vector<std::string>{
          "log.json:2:22: field \"gender_marker\": \"Yes\" is not a gender marker (0, 1 or 2); "
          "read as no marker, so the activity's tags and words decide whether it is "
          "gender-related",
          "log.json:2:37: field \"sadd\": must be true or false (or yes/no, 1/0), not \"maybe\"; "
          "the activity is kept without it",
          "log.json:2:72: field \"participants\": women must be a count (0 or more), not -3; "
          "read as unknown",
          "log.json:2:88: field \"participants\": \"children\" is not a count it knows (women, "
          "men, other) and is ignored",
          "log.json:3:15: field \"source\": must be text, not 12; the activity is kept without "
          "it",
          "log.json:3:27: field \"kind\": must be text, not 3; the activity is kept without it",
          "log.json:3:38: field \"tags\": \"gender\" read as the list [\"gender\"], which is how "
          "to write it"}));
}

// Issue 23: "gso, victim-assistance" got 'did you mean "victim-assistance"?', and following it
// dropped gso; "31, 34" and "Action 29" got no hint at all.
TEST(ActivityRecordTest, SeveralIdsInOneEntryAreReadAndHowToWriteThemIsSaid) {
  auto outcome = read(R"({"id": "a", "date": "2024-03-01", "title": "t",
    "groups": ["gso, victim-assistance"], "actions": ["31, 34", "Action 29"]})");
  ASSERT_TRUE(outcome.activity) << outcome.rejection->reason;
  EXPECT_EQ(outcome.activity->groups, (std::vector<std::string>{"gso", "victim-assistance"}));
  EXPECT_EQ(outcome.activity->actions, (std::vector<int>{31, 34, 29}));
  EXPECT_EQ(warnings(outcome),
            (std::vector<std::string>{
                "log.json:2:15: field \"groups\": \"gso, victim-assistance\" holds 2 group ids "
                "in one text: read as [\"gso\", \"victim-assistance\"], which is how to write "
                "them (each in quotation marks of its own)",
                "log.json:2:55: field \"actions\": \"31, 34\" holds 2 action numbers in one "
                "text: read as [31, 34], which is how to write them (numbers, without quotation "
                "marks)",
                "log.json:2:65: field \"actions\": \"Action 29\" read as action 29 (write the "
                "number alone: 29)"}));
  auto unknown = read(R"({"id": "a", "date": "2024-03-01", "title": "t",
    "groups": ["gso, victims"]})");
  EXPECT_EQ(problems(unknown),
            (std::vector<std::string>{"log.json:2:15: field \"groups\": unknown group \"victims\", "
                                      "did you mean \"victim-assistance\"?"}));
}

TEST(ActivityRecordTest, ANearMissGenderTagIsAWarning) {
  auto outcome = read(R"({"id": "a", "date": "2024-03-01", "title": "t", "groups": ["gso"],
    "tags": ["gendre", "gender-mainstreming", "Gender", "budget"]})");
  ASSERT_TRUE(outcome.activity);
  EXPECT_EQ(warnings(outcome),
            (std::vector<std::string>{
                "log.json:2:13: field \"tags\": \"gendre\" is not a gender tag, did you mean "
                "\"genre\"? As written it does not make the activity gender-related",
                "log.json:2:13: field \"tags\": \"gender-mainstreming\" is not a gender tag, did "
                "you mean \"gender-mainstreaming\"? As written it does not make the activity "
                "gender-related"}));
}

TEST(ActivityRecordTest, DayFirstDatesNeedTheOrder) {
  const char* json = R"({"id": "a", "date": "05.03.2024", "title": "t", "groups": ["gso"]})";
  auto record = scan_json_document(json, "log.json");
  auto unknown = read_activity_record(record.value(), "log.json", testing::default_rules());
  ASSERT_TRUE(unknown.rejection);
  EXPECT_NE(unknown.rejection->reason.find("could be 2024-03-05 (day first) or 2024-05-03"),
            std::string::npos);
  auto day_first = read_activity_record(record.value(), "log.json", testing::default_rules(), {},
                                        DateOrder::kDayFirst);
  ASSERT_TRUE(day_first.activity);
  EXPECT_EQ(day_first.activity->date.to_string(), "2024-03-05");
}

}  // namespace
}  // namespace lapaudit
