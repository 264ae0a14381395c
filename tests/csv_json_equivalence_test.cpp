// SPDX-License-Identifier: Apache-2.0
// End to end: the bundled example saved from a spreadsheet (fixtures/ccm-12msp.csv, with a BOM
// and CRLF line ends) gives the same audit as its JSON version: same statuses, same findings.

#include <gtest/gtest.h>
#include <rapidjson/document.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <string>

#include "test_util.hpp"

namespace lapaudit {
namespace {

using testing::run_lapaudit;

std::string compact(const rapidjson::Value& value) {
  rapidjson::StringBuffer buffer;
  rapidjson::Writer<rapidjson::StringBuffer> writer(buffer);
  value.Accept(writer);
  return buffer.GetString();
}

rapidjson::Document report_of(const std::string& args) {
  auto result = run_lapaudit("audit --format json " + args);
  EXPECT_EQ(result.exit_code, 1) << result.err;
  rapidjson::Document report;
  report.Parse(result.out.c_str());
  EXPECT_FALSE(report.HasParseError()) << result.out;
  return report;
}

TEST(CsvJsonEquivalenceTest, SameStatusesAndFindingsForTheCycle) {
  rapidjson::Document csv = report_of("--cycle 12MSP fixtures/ccm-12msp.csv");
  rapidjson::Document json = report_of("--cycle 12MSP fixtures/ccm-12msp.json");
  for (const char* part : {"period", "actions", "groups", "findings", "rejected"}) {
    ASSERT_TRUE(csv.HasMember(part) && json.HasMember(part)) << part;
    EXPECT_EQ(compact(csv[part]), compact(json[part])) << part;
  }
  for (const char* count : {"records", "accepted", "rejected", "out_of_period"}) {
    EXPECT_EQ(csv["inputs"][0][count].GetUint64(), json["inputs"][0][count].GetUint64()) << count;
  }
  EXPECT_EQ(csv["inputs"][0]["records"].GetUint64(), 35u);
  EXPECT_EQ(csv["inputs"][0]["out_of_period"].GetUint64(), 2u);
}

TEST(CsvJsonEquivalenceTest, SameTextReportOverAllDatesButForTheInputName) {
  auto csv = run_lapaudit("audit fixtures/ccm-12msp.csv");
  auto json = run_lapaudit("audit fixtures/ccm-12msp.json");
  EXPECT_EQ(csv.exit_code, json.exit_code);
  std::string text = csv.out;
  for (std::size_t at = text.find("ccm-12msp.csv"); at != std::string::npos;
       at = text.find("ccm-12msp.csv", at)) {
    text.replace(at, 13, "ccm-12msp.json");
  }
  std::string expected = json.out;
  // The digests of the two files differ; nothing else may.
  auto strip_digests = [](std::string s) {
    for (std::size_t at = s.find("sha256:"); at != std::string::npos;
         at = s.find("sha256:", at + 7)) {
      std::size_t end = s.find_first_not_of("0123456789abcdef", at + 7);
      s.erase(at + 7, end - at - 7);
    }
    return s;
  };
  EXPECT_EQ(strip_digests(text), strip_digests(expected));
}

TEST(CsvJsonEquivalenceTest, CsvFixtureIsASpreadsheetExport) {
  std::string text = testing::read_file(testing::source_path("fixtures/ccm-12msp.csv"));
  ASSERT_GT(text.size(), 3u);
  EXPECT_EQ(text.substr(0, 3), "\xEF\xBB\xBF");
  std::size_t lf = 0, crlf = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '\n') continue;
    ++lf;
    if (i > 0 && text[i - 1] == '\r') ++crlf;
  }
  EXPECT_EQ(lf, crlf);
  EXPECT_EQ(lf, 36u);  // the header and 35 activities
}

}  // namespace
}  // namespace lapaudit
