// SPDX-License-Identifier: Apache-2.0
// What the activity log makes of inputs that read wrongly unless checked (issue 21): a field
// named twice, a file saved as UTF-16 or UTF-32, old-Mac line ends, very long lists, CSV
// comment rows.

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "load/activity_log_builder.hpp"
#include "test_util.hpp"

namespace lapaudit {
namespace {

std::vector<std::string> reasons(const ActivityLog& log) {
  std::vector<std::string> out;
  for (const auto& rejection : log.rejections) {
    out.push_back(rejection.place.file + ":" + std::to_string(rejection.place.line) + " [" +
                  rejection.id + "] " + rejection.reason);
  }
  return out;
}

// Regression: {"gender_marker": 0, "gender_marker": 2} counted as not gender-related (the first
// value won), where jq and Python read 2.
TEST(ActivityLogInputChecksTest, ARecordNamingAFieldTwiceIsRejectedInJsonAndNdjson) {
  std::string good = testing::activity_json("a", "2024-03-01", "[\"gso\"]");
  std::string doubled = testing::activity_json("b", "2024-03-02", "[\"gso\"]",
                                               ", \"gender_marker\": 0, \"gender_marker\": 2");
  const std::string message =
      "field \"gender_marker\" is given twice in one object (at line 2, column 77 and again at "
      "line 2, column 97): keep only one, as programs disagree on which counts";
  ActivityLog json = testing::log_from_json("[" + good + ",\n" + doubled + "]");
  EXPECT_EQ(json.activities.size(), 1u);
  EXPECT_EQ(reasons(json), std::vector<std::string>{"log.json:2 [b] " + message});
  EXPECT_EQ(json.inputs[0].rejected, 1u);
  ActivityLog ndjson =
      testing::log_from_json(good + "\n" + doubled + "\n", "log.ndjson", InputFormat::kNdjson);
  EXPECT_EQ(reasons(ndjson), std::vector<std::string>{"log.ndjson:2 [b] " + message});
}

TEST(ActivityLogInputChecksTest, AFileSavedAsUtf16IsNamedSoInEveryFormat) {
  std::string json = "[{\"id\": \"a\"}]\n";
  std::string wide;
  for (char c : json) wide += std::string{c, '\0'};
  for (auto [format, advice] :
       {std::pair{InputFormat::kJson, "save it as UTF-8 (in Notepad: Save As, Encoding UTF-8)"},
        std::pair{InputFormat::kNdjson, "save it as UTF-8 (in Notepad: Save As, Encoding UTF-8)"},
        std::pair{InputFormat::kCsv, "save the sheet as \"CSV UTF-8\""}}) {
    for (const std::string& text : {wide, "\xFF\xFE" + wide}) {
      ActivityLogBuilder builder(testing::default_rules());
      std::optional<Error> error = builder.add(text, "log", format);
      ASSERT_TRUE(error);
      EXPECT_EQ(error->to_string(),
                std::string("log: the file is saved as UTF-16 (\"Unicode text\"): ") + advice);
      EXPECT_TRUE(builder.log().rejections.empty());
    }
  }
}

// Regression: a file with old-Mac line ends (CR only) read as one rejected record.
TEST(ActivityLogInputChecksTest, NdjsonWithCrOnlyLineEndsIsOneRecordALine) {
  std::string text = testing::activity_json("a", "2024-03-01", "[\"gso\"]") + "\r" +
                     testing::activity_json("b", "2024-03-02", "[\"gso\"]") + "\r\r" +
                     testing::activity_json("c", "2024-02-30", "[\"gso\"]") + "\r";
  ActivityLog log = testing::log_from_json(text, "log.ndjson", InputFormat::kNdjson);
  EXPECT_EQ(log.activities.size(), 2u);
  ASSERT_EQ(log.rejections.size(), 1u);
  EXPECT_EQ(log.rejections[0].problems[0].to_string(),
            "log.ndjson:4:21: field \"date\": \"2024-02-30\" is not a calendar date (write it as "
            "YYYY-MM-DD)");
  // Standard input tells NDJSON from JSON by its first line, ended by a CR too.
  EXPECT_EQ(format_for_input("-", text).value(), InputFormat::kNdjson);
}

// Repeated entries are dropped, the first of each kept in its place: in short lists (compared
// one by one) and long ones (hashed), from JSON and from CSV list cells alike.
TEST(ActivityLogInputChecksTest, ListsKeepTheFirstOfEachEntryInOrder) {
  std::vector<std::string> expected;
  std::string json_tags, csv_tags;
  for (int i = 19; i >= 0; --i) {
    std::string tag = "t" + std::to_string(i);
    expected.push_back(tag);
    json_tags += "\"" + tag + "\", ";
    csv_tags += tag + ";";
  }
  json_tags += "\"t5\", \"t19\", \"t0\"";
  csv_tags += "t5;t19;t0";
  ActivityLog json = testing::log_from_json(
      "[" +
      testing::activity_json("a", "2024-03-01", "[\"gso\", \"clearance\", \"gso\"]",
                             ", \"actions\": [23, 4, 23, 4], \"tags\": [" + json_tags + "]") +
      "]");
  ActivityLog csv = testing::log_from_json(
      "id,date,title,groups,actions,tags\na,2024-03-01,t,gso;clearance;gso,23;4;23;4,\"" +
          csv_tags + "\"\n",
      "log.csv", InputFormat::kCsv);
  for (const ActivityLog* log : {&json, &csv}) {
    ASSERT_EQ(log->activities.size(), 1u) << reasons(*log)[0];
    const Activity& activity = log->activities[0];
    EXPECT_EQ(activity.groups, (std::vector<std::string>{"gso", "clearance"}));
    EXPECT_EQ(activity.actions, (std::vector<int>{23, 4}));
    EXPECT_EQ(activity.tags, expected);
  }
}

// Regression: de-duplication compared each entry with every earlier one (100,000 tags: 40 s).
// The time is bench/'s to watch; here, that such a record reads whole and right.
TEST(ActivityLogInputChecksTest, ARecordOfAHundredThousandDistinctTagsReadsWhole) {
  std::string json_tags, csv_tags;
  for (int i = 0; i < 100000; ++i) {
    json_tags += (i == 0 ? "\"t" : ", \"t") + std::to_string(i) + "\"";
    csv_tags += (i == 0 ? "t" : ";t") + std::to_string(i);
  }
  ActivityLog json = testing::log_from_json(
      "[" +
      testing::activity_json("a", "2024-03-01", "[\"gso\"]", ", \"tags\": [" + json_tags + "]") +
      "]");
  ActivityLog csv = testing::log_from_json(
      "id,date,title,groups,tags\na,2024-03-01,t,gso,\"" + csv_tags + ";t7\"\n", "log.csv",
      InputFormat::kCsv);
  for (const ActivityLog* log : {&json, &csv}) {
    ASSERT_EQ(log->activities.size(), 1u);
    const auto& tags = log->activities[0].tags;
    ASSERT_EQ(tags.size(), 100000u);
    EXPECT_EQ(tags.front(), "t0");
    EXPECT_EQ(tags[54321], "t54321");
    EXPECT_EQ(tags.back(), "t99999");
  }
}

// A sheet's comment rows are counted with the input; an id starting with "#" is a record.
// A row whose first cell starts with "#" is a comment after the header row too (earlier
// templates wrote their example as "#example-001": it must not become an activity).
TEST(ActivityLogInputChecksTest, CsvCommentRowsAreCountedWhereverTheyStand) {
  ActivityLog log = testing::log_from_json(
      "# exported from the register\nid,date,title,groups\n# a note\n"
      "#12,2024-03-01,Meeting,gso\nb,2024-03-02,Meeting,gso\n",
      "log.csv", InputFormat::kCsv);
  ASSERT_EQ(log.inputs.size(), 1u);
  EXPECT_EQ(log.inputs[0].records, 1u);
  EXPECT_EQ(log.inputs[0].accepted, 1u);
  ASSERT_EQ(log.warnings.size(), 1u);
  EXPECT_EQ(log.warnings[0].to_string(),
            "log.csv: 3 rows were skipped as comments (their first cell starts with \"#\"; to "
            "count such a row as an activity, remove the \"#\")");
  ASSERT_EQ(log.activities.size(), 1u);
  EXPECT_EQ(log.activities[0].id, "b");
}

}  // namespace
}  // namespace lapaudit
