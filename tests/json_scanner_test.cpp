#include "json_scanner.hpp"

#include <gtest/gtest.h>

#include <vector>

namespace lapaudit {
namespace {

TEST(JsonScannerTest, KnowsWhereEachValueStands) {
  auto json = scan_json_document("{\n  \"a\": 1,\n  \"b\": [\"x\",\n    \"y\"]\n}", "f.json");
  ASSERT_TRUE(json.ok());
  EXPECT_EQ(json->place_of("/a").line, 2);
  EXPECT_EQ(json->place_of("/a").column, 8);
  EXPECT_EQ(json->place_of("/b/1").line, 4);
  EXPECT_EQ(json->place_of("/b/1").column, 5);
  EXPECT_EQ(json->place_of("/b/7").line, 3);  // falls back to the parent
}

TEST(JsonScannerTest, StreamsRecordsOfAnArrayOrOfActivities) {
  for (std::string text : {"[{\"id\": 1},\n{\"id\": 2}]",
                           "{\"note\": \"x\", \"activities\": [{\"id\": 1},\n{\"id\": 2}]}"}) {
    std::vector<int> lines;
    auto count = scan_json_records(text, "f.json", "activities", [&](const LocatedJson& record) {
      lines.push_back(record.place_of("").line);
    });
    ASSERT_TRUE(count.ok()) << count.error().to_string();
    EXPECT_EQ(count.value(), 2u);
    EXPECT_EQ(lines, (std::vector<int>{1, 2}));
  }
}

TEST(JsonScannerTest, TruncatedFileNamesThePlace) {
  auto count = scan_json_records("[{\"id\": 1},\n{\"id\": ", "log.json", "activities",
                                 [](const LocatedJson&) {});
  ASSERT_FALSE(count.ok());
  EXPECT_EQ(count.error().file, "log.json");
  EXPECT_EQ(count.error().line, 2);
}

TEST(JsonScannerTest, ASingleValueIsNotAList) {
  auto count = scan_json_records("\"hello\"", "log.json", "activities", [](const LocatedJson&) {});
  ASSERT_FALSE(count.ok());
  EXPECT_EQ(count.error().message, "the file holds a single value, not a list of activities");
}

TEST(JsonScannerTest, DeepNestingIsRefusedWithoutCrashing) {
  std::string deep(100000, '[');
  deep += std::string(100000, ']');
  auto json = scan_json_document(deep, "deep.json");
  ASSERT_FALSE(json.ok());
  EXPECT_NE(json.error().message.find("nested more than"), std::string::npos);
}

TEST(JsonScannerTest, InvalidUtf8IsNamed) {
  auto json = scan_json_document("{\"a\": \"caf\xE9\"}", "latin1.json");
  ASSERT_FALSE(json.ok());
  EXPECT_EQ(json.error().to_string(),
            "latin1.json:1:11: the text is not valid UTF-8 here: save the file as UTF-8");
}

}  // namespace
}  // namespace lapaudit
