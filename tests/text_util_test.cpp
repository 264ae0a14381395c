// SPDX-License-Identifier: Apache-2.0
#include "util/text_util.hpp"

#include <gtest/gtest.h>

namespace lapaudit {
namespace {

TEST(TextUtilTest, FoldCaseHandlesFrenchAndSpanishAccents) {
  EXPECT_EQ(fold_case("GÉNERO"), "género");
  EXPECT_EQ(fold_case("ÉGALITÉ des Sexes"), "égalité des sexes");
  EXPECT_EQ(fold_case("NIÑAS"), "niñas");
  EXPECT_EQ(fold_case("Women"), "women");
}

TEST(TextUtilTest, SuggestsTheLikelyGroup) {
  std::vector<std::string> groups = {"gso", "victim-assistance", "clearance"};
  EXPECT_EQ(did_you_mean("victims", groups), ", did you mean \"victim-assistance\"?");
  EXPECT_EQ(did_you_mean("clearence", groups), ", did you mean \"clearance\"?");
  EXPECT_EQ(did_you_mean("budget", groups), "");
}

TEST(TextUtilTest, FillsTemplates) {
  EXPECT_EQ(fill_template("Action {action} ({section})", {{"action", "23"}, {"section", "VA"}}),
            "Action 23 (VA)");
  EXPECT_EQ(fill_template("{unknown} stays", {}), "{unknown} stays");
  EXPECT_EQ(fill_template("no braces", {}), "no braces");
}

TEST(TextUtilTest, EscapesWhatATerminalWouldObey) {
  // An OSC title change, a bell, a colour, a carriage return and a right-to-left override.
  std::string hostile = "x\x1b]0;pwn\x07\x1b[31m\rA\u202eB\x7f\xc2\x9b";
  EXPECT_EQ(one_line(hostile), "x\\u001b]0;pwn\\u0007\\u001b[31m\\u000dA\\u202eB\\u007f\\u009b");
  EXPECT_EQ(one_line("line\nbreak\ttab"), "line\\u000abreak\\u0009tab");
  EXPECT_EQ(escape_controls("line\nbreak", LineBreaks::kKeep), "line\nbreak");
  EXPECT_EQ(escape_controls("a\u2066b\u2069\u200fc\u061c", LineBreaks::kKeep),
            "a\\u2066b\\u2069\\u200fc\\u061c");
}

TEST(TextUtilTest, KeepsOrdinaryTextAsItIs) {
  for (const char* text : {"Génération égalité, niñas — «ok»", "日本語", "emoji 🙂", ""}) {
    EXPECT_EQ(one_line(text), text);
  }
  // A byte that starts no UTF-8 sequence is kept (the loaders refuse such text before).
  EXPECT_EQ(one_line("a\xff"
                     "b"),
            "a\xff"
            "b");
}

}  // namespace
}  // namespace lapaudit
