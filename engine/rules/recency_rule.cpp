// SPDX-License-Identifier: Apache-2.0
#include "rules/recency_rule.hpp"

#include "rules/rule_params.hpp"

namespace lapaudit {
namespace {

const std::string kLabel = "a recency rule";
const std::string kStale = "stale";

}  // namespace

std::string RecencyRule::check(const RuleConfig& rule) const {
  if (rule.subject != "group") return kLabel + " needs \"subject\": \"group\"";
  auto problem = check_param_names(rule, {kLabel, {"days"}, {}, {"groups"}});
  if (!problem.empty()) return problem;
  problem = check_whole_number(rule, kLabel, "days", 0, true);
  if (!problem.empty()) return problem;
  return check_outcomes(rule, kLabel, {kStale});
}

void RecencyRule::evaluate(const RuleConfig& rule, const AuditContext& context,
                           std::vector<Finding>& findings) const {
  if (!context.report.period) return;
  Date end = context.report.period->to;
  int days = static_cast<int>(number_param(rule, "days", 0));
  std::vector<std::string> judged = list_param(rule, "groups");
  for (const auto& group : context.rules.groups) {
    if (!judged.empty() && !lists(judged, group.id)) continue;
    const Activity* latest = nullptr;
    for (std::size_t index : context.graph.activities_of_group(group.id, true)) {
      const Activity& activity = context.log.activities[index];
      if (latest == nullptr || latest->date < activity.date) latest = &activity;
    }
    if (latest == nullptr) continue;
    int age = end.days() - latest->date.days();
    if (age <= days) continue;
    findings.push_back(make_finding(rule, kStale, Subject{"group", group.id},
                                    {{"group", group.id},
                                     {"group_name", group.name},
                                     {"latest", latest->id},
                                     {"latest_date", latest->date.to_string()},
                                     {"age", std::to_string(age)},
                                     {"days", std::to_string(days)},
                                     {"period_end", end.to_string()}},
                                    {latest->id}));
  }
}

}  // namespace lapaudit
