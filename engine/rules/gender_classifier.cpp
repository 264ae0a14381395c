// SPDX-License-Identifier: Apache-2.0
#include "rules/gender_classifier.hpp"

#include <algorithm>

#include "util/text_util.hpp"

namespace lapaudit {

std::string GenderReason::explain() const {
  switch (basis) {
    case GenderBasis::kMarker:
      return "gender marker " + detail + (related ? "" : " (not gender-related)");
    case GenderBasis::kTag:
      return "tag \"" + detail + "\"";
    case GenderBasis::kTerm:
      return "term \"" + detail + "\" in the " + field;
    case GenderBasis::kNone:
      break;
  }
  return "no gender marker, gender tag or gender term";
}

// Kept in issue 20's simplification: the Aho-Corasick matcher (util/lexicon_matcher) reads each
// title and description once whatever the lexicon's size. Measured (BM_ClassifyLexiconSize,
// 10k activities, 2 shared cores): 5.2, 5.0 and 5.1 ms CPU with 10, 100 and 1,000 terms. The
// audit classifies each activity once; a whole 200k-activity JSON audit (bench/compare.sh, on
// the shared machine): 3.9 s CPU, 2.64x the parse-only floor, 302 MiB peak (2.92x the file).
GenderClassifier::GenderClassifier(const Lexicon& lexicon) : terms_(lexicon.terms) {
  for (const auto& tag : lexicon.tags) folded_tags_.push_back(fold_case(tag));
}

std::optional<GenderReason> GenderClassifier::by_marker_or_tag(const Activity& activity) const {
  if (activity.gender_marker) {
    int marker = *activity.gender_marker;
    return GenderReason{marker > 0, GenderBasis::kMarker, std::to_string(marker), {}};
  }
  if (const std::string* tag = gender_tag(activity)) {
    return GenderReason{true, GenderBasis::kTag, *tag, {}};
  }
  return std::nullopt;
}

const std::string* GenderClassifier::gender_tag(const Activity& activity) const {
  for (const auto& tag : activity.tags) {
    std::string folded = fold_case(tag);
    if (std::find(folded_tags_.begin(), folded_tags_.end(), folded) != folded_tags_.end()) {
      return &tag;
    }
  }
  return nullptr;
}

std::pair<std::int32_t, bool> GenderClassifier::term_of(const Activity& activity) const {
  if (std::int32_t term = terms_.find_index(activity.title); term >= 0) return {term, true};
  return {terms_.find_index(activity.description), false};
}

GenderReason GenderClassifier::classify(const Activity& activity) const {
  if (auto reason = by_marker_or_tag(activity)) return std::move(*reason);
  auto [term, in_title] = term_of(activity);
  if (term < 0) return {};
  return {true, GenderBasis::kTerm, terms_.term(term), in_title ? "title" : "description"};
}

bool GenderClassifier::is_related(const Activity& activity) const {
  if (activity.gender_marker) return *activity.gender_marker > 0;
  if (gender_tag(activity)) return true;
  return term_of(activity).first >= 0;
}

}  // namespace lapaudit
