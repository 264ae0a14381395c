// SPDX-License-Identifier: Apache-2.0
#include "rules/gender_classifier.hpp"

#include <gtest/gtest.h>

#include "test_util.hpp"

namespace lapaudit {
namespace {

class GenderClassifierTest : public ::testing::Test {
 protected:
  Activity activity(std::string title, std::string description = "") const {
    Activity a;
    a.id = "a1";
    a.title = std::move(title);
    a.description = std::move(description);
    return a;
  }

  GenderClassifier classifier_{testing::default_rules().lexicon};
};

TEST_F(GenderClassifierTest, MarkerZeroWinsOverWords) {
  Activity a = activity("Consultation with women survivors");
  a.gender_marker = 0;
  GenderReason reason = classifier_.classify(a);
  EXPECT_FALSE(reason.related);
  EXPECT_EQ(reason.explain(), "gender marker 0 (not gender-related)");
}

TEST_F(GenderClassifierTest, MarkerTwoCounts) {
  Activity a = activity("Stockpile destruction update");
  a.gender_marker = 2;
  EXPECT_TRUE(classifier_.classify(a).related);
  EXPECT_EQ(classifier_.classify(a).explain(), "gender marker 2");
}

TEST_F(GenderClassifierTest, TagsCompareIgnoringCase) {
  Activity a = activity("Data workshop");
  a.tags = {"budget", "SADD"};
  GenderReason reason = classifier_.classify(a);
  EXPECT_TRUE(reason.related);
  EXPECT_EQ(reason.explain(), "tag \"SADD\"");
}

TEST_F(GenderClassifierTest, TermInTitleThenDescription) {
  EXPECT_EQ(classifier_.classify(activity("Women in mine action")).explain(),
            "term \"women\" in the title");
  EXPECT_EQ(classifier_.classify(activity("Field visit", "Consultation des femmes")).explain(),
            "term \"femmes\" in the description");
}

TEST_F(GenderClassifierTest, EngenderedDoesNotCount) {
  GenderReason reason = classifier_.classify(activity("Debate", "It engendered broad support"));
  EXPECT_FALSE(reason.related);
  EXPECT_EQ(reason.explain(), "no gender marker, gender tag or gender term");
}

// The Gender Focal Points write in German and Dutch too (issue 23).
TEST_F(GenderClassifierTest, GermanAndDutchTermsCount) {
  EXPECT_EQ(classifier_
                .classify(activity("Arbeitstreffen",
                                   "Daten nach Geschlecht "
                                   "aufgeschlüsselt erheben"))
                .explain(),
            "term \"nach Geschlecht aufgeschlüsselt\" in the description");
  EXPECT_EQ(classifier_.classify(activity("Geschlechtsspezifische Gewalt und Räumung")).explain(),
            "term \"geschlechtsspezifische\" in the title");
  EXPECT_EQ(
      classifier_.classify(activity("Förderung der Gleichstellung der Geschlechter")).explain(),
      "term \"Gleichstellung der Geschlechter\" in the title");
  EXPECT_EQ(classifier_.classify(activity("Schutz von Frauen und Mädchen")).explain(),
            "term \"Frauen und Mädchen\" in the title");
  EXPECT_EQ(classifier_.classify(activity("Geschlechtergleichstellung im Minenräumen")).explain(),
            "term \"Geschlechtergleichstellung\" in the title");
  EXPECT_EQ(
      classifier_.classify(activity("Overleg", "Gegevens uitgesplitst naar geslacht")).explain(),
      "term \"uitgesplitst naar geslacht\" in the description");
}

// Ordinary German and Dutch notes that are not about gender stay not gender-related: "Frau"
// is also "Mrs", "jungen" also "young", "Gleichstellung" alone also that of persons with
// disabilities, "Geschlecht" inside a compound is another word, "geslacht" also "slaughtered".
TEST_F(GenderClassifierTest, OrdinaryGermanAndDutchNotesDoNotCount) {
  for (const char* title :
       {"Treffen mit Frau Schmidt zur Räumung", "Workshop für jungen Fachleute",
        "Gleichstellung von Menschen mit Behinderungen", "Vielfalt der Munitionstypen",
        "Archiv eines Adelsgeschlechts", "Het vee werd geslacht"}) {
    EXPECT_FALSE(classifier_.classify(activity(title)).related) << title;
  }
}

TEST_F(GenderClassifierTest, GenderTagsInFrenchSpanishAndGerman) {
  for (const char* tag :
       {"genre", "Género", "GENERO", "Gender", "Gleichstellung", "Frauen", "mädchen", "vrouwen"}) {
    Activity a = activity("Sitzung");
    a.tags = {tag};
    EXPECT_TRUE(classifier_.classify(a).related) << tag;
  }
}

// A marker or a tag decides before any term of the title or description.
TEST_F(GenderClassifierTest, ATagDecidesBeforeTheTerms) {
  Activity debate = activity("Debate", "Consultation des femmes");
  debate.tags = {"gender"};
  EXPECT_EQ(classifier_.classify(debate).explain(), "tag \"gender\"");
  EXPECT_TRUE(classifier_.is_related(debate));
}

TEST_F(GenderClassifierTest, TheLoaderKeepsTheDescriptionForTheClassifier) {
  ActivityLog log = testing::log_from_json(R"([
    {"id": "a", "date": "2024-03-01", "title": "Field visit", "groups": ["clearance"],
     "description": "Consultation des femmes"},
    {"id": "b", "date": "2024-03-02", "title": "Women in mine action", "groups": ["clearance"],
     "description": "Consultation des femmes"},
    {"id": "c", "date": "2024-03-03", "title": "Debate", "groups": ["clearance"],
     "description": "It engendered broad support"}])");
  ASSERT_EQ(log.activities.size(), 3u);
  EXPECT_EQ(classifier_.classify(log.activities[0]).explain(),
            "term \"femmes\" in the description");
  EXPECT_EQ(classifier_.classify(log.activities[1]).explain(), "term \"women\" in the title");
  EXPECT_FALSE(classifier_.classify(log.activities[2]).related);
  for (const auto& a : log.activities) {
    EXPECT_EQ(classifier_.is_related(a), classifier_.classify(a).related) << a.id;
  }
}

}  // namespace
}  // namespace lapaudit
