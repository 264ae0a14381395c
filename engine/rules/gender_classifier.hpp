// SPDX-License-Identifier: Apache-2.0
#pragma once

// Decides whether an activity is gender-related, and says why, in domain.md's order: an
// explicit gender marker decides (0 = no, 1 or 2 = yes); else a gender tag; else a lexicon
// term in the title or description.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include "model/activity.hpp"
#include "model/rule_set.hpp"
#include "util/lexicon_matcher.hpp"

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
  // classify(activity).related, without the words of the reason.
  bool is_related(const Activity& activity) const;

 private:
  // The verdict of the gender marker or of a gender tag, when one decides.
  std::optional<GenderReason> by_marker_or_tag(const Activity& activity) const;
  // The activity's first gender tag, or nullptr.
  const std::string* gender_tag(const Activity& activity) const;
  // The term of the title, or else of the description (its place in the lexicon, or -1), and
  // whether it is the title's.
  std::pair<std::int32_t, bool> term_of(const Activity& activity) const;

  std::vector<std::string> folded_tags_;
  LexiconMatcher terms_;
};

}  // namespace lapaudit
