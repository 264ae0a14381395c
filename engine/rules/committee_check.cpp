// SPDX-License-Identifier: Apache-2.0
#include "rules/committee_check.hpp"

#include <algorithm>

#include "model/committee.hpp"
#include "util/text_util.hpp"

namespace lapaudit {
namespace {

Error at(const Activity& activity, std::string message) {
  return Error{activity.place.file, activity.place.line, 0,
               "\"" + activity.id + "\": " + std::move(message)};
}

// A group the activity lists that is not on the committee on its date.
void check_groups(const RuleSet& rules, const Activity& activity, std::vector<Error>& out) {
  for (const std::string& id : activity.groups) {
    const WorkingGroup* group = rules.find_group(id);
    if (group == nullptr || group->cycles.contains(activity.date)) continue;
    bool before = activity.date < group->cycles.dates.from;
    out.push_back(
        at(activity, id +
                         (before ? " joins the Coordination Committee only with the " +
                                       group->cycles.from_cycle + " cycle (" +
                                       group->cycles.dates.from.to_string() + ")"
                                 : " left the Coordination Committee after the " +
                                       group->cycles.to_cycle + " cycle") +
                         ", so on " + activity.date.to_string() +
                         " its part in this activity counts for no working group; check the "
                         "date or the group"));
  }
}

// An action the activity lists that none of its groups carries on its date.
void check_actions(const RuleSet& rules, const Activity& activity, std::vector<Error>& out) {
  std::vector<std::string> groups = activity.groups;
  for (int action : activity.actions) {
    std::vector<std::string> carriers;
    for (const auto& link : responsible_on(rules, action, activity.date)) {
      carriers.push_back(link.group);
    }
    if (carriers.empty()) continue;
    bool carried = std::any_of(groups.begin(), groups.end(), [&](const std::string& group) {
      return std::find(carriers.begin(), carriers.end(), group) != carriers.end();
    });
    if (carried) continue;
    const Cycle* cycle = cycle_of(rules, activity.date);
    std::string when =
        cycle ? "in the " + cycle->name + " cycle" : "on " + activity.date.to_string();
    out.push_back(at(activity, "action " + std::to_string(action) + " is carried by " +
                                   join(carriers) + " " + when + ", and none of its groups (" +
                                   join(groups) +
                                   ") carries it: the activity covers the action "
                                   "for no group. If " +
                                   join(carriers, " or ") +
                                   " took part, add it to the groups; otherwise check the "
                                   "action number"));
  }
}

}  // namespace

std::vector<Error> committee_warnings(const RuleSet& rules, const ActivityLog& log) {
  std::vector<Error> out;
  for (const auto& activity : log.activities) {
    check_groups(rules, activity, out);
    check_actions(rules, activity, out);
  }
  return out;
}

}  // namespace lapaudit
