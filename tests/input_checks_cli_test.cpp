// SPDX-License-Identifier: Apache-2.0
// End to end, the input checks of issue 21 through the real program: a field named twice in a
// log, a rule set file, the plan, the waivers and a report; UTF-16 logs; old-Mac line ends;
// CSV comment rows; an impossible period date in a report given to diff; warnings of one kind
// summarised after ten. Every input is checked byte for byte unchanged afterwards.

#include <gtest/gtest.h>

#include <filesystem>
#include <map>
#include <string>

#include "test_util.hpp"

namespace lapaudit {
namespace {

namespace fs = std::filesystem;
using testing::read_file;
using testing::run_lapaudit;
using testing::write_file;

class InputChecksCliTest : public ::testing::Test {
 protected:
  void SetUp() override {
    folder_ = testing::temp_path("input-checks");
    fs::remove_all(folder_);
    fs::create_directories(folder_);
  }
  void TearDown() override { fs::remove_all(folder_); }

  // A copy of a fixture (relative to the source folder) in the test's folder, remembered.
  std::string copy(const std::string& fixture) {
    std::string to = folder_ + "/" + fs::path(fixture).filename().string();
    fs::copy_file(testing::source_path(fixture), to, fs::copy_options::overwrite_existing);
    originals_[to] = read_file(to);
    return to;
  }
  std::string write(const std::string& name, const std::string& content) {
    std::string to = folder_ + "/" + name;
    write_file(to, content);
    originals_[to] = content;
    return to;
  }
  void expect_inputs_unchanged() {
    for (const auto& [path, content] : originals_) {
      EXPECT_EQ(read_file(path), content) << path << " changed";
    }
  }

  std::string folder_;
  std::map<std::string, std::string> originals_;
};

TEST_F(InputChecksCliTest, ALogRecordNamingAFieldTwiceIsRejectedByValidateAndAudit) {
  std::string json = copy("fixtures/bad/duplicate-key.json");
  std::string ndjson = copy("fixtures/bad/duplicate-key.ndjson");
  auto validate = run_lapaudit("validate " + json + " " + ndjson);
  EXPECT_EQ(validate.exit_code, 2);
  EXPECT_NE(validate.out.find(json + ":4:158: field \"gender_marker\" is given twice in one object "
                                     "(at line 4, column 138 and again at line 4, column 158)"),
            std::string::npos)
      << validate.out;
  EXPECT_NE(validate.out.find("2 inputs, 4 records: 1 accepted, 3 rejected"), std::string::npos);
  auto audit = run_lapaudit("audit --format json " + json);
  EXPECT_NE(audit.exit_code, 2) << audit.err;
  EXPECT_NE(audit.out.find("\"rejected\": 1"), std::string::npos);
  expect_inputs_unchanged();
}

TEST_F(InputChecksCliTest, RuleSetPlanAndWaiversNamingAFieldTwiceAreErrors) {
  std::string rules = folder_ + "/rules";
  fs::copy(testing::source_path("rules"), rules);
  std::string ruleset = read_file(rules + "/ruleset.json");
  ruleset.replace(ruleset.find("{\n") + 2, 0, "  \"name\": \"first\",\n");
  std::string log = copy("fixtures/ccm-12msp.json");
  std::string ruleset_path = write("rules/ruleset.json", ruleset);
  auto result = run_lapaudit("validate --rules " + rules + " " + log);
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_NE(result.err.find(ruleset_path + ":3:3: field \"name\" is given twice in one object (at "
                                           "line 2, column 3 and again at line 3, column 3)"),
            std::string::npos)
      << result.err << result.out;

  std::string waivers = read_file(testing::source_path("fixtures/waivers-12msp.json"));
  waivers.replace(waivers.find("{\n") + 2, 0, "  \"waivers\": [],\n");
  std::string waivers_path = write("waivers.json", waivers);
  result = run_lapaudit("audit --cycle 12MSP --waivers " + waivers_path + " " + log);
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_NE(result.err.find(waivers_path + ":4:3: field \"waivers\" is given twice"),
            std::string::npos)
      << result.err;

  std::string plan = read_file(testing::source_path("fixtures/workplan-2023-2024.json"));
  plan.replace(plan.find("{\n") + 2, 0, "  \"items\": [],\n");
  std::string plan_path = write("plan.json", plan);
  result = run_lapaudit("audit --plan " + plan_path + " " + log);
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_NE(result.err.find(plan_path + ":"), std::string::npos) << result.err;
  EXPECT_NE(result.err.find("field \"items\" is given twice"), std::string::npos) << result.err;
  expect_inputs_unchanged();
}

TEST_F(InputChecksCliTest, Utf16LogsGetTheEncodingMessageInEveryFormat) {
  for (const char* name : {"utf16.json", "utf16.ndjson", "utf16.csv", "utf32.json"}) {
    std::string path = copy(std::string("fixtures/bad/") + name);
    auto result = run_lapaudit("audit " + path);
    EXPECT_EQ(result.exit_code, 2) << name;
    EXPECT_NE(result.err.find(path + ": the file is saved as UTF-"), std::string::npos)
        << result.err;
    EXPECT_EQ(result.err.find("quotation marks"), std::string::npos) << result.err;
  }
  expect_inputs_unchanged();
}

TEST_F(InputChecksCliTest, NdjsonWithCrOnlyLineEndsIsReadLineByLine) {
  std::string path = copy("fixtures/bad/cr-line-ends.ndjson");
  auto result = run_lapaudit("validate " + path);
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_EQ(result.out, path +
                            ":4:26: field \"date\": \"2024-02-30\" is not a calendar date (write "
                            "it as YYYY-MM-DD)\n1 problem, 0 warnings; 1 input, 3 records: 2 "
                            "accepted, 1 rejected; rule set ccm-lap-gender\n");
  // Also from standard input, where the format is told from the first line.
  result = run_lapaudit("validate -", read_file(path));
  EXPECT_NE(result.out.find("-:4:26: field \"date\""), std::string::npos) << result.out;
  expect_inputs_unchanged();
}

// The template's help and example rows are comments: counted, never rejected; a filled-in row
// whose id starts with "#" is a record.
TEST_F(InputChecksCliTest, CsvCommentRowsAreCountedAndReported) {
  std::string sheet = folder_ + "/activities.csv";
  auto made = run_lapaudit("template --format csv -o " + sheet);
  ASSERT_EQ(made.exit_code, 0) << made.err;
  std::string text = read_file(sheet);
  text += "#7,2024-03-05,Gender Focal Points meeting,,,gso,4,,,,,,,,\r\n";
  write("activities.csv", text);
  auto result = run_lapaudit("validate " + sheet);
  EXPECT_EQ(result.exit_code, 0) << result.out;
  EXPECT_EQ(result.out, sheet +
                            ": warning: 3 rows were skipped as comments (their first cell starts "
                            "with \"#\"; to count such a row as an activity, remove the \"#\")\n"
                            "0 problems, 1 warning; 1 input, 0 records: 0 accepted, 0 rejected; "
                            "rule set ccm-lap-gender\n");
  auto audit = run_lapaudit("audit " + sheet);
  EXPECT_NE(audit.exit_code, 2) << audit.err;
  EXPECT_NE(audit.err.find("3 rows were skipped as comments"), std::string::npos) << audit.err;
  expect_inputs_unchanged();
}

// Regression: diff read a forged period of 2024-02-30 as no period, without a word.
TEST_F(InputChecksCliTest, DiffRefusesAReportWithAnImpossiblePeriodDate) {
  std::string log = copy("fixtures/ccm-12msp.json");
  auto report = run_lapaudit("audit --cycle 12MSP --format json " + log);
  ASSERT_NE(report.out.find("\"from\": \"2023-09-15\""), std::string::npos) << report.out;
  std::string good = write("old.json", report.out);
  std::string forged_text = report.out;
  forged_text.replace(forged_text.find("\"from\": \"2023-09-15\""), 20, "\"from\": \"2024-02-30\"");
  std::string forged = write("new.json", forged_text);
  auto result = run_lapaudit("diff " + good + " " + forged);
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_NE(result.err.find(forged + ":"), std::string::npos) << result.err;
  EXPECT_NE(result.err.find("field \"from\": \"2024-02-30\" is not a calendar date"),
            std::string::npos)
      << result.err;
  expect_inputs_unchanged();
}

// Warnings of one kind are summarised after the first ten, each kind on its own.
TEST_F(InputChecksCliTest, RepeatedWarningsOfOneKindAreSummarisedAfterTen) {
  std::string header = "id,date,title,groups,actions";
  std::string row = "w-1,2024-03-05,A meeting,gso,4";
  for (int i = 0; i < 15; ++i) {
    header += ",extra" + std::to_string(i);
    row += ",";
  }
  for (int i = 0; i < 12; ++i) {
    header += ",";
    row += ",x";
  }
  std::string path = write("many.csv", header + "\n" + row + "\n");
  auto result = run_lapaudit("audit " + path);
  EXPECT_NE(result.exit_code, 2) << result.err;
  EXPECT_NE(result.err.find("column \"extra9\" is not an activity field"), std::string::npos);
  EXPECT_EQ(result.err.find("column \"extra10\""), std::string::npos) << result.err;
  EXPECT_NE(result.err.find("5 more warnings like this one are not shown"), std::string::npos)
      << result.err;
  EXPECT_NE(result.err.find("column 30 has no name"), std::string::npos) << result.err;
  EXPECT_EQ(result.err.find("column 31 has no name"), std::string::npos) << result.err;
  EXPECT_NE(result.err.find("2 more warnings like this one are not shown"), std::string::npos)
      << result.err;
  expect_inputs_unchanged();
}

}  // namespace
}  // namespace lapaudit
