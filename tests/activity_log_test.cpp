// SPDX-License-Identifier: Apache-2.0
// The activity log of a run: every input, every format, and no record lost.

#include <gtest/gtest.h>

#include <filesystem>
#include <string>
#include <vector>

#include "load/activity_log_builder.hpp"
#include "load/input_text.hpp"
#include "test_util.hpp"

namespace lapaudit {
namespace {

std::vector<std::string> places_and_reasons(const ActivityLog& log) {
  std::vector<std::string> out;
  for (const auto& rejection : log.rejections) {
    out.push_back(rejection.place.file + ":" + std::to_string(rejection.place.line) + " [" +
                  rejection.id + "] " + rejection.reason);
  }
  return out;
}

void expect_nothing_lost(const ActivityLog& log) {
  for (const auto& input : log.inputs) {
    EXPECT_EQ(input.records, input.accepted + input.rejected) << input.path;
  }
}

const char* kCsv =
    "\xEF\xBB\xBFid,date,title,groups,actions,women,men,other\r\n"
    "a,2024-03-01,Women in clearance,clearance,23,3,2,0\r\n"
    "b,2024-02-30,Bad date,gso,4,,,\r\n"
    "c,2024-03-03,\"Survey, marking\r\nand clearance\",victims,abc,,-1,\r\n"
    "d,2024-03-04,Fine,gso,4,,,\r\n";

TEST(ActivityLogTest, CsvWithBomAndCrlfLoadsAndRejectsWithLines) {
  ActivityLog log = testing::log_from_json(kCsv, "log.csv", InputFormat::kCsv);
  ASSERT_EQ(log.inputs.size(), 1u);
  EXPECT_EQ(log.inputs[0].records, 4u);
  EXPECT_EQ(log.inputs[0].accepted, 2u);
  EXPECT_EQ(log.inputs[0].rejected, 2u);
  ASSERT_EQ(log.activities.size(), 2u);
  EXPECT_EQ(log.activities[0].id, "a");  // the BOM is not part of the first column's name
  EXPECT_EQ(log.activities[1].place.line, 6);
  EXPECT_EQ(places_and_reasons(log),
            (std::vector<std::string>{
                "log.csv:3 [b] field \"date\": \"2024-02-30\" is not a calendar date (write it "
                "as YYYY-MM-DD)",
                "log.csv:4 [c] field \"groups\": unknown group \"victims\", did you mean "
                "\"victim-assistance\"?"}));
  EXPECT_EQ(log.inputs[0].record_warnings, 2u);  // "abc" and -1: optional, reject nothing
  expect_nothing_lost(log);
}

TEST(ActivityLogTest, NdjsonBrokenLineIsARejectionAndLaterLinesLoad) {
  ActivityLog log =
      testing::log_from_json(testing::activity_json("a", "2024-03-01", R"(["gso"])") + "\n\n" +
                                 R"({"id": "b", "date": "2024-03-02", "title": "cut)" + "\n" +
                                 testing::activity_json("c", "2024-02-30", R"(["gso"])") + "\r\n" +
                                 testing::activity_json("d", "2024-03-04", R"(["gso"])") + "\n",
                             "log.ndjson", InputFormat::kNdjson);
  EXPECT_EQ(log.inputs[0].records, 4u);
  EXPECT_EQ(log.inputs[0].accepted, 2u);
  ASSERT_EQ(log.rejections.size(), 2u);
  EXPECT_EQ(log.rejections[0].place.line, 3);
  EXPECT_EQ(log.rejections[0].reason,
            "not a JSON record: a text value is not closed with a quotation mark (is the file "
            "complete?)");
  EXPECT_EQ(log.rejections[1].place.line, 4);
  EXPECT_EQ(log.rejections[1].problems[0].column, 21);
  EXPECT_EQ(log.activities[1].place.line, 5);
  expect_nothing_lost(log);
}

TEST(ActivityLogTest, DuplicateIdAcrossFilesNamesBothPlaces) {
  ActivityLogBuilder builder(testing::default_rules());
  ASSERT_FALSE(builder
                   .add("[" + testing::activity_json("a", "2024-03-01", R"(["gso"])") + "]",
                        "first.json", InputFormat::kJson)
                   .has_value());
  ASSERT_FALSE(builder
                   .add("id,date,title,groups\nb,2024-03-01,t,gso\na,2024-03-02,t,gso\n",
                        "second.csv", InputFormat::kCsv)
                   .has_value());
  ActivityLog log = builder.take();
  EXPECT_EQ(places_and_reasons(log),
            (std::vector<std::string>{
                "second.csv:3 [a] field \"id\": \"a\" is used twice: first at first.json:1"}));
  EXPECT_EQ(log.inputs[1].records, 2u);
  EXPECT_EQ(log.inputs[1].rejected, 1u);
  expect_nothing_lost(log);
}

TEST(ActivityLogTest, EmptyFileIsAClearErrorInEveryFormat) {
  struct Case {
    InputFormat format;
    const char* text;
    const char* message;
  };
  for (const auto& [format, text, message] :
       {Case{InputFormat::kJson, "", "the file is empty: expected a list of activities"},
        Case{InputFormat::kNdjson, "\n  \r\n", "the file is empty: expected one activity per line"},
        Case{InputFormat::kCsv, "\xEF\xBB\xBF",
             "the file is empty: expected a header row naming the columns, then one activity per "
             "row"}}) {
    ActivityLogBuilder builder(testing::default_rules());
    std::optional<Error> error = builder.add(text, "log", format);
    ASSERT_TRUE(error);
    EXPECT_EQ(error->to_string(), std::string("log: ") + message);
  }
}

TEST(ActivityLogTest, CsvRowsBeforeABrokenQuoteStayCounted) {
  ActivityLogBuilder builder(testing::default_rules());
  std::optional<Error> error =
      builder.add("id,date,title,groups\na,2024-03-01,t,gso\nb,2024-03-01,\"t,gso\n", "log.csv",
                  InputFormat::kCsv);
  ASSERT_TRUE(error);
  EXPECT_EQ(error->line, 3);
  EXPECT_EQ(builder.log().inputs[0].records, 1u);
  EXPECT_EQ(builder.log().activities.size(), 1u);
}

TEST(ActivityLogTest, UnknownCsvColumnIsOneWarning) {
  ActivityLog log = testing::log_from_json(
      "id,date,title,groups,Notes\na,2024-03-01,t,gso,x\nb,2024-03-01,t,gso,y\n", "log.csv",
      InputFormat::kCsv);
  ASSERT_EQ(log.warnings.size(), 1u);
  EXPECT_EQ(log.warnings[0].to_string(),
            "log.csv:1: column \"Notes\" is not an activity field and is ignored");
  EXPECT_EQ(log.activities.size(), 2u);
}

TEST(ActivityLogTest, SameRecordsWhateverTheFormat) {
  ActivityLog json = testing::log_from_json(
      R"([{"id": "a", "date": "2024-03-01", "title": "Women, \"peace\"", "groups": ["gso", "clearance"],
          "actions": [4, 23], "partners": ["unidir"], "gender_marker": 1, "tags": ["gender"],
          "participants": {"women": 3, "men": 2, "other": 1}, "sadd": false, "kind": "meeting"}])");
  ActivityLog ndjson = testing::log_from_json(
      R"({"id": "a", "date": "2024-03-01", "title": "Women, \"peace\"", "groups": ["gso", "clearance"], "actions": [4, 23], "partners": ["unidir"], "gender_marker": 1, "tags": ["gender"], "participants": {"women": 3, "men": 2, "other": 1}, "sadd": false, "kind": "meeting"})",
      "log.ndjson", InputFormat::kNdjson);
  ActivityLog csv = testing::log_from_json(
      "kind,sadd,other,men,women,tags,gender_marker,partners,actions,groups,title,date,id\n"
      "meeting,FALSE,1,2,3,gender,1,unidir,4;23,gso;clearance,\"Women, \"\"peace\"\"\","
      "2024-03-01,a\n",
      "log.csv", InputFormat::kCsv);
  for (const ActivityLog* other : {&ndjson, &csv}) {
    ASSERT_EQ(other->activities.size(), 1u);
    const Activity& a = json.activities.at(0);
    const Activity& b = other->activities[0];
    EXPECT_EQ(b.title, a.title);
    EXPECT_EQ(b.groups, a.groups);
    EXPECT_EQ(b.actions, a.actions);
    EXPECT_EQ(b.partners, a.partners);
    EXPECT_EQ(b.gender_marker, a.gender_marker);
    EXPECT_EQ(b.tags, a.tags);
    EXPECT_EQ(b.participants->other, a.participants->other);
    EXPECT_EQ(b.sadd, a.sadd);
    EXPECT_EQ(b.kind, a.kind);
  }
}

TEST(ActivityLogTest, FormatComesFromTheNameOrForStandardInputFromTheText) {
  EXPECT_EQ(format_for_path("a.csv").value(), InputFormat::kCsv);
  EXPECT_EQ(format_for_path("a.jsonl").value(), InputFormat::kNdjson);
  EXPECT_EQ(format_for_path("a.xlsx").error().message,
            "cannot tell the format from the file name: use .json, .ndjson, .jsonl or .csv");
  EXPECT_EQ(format_for_input("-", "[{\"id\": 1}]").value(), InputFormat::kJson);
  EXPECT_EQ(format_for_input("-", "{\n\"activities\": []}").value(), InputFormat::kJson);
  EXPECT_EQ(format_for_input("-", "{\"activities\": []}").value(), InputFormat::kJson);
  EXPECT_EQ(format_for_input("-", "{\"id\": \"a\"}\n{\"id\": \"b\"}\n").value(),
            InputFormat::kNdjson);
  EXPECT_EQ(format_for_input("-", "\xEF\xBB\xBFid,date,title,groups\n").value(), InputFormat::kCsv);
  EXPECT_EQ(format_for_input("log.json", "id,date\n").value(), InputFormat::kJson);
}

}  // namespace
}  // namespace lapaudit

namespace lapaudit {
namespace {

// A log of `count` records in `format` (JSON, NDJSON or CSV), every 1000th with an unknown
// group, so that rejections come from all over the file.
std::string large_log(std::size_t count, InputFormat format) {
  std::string out = format == InputFormat::kJson  ? "[\n"
                    : format == InputFormat::kCsv ? "id,date,title,groups,actions\n"
                                                  : "";
  for (std::size_t i = 0; i < count; ++i) {
    std::string id = "rec-" + std::to_string(i);
    std::string group = i % 1000 == 999 ? "no-such-group" : "clearance";
    std::string title = "Meeting " + std::to_string(i) + " on survey and clearance with women";
    if (format == InputFormat::kCsv) {
      out += id + ",2024-03-01," + title + "," + group + ",23\n";
      continue;
    }
    out += "{\"id\": \"" + id + "\", \"date\": \"2024-03-01\", \"title\": \"" + title +
           "\", \"groups\": [\"" + group + "\"], \"actions\": [23]}";
    if (format == InputFormat::kJson) out += i + 1 < count ? ",\n" : "\n]\n";
    if (format == InputFormat::kNdjson) out += "\n";
  }
  return out;
}

// A file read through InputText loads exactly as the same text held in memory (a file is read
// whole, so a few megabytes are enough to cover more than one read of the file).
TEST(ActivityLogTest, AFileLoadsAsTheSameTextHeld) {
  for (auto [format, name] : {std::pair{InputFormat::kJson, "large.json"},
                              std::pair{InputFormat::kNdjson, "large.ndjson"},
                              std::pair{InputFormat::kCsv, "large.csv"}}) {
    std::string content = large_log(20'000, format);
    std::string path = testing::temp_path(name);
    testing::write_file(path, content);
    auto input = InputText::open(path);
    ASSERT_TRUE(input.ok()) << input.error().to_string();

    ActivityLogBuilder read(testing::default_rules());
    ASSERT_FALSE(read.add(input->view(), path, format));
    ActivityLogBuilder held(testing::default_rules());
    ASSERT_FALSE(held.add(std::string_view(content), path, format));

    const ActivityLog& a = read.log();
    const ActivityLog& b = held.log();
    EXPECT_EQ(a.inputs[0].digest, b.inputs[0].digest) << name;
    EXPECT_EQ(a.inputs[0].records, 20'000u) << name;
    EXPECT_EQ(a.activities.size(), b.activities.size()) << name;
    EXPECT_EQ(a.rejections.size(), 20u) << name;
    EXPECT_EQ(places_and_reasons(a), places_and_reasons(b)) << name;
    EXPECT_EQ(a.activities.back().id, "rec-19998") << name;
    expect_nothing_lost(a);
    std::filesystem::remove(path);
  }
}

}  // namespace
}  // namespace lapaudit
