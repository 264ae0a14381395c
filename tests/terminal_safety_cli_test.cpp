// SPDX-License-Identifier: Apache-2.0
// End to end: ids, titles and messages holding terminal controls (an escape sequence that
// retitles or recolours the terminal, a carriage return, a line break, a right-to-left
// override) are shown escaped by every command and text format, never obeyed
// (fixtures/terminal-controls.json).

#include <gtest/gtest.h>

#include <string>

#include "test_util.hpp"

namespace lapaudit {
namespace {

using testing::run_lapaudit;

const std::string kLog = "fixtures/terminal-controls.json";

// The first byte sequence in `text` that a terminal would act on, or "" when there is none.
std::string first_control(const std::string& text) {
  for (std::size_t i = 0; i < text.size(); ++i) {
    auto c = static_cast<unsigned char>(text[i]);
    if ((c < 0x20 && c != '\n') || c == 0x7f)
      return "byte " + std::to_string(c) + " at " + std::to_string(i);
    if (c == 0xc2 && i + 1 < text.size()) {
      auto next = static_cast<unsigned char>(text[i + 1]);
      if (next >= 0x80 && next <= 0x9f) return "C1 control at " + std::to_string(i);
    }
    if (c == 0xe2 && i + 2 < text.size()) {
      std::string three = text.substr(i, 3);
      for (const char* bidi : {"\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067",
                               "\u2068", "\u2069", "\u200e", "\u200f"}) {
        if (three == bidi) return "bidirectional control at " + std::to_string(i);
      }
    }
  }
  return "";
}

void expect_safe(const std::string& args) {
  auto result = run_lapaudit(args);
  // validate exits 2 for the record it rejects; every other command runs.
  if (args.rfind("validate", 0) != 0) {
    EXPECT_NE(result.exit_code, 2) << args << "\n" << result.err;
  }
  EXPECT_NE(result.out, "") << args;
  EXPECT_EQ(first_control(result.out), "") << args;
  EXPECT_EQ(first_control(result.err), "") << args;
}

TEST(TerminalSafetyCliTest, EveryTextOutputShowsControlsEscaped) {
  for (const char* args :
       {"audit", "audit --format markdown", "audit -v", "audit -vv", "validate", "validate -vv",
        "gaps --group victim-assistance", "gaps --group clearance --format markdown",
        "explain --action 34", "explain --group stockpile"}) {
    expect_safe(std::string(args) + " " + kLog);
  }
}

TEST(TerminalSafetyCliTest, TheTextReportShowsTheEscapesWhereTheIdsWere) {
  auto result = run_lapaudit("audit " + kLog);
  EXPECT_NE(result.out.find("osc\\u001b]0;pwned\\u0007\\u001b[31mRED"), std::string::npos)
      << result.out;
  EXPECT_NE(result.out.find("bidi\\u202egpj.exe"), std::string::npos) << result.out;
  // The record's "Findings: 0" stays on the line of its id: it cannot pass for a report line.
  EXPECT_NE(result.out.find("cr\\u000dFindings: 0"), std::string::npos) << result.out;
  EXPECT_EQ(result.out.find("\nFindings: 0"), std::string::npos) << result.out;
}

// `diff` reads reports that may have been forged: what it echoes from them is escaped too.
TEST(TerminalSafetyCliTest, DiffOfAForgedReportShowsControlsEscaped) {
  std::string before = testing::temp_path("before.json");
  std::string after = testing::temp_path("after.json");
  auto first = run_lapaudit("audit --format json -o " + before + " fixtures/ccm-12msp.json");
  ASSERT_NE(first.exit_code, 2) << first.err;
  auto second = run_lapaudit("audit --format json -o " + after + " " + kLog);
  ASSERT_NE(second.exit_code, 2) << second.err;
  expect_safe("diff " + before + " " + after);
  expect_safe("diff " + after + " " + before);
}

}  // namespace
}  // namespace lapaudit
