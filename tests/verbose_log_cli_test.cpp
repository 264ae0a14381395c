// SPDX-License-Identifier: Apache-2.0
// End to end: -v and -vv tell a focal point, on standard error, how lapaudit read their log and
// judged each record; the report on standard output stays byte for byte the same.

#include <gtest/gtest.h>

#include <string>

#include "test_util.hpp"

namespace lapaudit {
namespace {

using testing::run_lapaudit;

constexpr const char* kRun =
    "audit --from 2023-09-01 --to 2024-10-17 fixtures/ccm-12msp.json fixtures/bad/duplicate-id.csv";

bool has_line(const std::string& text, const std::string& line) {
  return text.find(line + "\n") != std::string::npos;
}

TEST(VerboseLogCliTest, TheReportIsTheSameAtEveryLevel) {
  auto plain = run_lapaudit(kRun);
  auto verbose = run_lapaudit(std::string("-v ") + kRun);
  auto debug = run_lapaudit(std::string("-vv ") + kRun);
  EXPECT_EQ(plain.exit_code, 1) << plain.err;
  EXPECT_FALSE(plain.out.empty());
  EXPECT_EQ(plain.out, verbose.out);
  EXPECT_EQ(plain.out, debug.out);
  EXPECT_EQ(verbose.exit_code, plain.exit_code);
  EXPECT_EQ(plain.err.find("info:"), std::string::npos) << plain.err;
  EXPECT_EQ(verbose.err.find("debug:"), std::string::npos) << verbose.err;
}

TEST(VerboseLogCliTest, VerboseSaysHowEachInputWasReadAndWhatPeriodAndCommitteeJudgedIt) {
  auto result = run_lapaudit(std::string("-v ") + kRun);
  const std::string& err = result.err;
  EXPECT_NE(err.find("lapaudit: info: rule set ccm-lap-gender (sha256:"), std::string::npos) << err;
  EXPECT_TRUE(has_line(err,
                       "lapaudit: info: fixtures/bad/duplicate-id.csv: read as CSV: 2 records, 1 "
                       "accepted, 1 rejected"))
      << err;
  EXPECT_TRUE(has_line(err,
                       "lapaudit: info: fixtures/ccm-12msp.json: read as JSON: 35 records, 35 "
                       "accepted, 0 rejected"))
      << err;
  EXPECT_TRUE(has_line(err,
                       "lapaudit: info: all inputs: 2 inputs, 37 records: 36 accepted, 1 "
                       "rejected"))
      << err;
  EXPECT_TRUE(has_line(err, "lapaudit: info: audited period: 2023-09-01 to 2024-10-17")) << err;
  EXPECT_NE(err.find("lapaudit: info: committee in force on 2024-10-17 (cycle 13MSP): 9 working "
                     "groups: clearance, cooperation, gso, "),
            std::string::npos)
      << err;
  EXPECT_TRUE(has_line(err,
                       "lapaudit: info: committee change within the period, on 2024-09-14: action "
                       "28 passes from clearance to risk-education"))
      << err;
  EXPECT_TRUE(has_line(err,
                       "lapaudit: info: fixtures/ccm-12msp.json: accepted activities outside the "
                       "period (not counted): 1"))
      << err;
}

TEST(VerboseLogCliTest, DebugSaysForEachRecordWhyItCountedOrNot) {
  auto result = run_lapaudit(std::string("-vv ") + kRun);
  const std::string& err = result.err;
  EXPECT_TRUE(has_line(err,
                       "lapaudit: debug: fixtures/ccm-12msp.json:17: activity 12msp-002 of "
                       "2023-09-15, groups gso, actions 4; gender-related (gender marker 2): "
                       "counted for groups gso and actions 4"))
      << err;
  EXPECT_TRUE(has_line(err,
                       "lapaudit: debug: fixtures/ccm-12msp.json:3: activity 12msp-001 of "
                       "2023-08-29, groups gso, stockpile, actions 4; gender-related (gender "
                       "marker 1) but outside the period: not counted"))
      << err;
  EXPECT_TRUE(has_line(err,
                       "lapaudit: debug: fixtures/ccm-12msp.json:171: activity 12msp-014 of "
                       "2024-03-06, groups stockpile, actions 4; not counted: gender marker 0 "
                       "(not gender-related)"))
      << err;
  EXPECT_TRUE(has_line(err,
                       "lapaudit: debug: fixtures/ccm-12msp.json:91: activity 12msp-008 of "
                       "2023-12-05, groups clearance, actions 23; gender-related (term "
                       "\"mujeres\" in the title): counted for groups clearance and actions 23"))
      << err;
  EXPECT_TRUE(has_line(err,
                       "lapaudit: debug: fixtures/bad/duplicate-id.csv:3: record cg-001 rejected: "
                       "field \"id\": \"cg-001\" is used twice: first at "
                       "fixtures/bad/duplicate-id.csv:2"))
      << err;
}

TEST(VerboseLogCliTest, ValidateOfAnInputOverTheSizeLimitAtVerboseSaysTheLimit) {
  // Regression: the per-input line read the summary of an input refused before its first record.
  auto result = run_lapaudit("-v validate --max-input-mb 1 -", std::string(2u << 20, ' ') + "[]");
  EXPECT_EQ(result.exit_code, 2) << result.err;
  EXPECT_NE(result.out.find("standard input: is larger than 1 MiB, the limit for one input"),
            std::string::npos)
      << result.out;
  EXPECT_TRUE(has_line(result.out,
                       "1 problem, 0 warnings; 1 input, 0 records: 0 accepted, 0 rejected; rule "
                       "set ccm-lap-gender"))
      << result.out;
}

}  // namespace
}  // namespace lapaudit
