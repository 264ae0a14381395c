// SPDX-License-Identifier: Apache-2.0
#include "rules/plan_rule.hpp"

#include "rules/rule_params.hpp"
#include "util/text_util.hpp"

namespace lapaudit {
namespace {

const std::string kLabel = "a work-plan rule";

std::string parties(const PlanItemResult& item) {
  std::vector<std::string> all = item.groups;
  all.insert(all.end(), item.partners.begin(), item.partners.end());
  return join(all);
}

std::string closest_note(const PlanItemResult& item) {
  if (item.closest.empty()) return {};
  return " The closest, " + join(item.closest) + ", did not involve " + join(item.lacking) + ".";
}

std::string due_text(const PlanItemResult& item) {
  std::string date = item.due.to_string();
  return item.due_text == date ? date : item.due_text + " (" + date + ")";
}

}  // namespace

std::string PlanRule::check(const RuleConfig& rule) const {
  if (rule.subject != "plan-item") return kLabel + " needs \"subject\": \"plan-item\"";
  auto problem = check_param_names(rule, {kLabel});
  if (!problem.empty()) return problem;
  return check_outcomes(rule, kLabel, {"late", "missing"});
}

void PlanRule::evaluate(const RuleConfig& rule, const AuditContext& context,
                        std::vector<Finding>& findings) const {
  if (!context.report.plan) return;
  for (const auto& item : context.report.plan->items) {
    if (item.status != PlanItemStatus::kLate && item.status != PlanItemStatus::kMissing) continue;
    std::vector<std::pair<std::string, std::string>> values = {
        {"item", item.id},
        {"title", item.title},
        {"track", item.track},
        {"kind", item.kind},
        {"due", due_text(item)},
        {"parties", parties(item)},
        {"closest_note", closest_note(item)}};
    std::vector<std::string> evidence = item.closest;
    if (item.status == PlanItemStatus::kLate) {
      values.insert(values.end(),
                    {{"fulfilled_by", item.fulfilled_by},
                     {"fulfilled_on", item.fulfilled_on->to_string()},
                     {"days_late", std::to_string(item.fulfilled_on->days() - item.due.days())}});
      evidence = {item.fulfilled_by};
    }
    findings.push_back(make_finding(rule, std::string(plan_status_name(item.status)),
                                    Subject{"plan-item", item.id}, values, std::move(evidence)));
  }
}

}  // namespace lapaudit
