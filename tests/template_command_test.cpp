// SPDX-License-Identifier: Apache-2.0
// End to end: `lapaudit template` prints a log that loads as it is, with an example that loads
// once uncommented.

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <string>

#include "test_util.hpp"

namespace lapaudit {
namespace {

using testing::run_lapaudit;

std::string temp_path(const std::string& name) {
  return (std::filesystem::temp_directory_path() /
          ("lapaudit-template-" + std::to_string(::getpid()) + "-" + name))
      .string();
}

TEST(TemplateCommandTest, CsvTemplateMatchesGolden) {
  auto result = run_lapaudit("template --format csv");
  EXPECT_EQ(result.exit_code, 0) << result.err;
  testing::expect_golden(result.out, "tests/golden/template/activities.csv");
  EXPECT_EQ(run_lapaudit("template").out, result.out);  // csv is the default
}

TEST(TemplateCommandTest, JsonTemplateMatchesGolden) {
  auto result = run_lapaudit("template --format json");
  EXPECT_EQ(result.exit_code, 0) << result.err;
  testing::expect_golden(result.out, "tests/golden/template/activities.json");
}

TEST(TemplateCommandTest, TemplatesLoadAsTheyAreWithNoRecord) {
  for (auto [format, notes] :
       {std::pair{"csv", std::string(": warning: 2 rows were skipped as comments (their first "
                                     "cell starts with \"#\"; to count such a row as an "
                                     "activity, remove the \"#\")\n0 problems, 1 warning")},
        std::pair{"json", std::string("0 problems, 0 warnings")}}) {
    std::string path = temp_path(std::string("empty.") + format);
    ASSERT_EQ(run_lapaudit(std::string("template --format ") + format + " -o " + path).exit_code,
              0);
    auto result = run_lapaudit("validate " + path);
    EXPECT_EQ(result.exit_code, 0) << result.out;
    EXPECT_EQ(result.out, (std::string(format) == "csv" ? path : "") + notes +
                              "; 1 input, 0 records: 0 accepted, 0 rejected; rule set "
                              "ccm-lap-gender\n");
    std::filesystem::remove(path);
  }
}

TEST(TemplateCommandTest, UncommentedCsvExampleIsAnAcceptedActivity) {
  std::string text = run_lapaudit("template").out;
  std::size_t example = text.find("\r\n# example-001,");
  ASSERT_NE(example, std::string::npos) << text;
  text.erase(example + 2, 2);
  std::string path = temp_path("example.csv");
  testing::write_file(path, text);
  auto result = run_lapaudit("validate " + path);
  EXPECT_EQ(result.exit_code, 0) << result.out;
  EXPECT_NE(result.out.find("1 row was skipped as comments"), std::string::npos) << result.out;
  EXPECT_NE(result.out.find("1 record: 1 accepted, 0 rejected"), std::string::npos) << result.out;
  std::filesystem::remove(path);
}

TEST(TemplateCommandTest, HelpNamesTheFormats) {
  auto result = run_lapaudit("template --help");
  EXPECT_EQ(result.exit_code, 0);
  EXPECT_NE(result.out.find("Template format (csv: a sheet for Excel or LibreOffice): csv (the "
                            "default) or json"),
            std::string::npos)
      << result.out;
}

TEST(TemplateCommandTest, UnknownFormatIsAUsageError) {
  auto result = run_lapaudit("template --format xlsx");
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_EQ(result.out, "");
}

}  // namespace
}  // namespace lapaudit
