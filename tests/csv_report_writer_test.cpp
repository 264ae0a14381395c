// SPDX-License-Identifier: Apache-2.0
// The CSV report: opened in Excel by people who trust it, so no cell may run as a formula, and
// accents and line breaks must arrive as written.

#include "report/csv_report_writer.hpp"

#include <gtest/gtest.h>

#include "test_util.hpp"

namespace lapaudit {
namespace {

using testing::audit_json;

const char* kLog = R"([
  {"id": "=cmd|' /C calc'!A0", "date": "2024-03-01", "title": "@SUM(A1:A9), \"Réunion\"\nsur le genre",
   "groups": ["victim-assistance"], "actions": [28], "gender_marker": 2}
])";

std::string csv_of(CsvTable table) {
  Audit audit = audit_json(kLog);
  return write_csv_report(audit.report, table, EvidenceIndex(audit.report, audit.log.activities));
}

// The records of `csv` (after the byte order mark), split on CRLF outside quotes.
std::vector<std::string> records(const std::string& csv) {
  std::vector<std::string> out(1);
  bool quoted = false;
  for (std::size_t at = 3; at < csv.size(); ++at) {
    if (csv[at] == '"') quoted = !quoted;
    if (!quoted && csv.compare(at, 2, "\r\n") == 0) {
      out.emplace_back();
      ++at;
      continue;
    }
    out.back() += csv[at];
  }
  out.pop_back();
  return out;
}

TEST(CsvReportWriterTest, FormulaStartsAreWrittenAsText) {
  EXPECT_EQ(csv_cell("=1+2"), "'=1+2");
  EXPECT_EQ(csv_cell("+41 22"), "'+41 22");
  EXPECT_EQ(csv_cell("-2+3"), "'-2+3");
  EXPECT_EQ(csv_cell("@SUM(A1)"), "'@SUM(A1)");
  EXPECT_EQ(csv_cell("\tx"), "'\tx");
  EXPECT_EQ(csv_cell("\rx"), "\"'\rx\"");
  EXPECT_EQ(csv_cell("＝SUM(1,1)"), "\"'＝SUM(1,1)\"");
  EXPECT_EQ(csv_cell("a=b"), "a=b");
  EXPECT_EQ(csv_cell("12"), "12");
}

TEST(CsvReportWriterTest, QuotesAsRfc4180Says) {
  EXPECT_EQ(csv_cell("a,b"), "\"a,b\"");
  EXPECT_EQ(csv_cell("say \"hi\""), "\"say \"\"hi\"\"\"");
  EXPECT_EQ(csv_cell("two\nlines"), "\"two\nlines\"");
  EXPECT_EQ(csv_cell("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
  EXPECT_EQ(csv_cell("Ünïcödé"), "Ünïcödé");
}

TEST(CsvReportWriterTest, StartsWithAByteOrderMarkAndEndsRowsWithCrlf) {
  std::string csv = csv_of(CsvTable::kGroups);
  EXPECT_EQ(csv.substr(0, 3), "\xEF\xBB\xBF");
  EXPECT_EQ(csv.substr(3, csv.find("\r\n") + 2 - 3),
            "Group,Working group,Status,Gender-related activities,Actions carried,"
            "Uncovered actions\r\n");
  EXPECT_EQ(csv.substr(csv.size() - 2), "\r\n");
}

TEST(CsvReportWriterTest, OneRowPerFindingByDefault) {
  Audit audit = audit_json(kLog);
  auto rows = records(csv_of(CsvTable::kFindings));
  // The header, what the report rests on with each warning, then the findings.
  EXPECT_EQ(rows.size(), 2 + audit.report.warnings.size() + audit.report.findings.size());
}

TEST(CsvReportWriterTest, OpensWithWhatTheReportRestsOn) {
  auto rows = records(csv_of(CsvTable::kFindings));
  ASSERT_GE(rows.size(), 2u);
  EXPECT_EQ(rows[1].substr(0, rows[1].find(",\"")),
            "data-quality/records,info,data,records,,data-quality");
  EXPECT_NE(rows[1].find("Records: 1 read, 1 accepted, 0 rejected"), std::string::npos) << rows[1];
}

TEST(CsvReportWriterTest, EvidenceOfAFindingIsNeutralisedAndKeepsItsLineBreak) {
  auto rows = records(csv_of(CsvTable::kFindings));
  auto row = std::find_if(rows.begin(), rows.end(), [](const std::string& text) {
    return text.starts_with("group-coverage/group/victim-assistance,");
  });
  ASSERT_NE(row, rows.end());
  EXPECT_NE(row->find(",'=cmd|' /C calc'!A0,\"2024-03-01 =cmd|' /C calc'!A0: @SUM(A1:A9), "
                      "\"\"Réunion\"\"\nsur le genre\",no,"),
            std::string::npos)
      << *row;
}

TEST(CsvReportWriterTest, ActionsTableHasOneRowPerAction) {
  auto rows = records(csv_of(CsvTable::kActions));
  ASSERT_EQ(rows.size(), 1u + 9u);
  EXPECT_EQ(rows[0],
            "Action,Section,Summary,Status,Gender-related activities,Responsible groups,"
            "Groups covered,Groups yet to cover it,Inferred links");
  EXPECT_TRUE(rows[3].starts_with("28,\"Survey, clearance and risk education\",")) << rows[3];
  EXPECT_TRUE(rows[3].ends_with(",approaches,1,clearance,,clearance,")) << rows[3];
  EXPECT_TRUE(rows[8].starts_with("39,")) << rows[8];
  EXPECT_TRUE(rows[8].ends_with(",cooperation")) << rows[8];  // an inferred link
}

}  // namespace
}  // namespace lapaudit
