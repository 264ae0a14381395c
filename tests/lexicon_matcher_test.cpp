#include "lexicon_matcher.hpp"

#include <gtest/gtest.h>

namespace lapaudit {
namespace {

const std::string* find(const LexiconMatcher& matcher, std::string_view text) {
  return matcher.find(text);
}

TEST(LexiconMatcherTest, MatchesWholeWordsIgnoringCase) {
  LexiconMatcher matcher({"gender", "women"});
  ASSERT_NE(find(matcher, "Women in clearance teams"), nullptr);
  EXPECT_EQ(*find(matcher, "Women in clearance teams"), "women");
  EXPECT_NE(find(matcher, "a GENDER-sensitive approach"), nullptr);
}

TEST(LexiconMatcherTest, EngenderedIsNotGender) {
  LexiconMatcher matcher({"gender"});
  EXPECT_EQ(find(matcher, "The debate engendered broad support"), nullptr);
  EXPECT_EQ(find(matcher, "genders"), nullptr);
}

TEST(LexiconMatcherTest, MatchesPhrasesAndAccentedWords) {
  LexiconMatcher matcher({"sex- and age-disaggregated", "género", "égalité des sexes"});
  EXPECT_NE(find(matcher, "Collect Sex- and age-disaggregated data"), nullptr);
  EXPECT_NE(find(matcher, "Perspectiva de GÉNERO en la asistencia"), nullptr);
  EXPECT_NE(find(matcher, "l'Égalité des sexes"), nullptr);
  EXPECT_EQ(find(matcher, "génerosité"), nullptr);
}

TEST(LexiconMatcherTest, ReportsTheFirstTermOfTheLexicon) {
  LexiconMatcher matcher({"girls", "women"});
  EXPECT_EQ(*find(matcher, "women and girls"), "girls");
}

}  // namespace
}  // namespace lapaudit
