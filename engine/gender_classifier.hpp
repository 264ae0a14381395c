#pragma once

// Decides whether an activity is gender-related, and says why, in domain.md's order: an
// explicit gender marker decides (0 = no, 1 or 2 = yes); else a gender tag; else a lexicon
// term in the title or description.

#include <string>

#include "activity.hpp"
#include "lexicon_matcher.hpp"
#include "rule_set.hpp"

namespace lapaudit {

enum class GenderBasis { kNone, kMarker, kTag, kTerm };

struct GenderReason {
  bool related = false;
  GenderBasis basis = GenderBasis::kNone;
  std::string detail;  // the marker value, the tag, or the term
  std::string field;   // for a term: "title" or "description"

  // For a reader: "gender marker 2", "tag \"sadd\"", "term \"women\" in the title",
  // "gender marker 0 (not gender-related)", "no gender marker, tag or term".
  std::string explain() const;
};

class GenderClassifier {
 public:
  explicit GenderClassifier(const Lexicon& lexicon);
  GenderReason classify(const Activity& activity) const;
  // Replaces the activity's description with what classify() needs of it (its term, in
  // `description_term`), so that a large log need not keep the text. classify() answers the
  // same before and after.
  void drop_description(Activity& activity) const;

 private:
  std::vector<std::string> folded_tags_;
  LexiconMatcher terms_;
};

}  // namespace lapaudit
