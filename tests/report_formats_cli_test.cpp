// SPDX-License-Identifier: Apache-2.0
// End to end: `audit --format markdown|html|csv` on the bundled example and on the hostile
// fixture (HTML, formulas, quotes, line breaks, right-to-left and non-Latin text in its records),
// compared byte for byte with the reviewed files in tests/golden/reports/.

#include <gtest/gtest.h>

#include "test_util.hpp"

namespace lapaudit {
namespace {

using testing::expect_golden;
using testing::run_lapaudit;

void expect_report_golden(const std::string& args, const std::string& golden) {
  auto result = run_lapaudit(args);
  EXPECT_EQ(result.exit_code, 1) << result.err;
  EXPECT_EQ(result.err, "");
  expect_golden(result.out, "tests/golden/reports/" + golden);
}

TEST(ReportFormatsCliTest, ExampleMarkdownMatchesGolden) {
  expect_report_golden("audit --cycle 12MSP --format markdown fixtures/ccm-12msp.json",
                       "ccm-12msp.md");
}

TEST(ReportFormatsCliTest, ExampleHtmlMatchesGolden) {
  expect_report_golden("audit --cycle 12MSP --format html fixtures/ccm-12msp.json",
                       "ccm-12msp.html");
}

TEST(ReportFormatsCliTest, ExampleCsvFindingsMatchesGolden) {
  expect_report_golden("audit --cycle 12MSP --format csv fixtures/ccm-12msp.json",
                       "ccm-12msp.findings.csv");
}

TEST(ReportFormatsCliTest, ExampleCsvActionsMatchesGolden) {
  expect_report_golden(
      "audit --cycle 12MSP --format csv --csv-table actions fixtures/ccm-12msp.json",
      "ccm-12msp.actions.csv");
}

TEST(ReportFormatsCliTest, ExampleCsvGroupsMatchesGolden) {
  expect_report_golden(
      "audit --cycle 12MSP --format csv --csv-table groups fixtures/ccm-12msp.json",
      "ccm-12msp.groups.csv");
}

TEST(ReportFormatsCliTest, HostileMarkdownMatchesGolden) {
  expect_report_golden("audit --format markdown fixtures/hostile.json", "hostile.md");
}

TEST(ReportFormatsCliTest, HostileHtmlMatchesGolden) {
  expect_report_golden("audit --format html fixtures/hostile.json", "hostile.html");
}

TEST(ReportFormatsCliTest, HostileCsvMatchesGolden) {
  expect_report_golden("audit --format csv fixtures/hostile.json", "hostile.csv");
}

TEST(ReportFormatsCliTest, HostileFixtureLoadsCleanly) {
  auto result = run_lapaudit("validate fixtures/hostile.json");
  EXPECT_EQ(result.exit_code, 0) << result.out << result.err;
}

TEST(ReportFormatsCliTest, HostileHtmlHasNoScriptButItsOwn) {
  auto result = run_lapaudit("audit --format html fixtures/hostile.json");
  std::size_t scripts = 0;
  for (auto at = result.out.find("<script"); at != std::string::npos;
       at = result.out.find("<script", at + 1)) {
    ++scripts;
  }
  EXPECT_EQ(scripts, 1u);
  EXPECT_NE(result.out.find("&lt;script&gt;document.documentElement.setAttribute(&#39;data-pwned"),
            std::string::npos);
}

TEST(ReportFormatsCliTest, HostileCsvHasNoCellThatStartsAFormula) {
  auto result = run_lapaudit("audit --format csv fixtures/hostile.json");
  for (const char* cell : {",=", ",+", ",-", ",@", ",\t", ",\"=", ",\"+", ",\"-", ",\"@"}) {
    EXPECT_EQ(result.out.find(cell), std::string::npos) << "a cell starts with " << cell + 1;
  }
  EXPECT_NE(result.out.find(",'@SUM(1+1); -2+3; hostile-005; \ttab-first,"), std::string::npos);
}

TEST(ReportFormatsCliTest, RejectedRecordIsListedEscapedInEveryReadableFormat) {
  const char* log = R"([
  {"id": "ok", "date": "2024-03-01", "title": "Meeting", "groups": ["gso"]},
  {"id": "<b>x|y</b>", "date": "2024-02-30", "title": "Meeting", "groups": ["gso"]}
])";
  auto markdown = run_lapaudit("audit --format markdown -", log);
  EXPECT_NE(markdown.out.find("| \\- | 3 | \\<b\\>x\\|y\\</b\\> | field \"date\": \"2024-02-30\" "
                              "is not a calendar date (write it as YYYY-MM-DD) |\n"),
            std::string::npos)
      << markdown.out;
  auto html = run_lapaudit("audit --format html -", log);
  EXPECT_NE(html.out.find("<td><bdi>&lt;b&gt;x|y&lt;/b&gt;</bdi></td>"), std::string::npos)
      << html.out;
}

TEST(ReportFormatsCliTest, CsvTableWithoutCsvFormatIsAUsageError) {
  auto result = run_lapaudit("audit --csv-table groups fixtures/ccm-12msp.json");
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_EQ(result.out, "");
  EXPECT_EQ(result.err,
            "lapaudit: --csv-table groups chooses a table of the CSV report; add --format csv\n");
}

TEST(ReportFormatsCliTest, UnknownCsvTableIsAUsageError) {
  auto result = run_lapaudit("audit --format csv --csv-table people fixtures/ccm-12msp.json");
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_EQ(result.err,
            "lapaudit: --csv-table \"people\" is not one of findings, actions, groups\n");
}

TEST(ReportFormatsCliTest, GapsRendersTheGroupAsMarkdown) {
  auto result = run_lapaudit(
      "gaps --group victim-assistance --cycle 12MSP --format markdown fixtures/ccm-12msp.json");
  EXPECT_EQ(result.exit_code, 1) << result.err;
  EXPECT_NE(result.out.find("### Victim Assistance (victim-assistance)"), std::string::npos)
      << result.out;
  EXPECT_EQ(result.out.find("(stockpile)"), std::string::npos) << result.out;
}

}  // namespace
}  // namespace lapaudit
