// SPDX-License-Identifier: Apache-2.0
// Every file of fixtures/bad/ gives exactly the `validate` output kept beside it (NAME.expected),
// and every way to be wrong the issue lists has a file in every format.

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <set>
#include <string>
#include <vector>

#include "test_util.hpp"

namespace lapaudit {
namespace {

namespace fs = std::filesystem;

bool is_expected(const fs::path& path) { return path.extension() == ".expected"; }

// The bad inputs, by name, sorted.
std::vector<std::string> bad_inputs() {
  std::vector<std::string> names;
  for (const auto& entry : fs::directory_iterator(testing::source_path("fixtures/bad"))) {
    std::string name = entry.path().filename().string();
    if (!is_expected(entry.path()) && name != "README.md") names.push_back(name);
  }
  std::sort(names.begin(), names.end());
  return names;
}

// A bad optional value is a warning, not a rejection (issue 23): these files keep every record.
bool only_warns(const std::string& name) {
  std::string way = fs::path(name).stem().string();
  return way == "action-abc" || way == "marker-5" || way == "negative-participants" ||
         way == "huge-integer" || name == "wrong-types.csv";  // the sheet's wrong values: optional
}

TEST(BadFixturesTest, EachGivesItsExpectedValidateOutput) {
  std::vector<std::string> names = bad_inputs();
  ASSERT_FALSE(names.empty());
  for (const auto& name : names) {
    SCOPED_TRACE(name);
    auto result = testing::run_lapaudit("validate fixtures/bad/" + name);
    EXPECT_EQ(result.exit_code, only_warns(name) ? 0 : 2) << result.out;
    EXPECT_EQ(result.err, "");
    testing::expect_golden(result.out, "fixtures/bad/" + name + ".expected");
  }
}

TEST(BadFixturesTest, NoExpectedOutputWithoutItsInput) {
  std::vector<std::string> names = bad_inputs();
  for (const auto& entry : fs::directory_iterator(testing::source_path("fixtures/bad"))) {
    if (!is_expected(entry.path())) continue;
    std::string input = entry.path().stem().string();
    EXPECT_TRUE(std::find(names.begin(), names.end(), input) != names.end())
        << entry.path() << " has no input beside it";
  }
}

TEST(BadFixturesTest, EveryWayToBeWrongInEveryFormat) {
  std::vector<std::string> names = bad_inputs();
  std::set<std::string> have(names.begin(), names.end());
  for (const char* way : {"bad-date", "unknown-group", "action-abc", "duplicate-id", "wrong-types",
                          "marker-5", "negative-participants", "empty"}) {
    for (const char* extension : {".csv", ".json", ".ndjson"}) {
      EXPECT_TRUE(have.count(std::string(way) + extension)) << way << extension;
    }
  }
  for (const char* name : {"missing-column.csv", "missing-field.json", "missing-field.ndjson",
                           "unterminated-quote.csv", "truncated.json", "broken-line.ndjson"}) {
    EXPECT_TRUE(have.count(name)) << name;
  }
}

TEST(BadFixturesTest, CsvFilesAreWrittenAsASpreadsheetSavesThem) {
  for (const auto& name : bad_inputs()) {
    if (fs::path(name).extension() != ".csv" || name == "empty.csv" || name == "utf16.csv") {
      continue;  // UTF-16 line ends are \r\0\n\0
    }
    std::string text = testing::read_file(testing::source_path("fixtures/bad/" + name));
    EXPECT_NE(text.find("\r\n"), std::string::npos) << name;
  }
}

}  // namespace
}  // namespace lapaudit
