// SPDX-License-Identifier: Apache-2.0
#include "util/lexicon_matcher.hpp"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

#include "util/text_util.hpp"

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

// German nouns are capitalised and compound: a term matches in any case, and only as a word of
// its own, never inside a compound ("Adelsgeschlecht") or another inflection.
TEST(LexiconMatcherTest, GermanTermsMatchAsWholeWordsInAnyCase) {
  LexiconMatcher matcher({"Geschlecht", "Mädchen", "nach Geschlecht aufgeschlüsselt"});
  EXPECT_NE(find(matcher, "Teilnehmende nach GESCHLECHT"), nullptr);
  EXPECT_NE(find(matcher, "Schulung für MÄDCHEN"), nullptr);
  EXPECT_NE(find(matcher, "Daten, nach Geschlecht Aufgeschlüsselt."), nullptr);
  EXPECT_EQ(find(matcher, "Chronik eines Adelsgeschlechts"), nullptr);
  EXPECT_EQ(find(matcher, "Geschlechtsverkehr"), nullptr);
  EXPECT_EQ(find(matcher, "Mädchenname"), nullptr);
}

TEST(LexiconMatcherTest, ReportsTheFirstTermOfTheLexicon) {
  LexiconMatcher matcher({"girls", "women"});
  EXPECT_EQ(*find(matcher, "women and girls"), "girls");
}

bool word_byte(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80;
}

// The lexicon's first term found in `text` as a whole word or phrase, the slow way: every term
// at every place of the case-folded text.
std::int32_t naive_find(const std::vector<std::string>& terms, std::string_view text) {
  std::string folded = fold_case(text);
  for (std::size_t t = 0; t < terms.size(); ++t) {
    std::string term = fold_case(terms[t]);
    for (std::size_t at = folded.find(term); at != std::string::npos;
         at = folded.find(term, at + 1)) {
      bool starts = at == 0 || !word_byte(static_cast<unsigned char>(folded[at - 1]));
      std::size_t end = at + term.size();
      bool ends = end == folded.size() || !word_byte(static_cast<unsigned char>(folded[end]));
      if (starts && ends) return static_cast<std::int32_t>(t);
    }
  }
  return -1;
}

// Texts made of pieces of the terms, of words that share their starts, and of separators, so
// that near misses (a term inside a word, a phrase cut short) are common.
TEST(LexiconMatcherTest, FindsWhatASlowSearchFinds) {
  std::vector<std::string> terms = {
      "gender", "gender mainstreaming", "women",  "girls", "sex- and age-disaggregated", "SADD",
      "género", "égalité des sexes",    "filles", "sex"};
  std::vector<std::string> pieces = {"gender",
                                     "Gender",
                                     "GENDER",
                                     "engender",
                                     "genders",
                                     "women",
                                     "Women",
                                     "womenfolk",
                                     "girl",
                                     "girls",
                                     "sex",
                                     "sex-",
                                     "and",
                                     "age-disaggregated",
                                     "sadd",
                                     "SADDLE",
                                     "género",
                                     "GÉNERO",
                                     "égalité",
                                     "Égalité",
                                     "des",
                                     "sexes",
                                     "fille",
                                     "filles",
                                     "mainstreaming",
                                     "main",
                                     "x",
                                     "é",
                                     "1",
                                     " ",
                                     " ",
                                     " ",
                                     "-",
                                     ",",
                                     ".",
                                     "\n",
                                     "'",
                                     "(",
                                     ")"};
  LexiconMatcher matcher(terms);
  std::mt19937 random(20261129);
  for (int round = 0; round < 20000; ++round) {
    std::string text;
    std::size_t count = random() % 12;
    for (std::size_t i = 0; i < count; ++i) text += pieces[random() % pieces.size()];
    ASSERT_EQ(matcher.find_index(text), naive_find(terms, text)) << "text: \"" << text << "\"";
  }
}

}  // namespace
}  // namespace lapaudit
