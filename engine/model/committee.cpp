// SPDX-License-Identifier: Apache-2.0
#include "model/committee.hpp"

#include <algorithm>
#include <iterator>
#include <map>
#include <optional>

#include "util/text_util.hpp"

namespace lapaudit {
namespace {

std::vector<Responsibility> in_force(const std::vector<Responsibility>& links, Date day) {
  std::vector<Responsibility> out;
  for (const auto& link : links) {
    if (link.cycles.contains(day)) out.push_back(link);
  }
  return out;
}

std::string group_label(const RuleSet& rules, const std::string& id) {
  const WorkingGroup* group = rules.find_group(id);
  return group == nullptr || group->name == id ? id : group->name + " (" + id + ")";
}

// The day `span` comes into force and the day after its last, each when it falls in `period`
// (after its first day, up to its last): the days it changes the committee.
std::optional<Date> begins_within(const CycleSpan& span, const Period& period) {
  bool within =
      !span.from_cycle.empty() && period.from < span.dates.from && span.dates.from <= period.to;
  return within ? std::optional<Date>(span.dates.from) : std::nullopt;
}
std::optional<Date> ends_within(const CycleSpan& span, const Period& period) {
  Date after = Date::from_days(span.dates.to.days() + 1);
  bool within = !span.to_cycle.empty() && period.from < after && after <= period.to;
  return within ? std::optional<Date>(after) : std::nullopt;
}

// Whether `link` begins and ends with its group, so that its change is the group's.
bool follows_group(const RuleSet& rules, const Responsibility& link) {
  const WorkingGroup* group = rules.find_group(link.group);
  return group != nullptr && group->cycles.dates.from == link.cycles.dates.from &&
         group->cycles.dates.to == link.cycles.dates.to;
}

std::vector<std::string> groups_of(const std::vector<Responsibility>& links) {
  std::vector<std::string> out;
  for (const auto& link : links) out.push_back(link.group);
  return out;
}

// One action's change on one day, in words: it passes from some groups to others, or groups
// begin or stop carrying it. A group's joining or leaving the committee is said by the group's
// own change, unless the action passes to or from it.
std::string action_changes(const RuleSet& rules, int action,
                           const std::vector<Responsibility>& begun,
                           const std::vector<Responsibility>& ended) {
  std::string label = "action " + std::to_string(action);
  if (!begun.empty() && !ended.empty()) {
    return label + " passes from " + join(groups_of(ended)) + " to " + join(groups_of(begun));
  }
  std::vector<Responsibility> own;
  const auto& changed = begun.empty() ? ended : begun;
  std::copy_if(changed.begin(), changed.end(), std::back_inserter(own),
               [&](const Responsibility& link) { return !follows_group(rules, link); });
  if (own.empty()) return "";
  return label + (begun.empty() ? " is no longer carried by " : " is carried from now on by ") +
         join(groups_of(own));
}

}  // namespace

RuleSet committee_at(const RuleSet& rules, Date day) {
  RuleSet out = rules;
  std::erase_if(out.groups, [&](const WorkingGroup& group) { return !group.cycles.contains(day); });
  for (auto& section : out.sections) section.responsible = in_force(section.responsible, day);
  for (auto& action : out.actions) action.responsible = in_force(action.responsible, day);
  return out;
}

std::vector<CommitteeChange> committee_changes(const RuleSet& rules, const Period& period) {
  std::vector<CommitteeChange> out;
  for (const auto& group : rules.groups) {
    if (auto day = begins_within(group.cycles, period)) {
      out.push_back({*day, group_label(rules, group.id) +
                               " joins the Coordination Committee with the " +
                               group.cycles.from_cycle + " cycle"});
    }
    if (auto day = ends_within(group.cycles, period)) {
      out.push_back({*day, group_label(rules, group.id) +
                               " leaves the Coordination Committee after the " +
                               group.cycles.to_cycle + " cycle"});
    }
  }
  for (const auto& action : rules.actions) {
    // The links of the action that begin and end on each day of the period.
    std::map<Date, std::pair<std::vector<Responsibility>, std::vector<Responsibility>>> moves;
    for (const auto& link : action.responsible) {
      if (auto day = begins_within(link.cycles, period)) moves[*day].first.push_back(link);
      if (auto day = ends_within(link.cycles, period)) moves[*day].second.push_back(link);
    }
    for (const auto& [day, begun_ended] : moves) {
      std::string what = action_changes(rules, action.id, begun_ended.first, begun_ended.second);
      if (!what.empty()) out.push_back({day, what});
    }
  }
  std::stable_sort(out.begin(), out.end(), [](const CommitteeChange& a, const CommitteeChange& b) {
    return a.date < b.date;
  });
  return out;
}

const Cycle* cycle_of(const RuleSet& rules, Date day) {
  auto it = std::find_if(rules.cycles.begin(), rules.cycles.end(),
                         [&](const Cycle& cycle) { return cycle.period.contains(day); });
  return it == rules.cycles.end() ? nullptr : &*it;
}

std::vector<Responsibility> responsible_on(const RuleSet& rules, int action, Date day) {
  if (const PlanAction* planned = rules.find_action(action)) {
    return in_force(planned->responsible, day);
  }
  const ActionSection* section = rules.section_of(action);
  return section == nullptr ? std::vector<Responsibility>{} : in_force(section->responsible, day);
}

}  // namespace lapaudit
