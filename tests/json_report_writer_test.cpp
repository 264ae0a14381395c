// SPDX-License-Identifier: Apache-2.0
// The JSON report handed on piece by piece is the same text as the report held whole.

#include "report/json_report_writer.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "report/json_output.hpp"
#include "test_util.hpp"

namespace lapaudit {
namespace {

std::vector<std::string> pieces_of(const AuditReport& report) {
  std::vector<std::string> pieces;
  write_json_report(report, [&](std::string_view piece) { pieces.emplace_back(piece); });
  return pieces;
}

std::string joined(const std::vector<std::string>& pieces) {
  std::string all;
  for (const auto& piece : pieces) all += piece;
  return all;
}

TEST(JsonReportWriterTest, SmallReportIsOnePiece) {
  Audit audit = testing::audit_json(
      "[" + testing::activity_json("a", "2024-03-01", R"(["gso"])", R"(, "gender_marker": 2)") +
      "]");
  auto pieces = pieces_of(audit.report);
  ASSERT_EQ(pieces.size(), 1u);
  EXPECT_EQ(pieces[0], write_json_report(audit.report));
}

TEST(JsonReportWriterTest, LargeReportComesInPiecesOfAMebibyte) {
  Audit audit = testing::audit_json("[]");
  Finding finding{"rule/group/gso", "rule", "warning", {"group", "gso"}, "many", {}, false, ""};
  for (int i = 0; i < 150000; ++i) finding.evidence.push_back("activity-" + std::to_string(i));
  audit.report.findings.push_back(finding);
  auto pieces = pieces_of(audit.report);
  std::string whole = write_json_report(audit.report);
  ASSERT_GT(whole.size(), 2 * json_output::TextStream::kPiece);
  ASSERT_EQ(pieces.size(), whole.size() / json_output::TextStream::kPiece + 1);
  for (std::size_t i = 0; i + 1 < pieces.size(); ++i) {
    EXPECT_EQ(pieces[i].size(), json_output::TextStream::kPiece) << i;
  }
  EXPECT_EQ(joined(pieces), whole);
}

}  // namespace
}  // namespace lapaudit
