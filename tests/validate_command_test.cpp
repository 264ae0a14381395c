// SPDX-License-Identifier: Apache-2.0
// End to end: `lapaudit validate` lists every problem of every input in one go, sorted by input
// and line, then one summary line; exit 0 when clean, 2 otherwise.

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <string>

#include "test_util.hpp"

namespace lapaudit {
namespace {

using testing::run_lapaudit;

// A temporary folder of small logs, removed at the end of the test.
class ValidateCommandTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() /
           ("lapaudit-validate-" + std::to_string(::getpid()) + "-" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::create_directories(dir_);
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }

  std::string write(const std::string& name, const std::string& content) {
    std::string path = (dir_ / name).string();
    testing::write_file(path, content);
    return path;
  }

  std::filesystem::path dir_;
};

TEST_F(ValidateCommandTest, CleanInputsInEveryFormatExitZero) {
  auto result = run_lapaudit("validate fixtures/silo-victim-assistance.json fixtures/hostile.json");
  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(result.out,
            "0 problems, 0 warnings; 2 inputs, 12 records: 12 accepted, 0 rejected; rule set "
            "ccm-lap-gender\n");
}

// The example logs list actions 28 and 29 for victim-assistance, as the map had it before the
// correction: each such activity is a warning that names the group that carries the action in
// its cycle (clearance, then risk-education), and the records are still accepted.
TEST_F(ValidateCommandTest, AnActionNoneOfTheActivitysGroupsCarriesIsAWarning) {
  auto result = run_lapaudit("validate fixtures/ccm-12msp.csv fixtures/ccm-13msp.json");
  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_NE(result.out.find("fixtures/ccm-12msp.csv:11: warning: \"12msp-010\": action 28 is "
                            "carried by clearance in the 12MSP cycle, and none of its groups "
                            "(victim-assistance) carries it: the activity covers the action for "
                            "no group. If clearance took part, add it to the groups; otherwise "
                            "check the action number\n"),
            std::string::npos)
      << result.out;
  EXPECT_NE(result.out.find("fixtures/ccm-13msp.json:107: warning: \"13msp-009\": action 28 is "
                            "carried by risk-education in the 13MSP cycle"),
            std::string::npos)
      << result.out;
  EXPECT_NE(result.out.find("0 problems, 9 warnings; 2 inputs, 60 records: 60 accepted, 0 "
                            "rejected; rule set ccm-lap-gender\n"),
            std::string::npos)
      << result.out;
}

TEST_F(ValidateCommandTest, AGroupBeforeItJoinedTheCommitteeIsAWarning) {
  std::string log = write("early.json", R"([
    {"id": "re-1", "date": "2024-05-02", "title": "Risk education and gender",
     "groups": ["risk-education", "clearance"], "actions": [28], "gender_marker": 2}
  ])");
  auto result = run_lapaudit("validate " + log);
  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_NE(result.out.find(log + ":2: warning: \"re-1\": risk-education joins the Coordination "
                                  "Committee only with the 13MSP cycle (2024-09-14), so on "
                                  "2024-05-02 its part in this activity counts for no working "
                                  "group; check the date or the group\n"),
            std::string::npos)
      << result.out;
}

TEST_F(ValidateCommandTest, EveryProblemSortedByInputThenLineThenSummary) {
  std::string csv = write("b.csv",
                          "id,date,title,groups,actions\n"
                          "x1,2024-03-01,t,gso,abc\n"
                          "x2,2024-02-30,t,victims,4\n");
  std::string json = write("a.json", R"([
  {"id": "y1", "date": "2024-03-01", "title": "t", "groups": ["gso"], "gender_marker": 5},
  {"id": "x1", "date": "2024-03-01", "title": "t", "groups": ["gso"]}
])");
  auto result = run_lapaudit("validate " + csv + " " + json);
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_EQ(result.out,
            csv +
                ":2: warning: field \"actions\": \"abc\" is not an action number (a whole "
                "number); the activity is kept without it\n" +
                csv +
                ":3: field \"date\": \"2024-02-30\" is not a calendar date (write it as "
                "YYYY-MM-DD)\n" +
                csv +
                ":3: field \"groups\": unknown group \"victims\", did you mean "
                "\"victim-assistance\"?\n" +
                json +
                ":2:88: warning: field \"gender_marker\": 5 is not a gender marker (0, 1 or 2); "
                "read as no marker, so the activity's tags and words decide whether it is "
                "gender-related\n" +
                json + ":3: field \"id\": \"x1\" is used twice: first at " + csv + ":2\n" +
                "3 problems, 2 warnings; 2 inputs, 4 records: 2 accepted, 2 rejected; rule set "
                "ccm-lap-gender\n");
}

TEST_F(ValidateCommandTest, ChecksTheWorkPlanAndTheWaiversToo) {
  auto clean = run_lapaudit(
      "validate --plan fixtures/workplan-2023-2024.json --waivers fixtures/waivers-12msp.json "
      "fixtures/ccm-12msp.json");
  EXPECT_EQ(clean.exit_code, 0) << clean.out << clean.err;
  std::string plan = write("plan.json", R"({"name": "p", "start": "2023-09-15",
 "items": [{"id": "a", "title": "Meet", "kind": "meting", "quarter": "2024-Q1"}]})");
  std::string waivers = write("waivers.json", R"([{"rule": "no-such-rule",
  "subject": {"kind": "group", "id": "gso"}, "reason": "r", "expires": "2025-01-01"}])");
  auto result = run_lapaudit("validate --plan " + plan + " --waivers " + waivers +
                             " fixtures/ccm-12msp.json");
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_NE(result.out.find(plan + ":2:49: unknown kind \"meting\", did you mean \"meeting\"?"),
            std::string::npos)
      << result.out;
  EXPECT_NE(result.out.find(waivers + ":1:11: unknown rule \"no-such-rule\""), std::string::npos)
      << result.out;
  EXPECT_NE(result.out.find("3 problems, 6 warnings; 1 input, 35 records"), std::string::npos)
      << result.out;
}

TEST_F(ValidateCommandTest, ReadsEachFormatFromStandardInput) {
  for (const char* text :
       {R"([{"id": "a", "date": "2024-03-01", "title": "t", "groups": ["gso"]}])",
        "{\"id\": \"a\", \"date\": \"2024-03-01\", \"title\": \"t\", \"groups\": [\"gso\"]}\n"
        "{\"id\": \"b\", \"date\": \"2024-03-01\", \"title\": \"t\", \"groups\": [\"gso\"]}\n",
        "id,date,title,groups\r\na,2024-03-01,t,gso\r\nb,2024-03-01,t,gso\r\n"}) {
    auto result = run_lapaudit("validate -", text);
    EXPECT_EQ(result.exit_code, 0) << text << result.out << result.err;
    EXPECT_EQ(result.out.find("0 problems, 0 warnings; 1 input, "), 0u) << result.out;
  }
}

TEST_F(ValidateCommandTest, UnreadableInputIsOneProblemAndTheOthersAreStillChecked) {
  std::string bad = write("log.ndjson", R"({"id": "a", "date": "2024-03-01", "title": "t"})");
  auto result = run_lapaudit("validate fixtures/no-such.csv notes.txt " + bad);
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_EQ(result.out,
            "fixtures/no-such.csv: cannot be read: No such file or directory\n"
            "notes.txt: cannot tell the format from the file name: use .json, .ndjson, .jsonl "
            "or .csv\n" +
                bad +
                ":1:1: field \"groups\": missing (every activity needs an id, a date, a title "
                "and at least one group)\n"
                "3 problems, 0 warnings; 3 inputs, 1 record: 0 accepted, 1 rejected; rule set "
                "ccm-lap-gender\n");
}

TEST_F(ValidateCommandTest, WarningsAreListedButDoNotFail) {
  std::string csv = write("log.csv", "id,date,title,groups,Notes\na,2024-03-01,t,gso,x\n");
  auto result = run_lapaudit("validate " + csv);
  EXPECT_EQ(result.exit_code, 0);
  EXPECT_EQ(result.out,
            csv + ":1: warning: column \"Notes\" is not an activity field and is ignored\n" +
                "0 problems, 1 warning; 1 input, 1 record: 1 accepted, 0 rejected; rule set "
                "ccm-lap-gender\n");
}

TEST_F(ValidateCommandTest, BrokenRuleSetIsExitTwo) {
  auto result = run_lapaudit("validate --rules /nonexistent-rules fixtures/ccm-12msp.csv");
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_EQ(result.out, "");
  EXPECT_NE(result.err.find("the rule set /nonexistent-rules cannot be used"), std::string::npos);
}

TEST_F(ValidateCommandTest, AuditTakesMixedFormatsAndCountsEveryInput) {
  std::string ndjson = write(
      "c.ndjson", R"({"id": "n1", "date": "2024-03-01", "title": "Gender", "groups": ["gso"]})"
                  "\n{broken\n");
  auto result =
      run_lapaudit("audit --format json fixtures/ccm-12msp.csv " + ndjson + " -",
                   R"([{"id": "s1", "date": "2024-03-02", "title": "t", "groups": ["x"]}])");
  EXPECT_EQ(result.exit_code, 1) << result.err;
  EXPECT_NE(result.out.find(R"("records": 35,
      "accepted": 35,
      "rejected": 0,)"),
            std::string::npos)
      << result.out;
  EXPECT_NE(result.out.find(R"("records": 2,
      "accepted": 1,
      "rejected": 1,)"),
            std::string::npos);
  EXPECT_NE(result.out.find(R"("file": "-",
      "line": 1,
      "id": "s1",
      "reason": "field \"groups\": unknown group \"x\"")"),
            std::string::npos)
      << result.out;
  auto strict = run_lapaudit("audit --strict fixtures/ccm-12msp.csv " + ndjson);
  EXPECT_EQ(strict.exit_code, 2);
  EXPECT_EQ(strict.out, "");
  EXPECT_NE(strict.err.find("lapaudit: 1 record rejected; --strict allows none"), std::string::npos)
      << strict.err;
}

}  // namespace
}  // namespace lapaudit

namespace lapaudit {
namespace {

// Issue 23, end to end on a sheet as a German Excel saves one filled in by hand: every slip of
// the issue's first paragraph. Without --date-order the two dates written with "." and "/" are
// the only rejections, each message giving both readings; with it every record is accepted,
// the slips corrected or left out with a warning each.
TEST(ValidateExcelSlipsTest, OnlyTheDatesOfUnknownOrderReject) {
  auto result = testing::run_lapaudit("validate fixtures/excel-slips.csv");
  EXPECT_EQ(result.exit_code, 2) << result.err;
  EXPECT_EQ(result.err, "");
  testing::expect_golden(result.out, "tests/golden/validate/excel-slips.txt");
}

TEST(ValidateExcelSlipsTest, WithTheDateOrderEveryActivityIsKept) {
  auto result = testing::run_lapaudit("validate --date-order DMY fixtures/excel-slips.csv");
  EXPECT_EQ(result.exit_code, 0) << result.out;
  EXPECT_EQ(result.err, "");
  testing::expect_golden(result.out, "tests/golden/validate/excel-slips-dmy.txt");
  EXPECT_NE(result.out.find("0 problems"), std::string::npos);
  EXPECT_NE(result.out.find("5 accepted"), std::string::npos);
}

TEST(ValidateExcelSlipsTest, TheSameSlipsInJsonAreKept) {
  auto result = testing::run_lapaudit("validate fixtures/json-slips.json");
  EXPECT_EQ(result.exit_code, 0) << result.out;
  testing::expect_golden(result.out, "tests/golden/validate/json-slips.txt");
}

// The warnings reach the report: data_quality counts them, and the activities count.
TEST(ValidateExcelSlipsTest, TheJsonReportCountsTheWarnings) {
  auto result = testing::run_lapaudit(
      "audit --format json --date-order dmy --from 2023-01-01 --to 2024-12-31 "
      "fixtures/excel-slips.csv");
  EXPECT_LE(result.exit_code, 1) << result.err;
  EXPECT_NE(result.out.find("\"accepted\": 5,\n    \"rejected\": 0,"), std::string::npos)
      << result.out.substr(0, 1500);
  EXPECT_NE(result.out.find("\"record_warnings\": 5,"), std::string::npos)
      << result.out.substr(0, 1500);
}

}  // namespace
}  // namespace lapaudit
