#include "gender_classifier.hpp"

#include <algorithm>

#include "text_util.hpp"

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

GenderClassifier::GenderClassifier(const Lexicon& lexicon) : terms_(lexicon.terms) {
  for (const auto& tag : lexicon.tags) folded_tags_.push_back(fold_case(tag));
}

GenderReason GenderClassifier::classify(const Activity& activity) const {
  if (activity.gender_marker) {
    int marker = *activity.gender_marker;
    return {marker > 0, GenderBasis::kMarker, std::to_string(marker), {}};
  }
  for (const auto& tag : activity.tags) {
    std::string folded = fold_case(tag);
    if (std::find(folded_tags_.begin(), folded_tags_.end(), folded) != folded_tags_.end()) {
      return {true, GenderBasis::kTag, tag, {}};
    }
  }
  if (const std::string* term = terms_.find(activity.title)) {
    return {true, GenderBasis::kTerm, *term, "title"};
  }
  if (activity.description_term) {
    if (activity.description_term->empty()) return {};
    return {true, GenderBasis::kTerm, *activity.description_term, "description"};
  }
  if (const std::string* term = terms_.find(activity.description)) {
    return {true, GenderBasis::kTerm, *term, "description"};
  }
  return {};
}

void GenderClassifier::drop_description(Activity& activity) const {
  if (activity.description_term) return;
  GenderReason reason = classify(activity);
  bool by_description = reason.basis == GenderBasis::kTerm && reason.field == "description";
  activity.description_term = by_description ? std::move(reason.detail) : std::string();
  std::string().swap(activity.description);
}

}  // namespace lapaudit
