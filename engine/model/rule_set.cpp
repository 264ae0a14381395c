// SPDX-License-Identifier: Apache-2.0
#include "model/rule_set.hpp"

#include <algorithm>

namespace lapaudit {
namespace {

template <class T, class Key, class Field>
const T* find_by(const std::vector<T>& items, const Key& key, Field field) {
  auto it =
      std::find_if(items.begin(), items.end(), [&](const T& item) { return item.*field == key; });
  return it == items.end() ? nullptr : &*it;
}

}  // namespace

std::string_view basis_name(Basis basis) {
  return basis == Basis::kInferred ? "inferred" : "stated";
}

bool PlanAction::carried_by(std::string_view group) const {
  return std::any_of(responsible.begin(), responsible.end(),
                     [&](const Responsibility& link) { return link.group == group; });
}

const PlanAction* RuleSet::find_action(int id) const {
  return find_by(actions, id, &PlanAction::id);
}
const WorkingGroup* RuleSet::find_group(std::string_view id) const {
  return find_by(groups, id, &WorkingGroup::id);
}
const Partner* RuleSet::find_partner(std::string_view id) const {
  return find_by(partners, id, &Partner::id);
}
const Cycle* RuleSet::find_cycle(const std::string& name) const {
  return find_by(cycles, name, &Cycle::name);
}

const ActionSection* RuleSet::section_of(int action) const {
  auto it = std::find_if(sections.begin(), sections.end(), [&](const ActionSection& section) {
    return section.first <= action && action <= section.last;
  });
  return it == sections.end() ? nullptr : &*it;
}

std::string span_words(const CycleSpan& span) {
  if (!span.limited()) return "in every cycle";
  if (span.to_cycle.empty()) return "from the " + span.from_cycle + " cycle";
  if (span.from_cycle.empty()) return "up to the " + span.to_cycle + " cycle";
  return "from the " + span.from_cycle + " to the " + span.to_cycle + " cycle";
}

std::string link_words(const Responsibility& link) {
  if (!link.cycles.limited()) return link.group;
  return link.group + " (" + span_words(link.cycles) + ")";
}

}  // namespace lapaudit
