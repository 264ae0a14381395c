// SPDX-License-Identifier: Apache-2.0
#include "rules/event_rule.hpp"

#include "rules/rule_params.hpp"

namespace lapaudit {
namespace {

const std::string kLabel = "an event rule";
const std::string kNone = "none";

struct Window {
  Date from;
  Date to;
  bool contains(Date date) const { return from <= date && date <= to; }
};

}  // namespace

const Cycle* audited_meeting_cycle(const RuleSet& rules, const AuditReport& report) {
  if (!report.cycle.empty()) {
    const Cycle* cycle = rules.find_cycle(report.cycle);
    return cycle != nullptr && cycle->meeting ? cycle : nullptr;
  }
  if (!report.period) return nullptr;
  const Cycle* found = nullptr;
  for (const auto& cycle : rules.cycles) {
    if (!cycle.meeting || !report.period->contains(cycle.meeting->from)) continue;
    if (found == nullptr || found->meeting->from < cycle.meeting->from) found = &cycle;
  }
  return found;
}

std::string EventRule::check(const RuleConfig& rule) const {
  if (rule.subject != "cycle") return kLabel + " needs \"subject\": \"cycle\"";
  auto problem = check_param_names(rule, {kLabel, {"days"}, {"activity_kind", "partner"}});
  if (!problem.empty()) return problem;
  if (text_param(rule, "activity_kind").empty()) {
    return kLabel + " needs the parameter \"activity_kind\", e.g. \"side-event\"";
  }
  problem = check_whole_number(rule, kLabel, "days", 0, false);
  if (!problem.empty()) return problem;
  return check_outcomes(rule, kLabel, {kNone});
}

void EventRule::evaluate(const RuleConfig& rule, const AuditContext& context,
                         std::vector<Finding>& findings) const {
  std::string kind = text_param(rule, "activity_kind");
  std::string partner = text_param(rule, "partner");
  int days = static_cast<int>(number_param(rule, "days", 0));
  std::vector<std::pair<std::string, std::string>> values = {
      {"activity_kind", kind},
      {"partner", partner},
      {"partner_name", partner.empty() ? "" : partner_name(context.rules, partner)},
      {"days", std::to_string(days)}};
  const Cycle* cycle = audited_meeting_cycle(context.rules, context.report);
  if (cycle == nullptr) return;
  const Meeting& meeting = *cycle->meeting;
  Window window{Date::from_days(meeting.from.days() - days),
                Date::from_days(meeting.to.days() + days)};
  std::vector<std::string> near_misses;  // of the kind, in the window, but not counted
  for (std::size_t i = 0; i < context.log.activities.size(); ++i) {
    const Activity& activity = context.log.activities[i];
    if (activity.kind != kind || !window.contains(activity.date)) continue;
    bool with_partner = partner.empty() || lists(activity.partners, partner);
    if (with_partner && context.gender_related[i]) return;
    near_misses.push_back(activity.id);
  }
  values.insert(values.end(), {{"cycle", cycle->name},
                               {"meeting", meeting.name},
                               {"meeting_from", meeting.from.to_string()},
                               {"meeting_to", meeting.to.to_string()},
                               {"window_from", window.from.to_string()},
                               {"window_to", window.to.to_string()}});
  findings.push_back(
      make_finding(rule, kNone, Subject{"cycle", cycle->name}, values, std::move(near_misses)));
}

}  // namespace lapaudit
