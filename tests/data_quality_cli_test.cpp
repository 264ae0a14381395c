// SPDX-License-Identifier: Apache-2.0
// End to end: the three reports of issue 22 that misled a reader now open with what they rest
// on, and --max-rejected-share makes too many rejected records an error.

#include <gtest/gtest.h>

#include "test_util.hpp"

namespace lapaudit {
namespace {

using testing::run_lapaudit;

// The text before the first table: what a reader sees first.
std::string opening(const std::string& report) {
  return report.substr(0, report.find("\nGender-relevant actions"));
}

TEST(DataQualityCliTest, ASheetMostlyRejectedSaysSoFirst) {
  auto result = run_lapaudit("audit --cycle 12MSP fixtures/misleading/excel-dates.csv");
  EXPECT_EQ(result.exit_code, 1) << result.err;
  std::string top = opening(result.out);
  EXPECT_NE(top.find("Records: 21 read, 8 accepted, 13 rejected, 1 outside the period."),
            std::string::npos)
      << top;
  EXPECT_NE(top.find("Warning: 13 of the 21 records read (62%) were rejected, so this report "
                     "rests on 8 accepted records only"),
            std::string::npos)
      << top;
}

TEST(DataQualityCliTest, TheSideEventFindingNamesTheRejectedSideEvent) {
  auto result = run_lapaudit("audit --cycle 12MSP fixtures/misleading/excel-dates.csv");
  auto side_event = result.out.find("cycle 12MSP: ");
  ASSERT_NE(side_event, std::string::npos) << result.out;
  std::string after =
      result.out.substr(side_event, result.out.find("\n  [", side_event + 1) - side_event);
  EXPECT_NE(after.find("A rejected record could change this finding: "
                       "fixtures/misleading/excel-dates.csv:20 (\"12msp-033\"), which mentions "
                       "side event. Correct it and run the audit again."),
            std::string::npos)
      << after;
}

TEST(DataQualityCliTest, ACycleWithoutRecordsSaysSoFirst) {
  auto result = run_lapaudit("audit --cycle 3RC --format json fixtures/ccm-12msp.json");
  EXPECT_EQ(result.exit_code, 1) << result.err;
  auto quality = result.out.find("\"data_quality\"");
  auto actions = result.out.find("\"actions\"");
  ASSERT_NE(quality, std::string::npos);
  EXPECT_LT(quality, actions);
  EXPECT_NE(result.out.find("\"code\": \"nothing-in-period\""), std::string::npos) << result.out;
  auto text = run_lapaudit("audit --cycle 3RC fixtures/ccm-12msp.json");
  EXPECT_NE(opening(text.out).find("Warning: None of the 35 records accepted lies in the period "
                                   "2025-09-19 to 2026-09-30 (cycle 3RC)"),
            std::string::npos)
      << text.out;
}

TEST(DataQualityCliTest, AnIgnoredColumnThatLooksLikeAFieldIsNamedFirst) {
  auto result = run_lapaudit("audit --cycle 12MSP fixtures/misleading/lap-actions-header.csv");
  EXPECT_NE(
      opening(result.out)
          .find("Warning: Column \"LAP actions\" in the header row of "
                "fixtures/misleading/lap-actions-header.csv was ignored: it is not an activity "
                "field, but it looks like \"actions\"."),
      std::string::npos)
      << result.out;
  auto json =
      run_lapaudit("audit --cycle 12MSP --format json fixtures/misleading/lap-actions-header.csv");
  EXPECT_NE(json.out.find("\"field\": \"LAP actions\",\n        \"resembles\": \"actions\""),
            std::string::npos)
      << json.out;
}

TEST(DataQualityCliTest, EveryFormatOpensWithTheCounts) {
  for (const char* format : {"markdown", "html", "csv"}) {
    auto result = run_lapaudit(std::string("audit --cycle 12MSP --format ") + format +
                               " fixtures/misleading/excel-dates.csv");
    auto counts = result.out.find("Records: 21 read, 8 accepted, 13 rejected");
    auto warning = result.out.find("13 of the 21 records read (62%) were rejected");
    ASSERT_NE(counts, std::string::npos) << format << result.out;
    ASSERT_NE(warning, std::string::npos) << format;
    EXPECT_LT(warning, result.out.find("12msp-0")) << format;
  }
  for (const char* command : {"gaps --group victim-assistance", "explain --action 31"}) {
    auto result =
        run_lapaudit(std::string(command) + " --cycle 12MSP fixtures/misleading/excel-dates.csv");
    EXPECT_NE(result.out.find("Records: 21 read, 8 accepted, 13 rejected"), std::string::npos)
        << command << result.out;
    EXPECT_NE(result.out.find("Warning: 13 of the 21 records read"), std::string::npos) << command;
  }
}

TEST(DataQualityCliTest, MaxRejectedShareMakesALargerShareAnError) {
  auto over = run_lapaudit(
      "audit --max-rejected-share 25% -o /dev/null fixtures/misleading/excel-dates.csv");
  EXPECT_EQ(over.exit_code, 2);
  EXPECT_NE(over.err.find("lapaudit: 13 of the 21 records read (62%) were rejected, more than "
                          "--max-rejected-share allows (25%)."),
            std::string::npos)
      << over.err;
  auto under = run_lapaudit("audit --max-rejected-share 0.7 fixtures/misleading/excel-dates.csv");
  EXPECT_EQ(under.exit_code, 1) << under.err;
  auto bad = run_lapaudit("audit --max-rejected-share lots fixtures/ccm-12msp.json");
  EXPECT_EQ(bad.exit_code, 2);
  EXPECT_NE(bad.err.find("\"lots\" is not a share: write a number from 0 to 1 (0.25) or a "
                         "percentage (25%)"),
            std::string::npos)
      << bad.err;
}

}  // namespace
}  // namespace lapaudit
