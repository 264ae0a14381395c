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

}  // namespace
}  // namespace lapaudit
