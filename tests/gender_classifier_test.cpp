// SPDX-License-Identifier: Apache-2.0
#include "rules/gender_classifier.hpp"

#include <gtest/gtest.h>

#include "test_util.hpp"

namespace lapaudit {
namespace {

class GenderClassifierTest : public ::testing::Test {
 protected:
  // An activity as the loader makes it: the description's term noted, the text not kept.
  Activity activity(std::string title, std::string_view description = "") const {
    Activity a;
    a.id = "a1";
    a.title = std::move(title);
    if (!description.empty()) classifier_.note_term(a, description);
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

// Until the loader notes its terms, an activity is classified by its title alone; noting the
// terms of its description then decides, and a marker or tag still comes first.
TEST_F(GenderClassifierTest, ATermNotedFromTheRecordDecidesAfterTheTitle) {
  Activity field_visit;
  field_visit.title = "Field visit";
  EXPECT_FALSE(classifier_.classify(field_visit).related);
  classifier_.note_term(field_visit, "Consultation des femmes");
  EXPECT_EQ(classifier_.classify(field_visit).explain(), "term \"femmes\" in the description");
  classifier_.note_term(field_visit, "Nothing here");  // noted once: the first note stays
  EXPECT_TRUE(classifier_.classify(field_visit).related);

  Activity women;
  women.title = "Women in mine action";
  EXPECT_EQ(classifier_.classify(women).explain(), "term \"women\" in the title");
  classifier_.note_term(women, "Consultation des femmes");
  EXPECT_EQ(classifier_.classify(women).explain(), "term \"women\" in the title");

  Activity debate;
  debate.title = "Debate";
  debate.tags = {"gender"};
  classifier_.note_term(debate, "Consultation des femmes");
  EXPECT_EQ(debate.lexicon_term, Activity::kNoTerm);  // the tag decides: terms not read
  EXPECT_EQ(classifier_.classify(debate).explain(), "tag \"gender\"");
  EXPECT_TRUE(classifier_.is_related(debate));
}

TEST_F(GenderClassifierTest, TheLoaderClassifiesTheDescriptionItDoesNotKeep) {
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
