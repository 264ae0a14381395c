#include "audit.hpp"

#include <algorithm>
#include <tuple>

#include "coverage_status.hpp"
#include "rule_kinds.hpp"
#include "silo_rule.hpp"
#include "text_util.hpp"

namespace lapaudit {
namespace {

Result<std::optional<Period>> resolve_period(const RuleSet& rules, const ActivityLog& log,
                                             const PeriodChoice& choice) {
  if (choice.cycle) {
    if (const Cycle* cycle = rules.find_cycle(*choice.cycle)) return {cycle->period};
    std::vector<std::string> names;
    for (const auto& cycle : rules.cycles) names.push_back(cycle.name);
    std::string hint = did_you_mean(*choice.cycle, names);
    return Error{"", 0, 0,
                 "unknown cycle \"" + *choice.cycle + "\"" + hint +
                     " (cycles of the rule set: " + join(names) + ")"};
  }
  std::optional<Date> first, last;
  for (const auto& activity : log.activities) {
    if (!first || activity.date < *first) first = activity.date;
    if (!last || *last < activity.date) last = activity.date;
  }
  std::optional<Date> from = choice.from ? choice.from : first;
  std::optional<Date> to = choice.to ? choice.to : last;
  if (choice.from && choice.to && *choice.to < *choice.from) {
    return Error{"", 0, 0,
                 "--from " + choice.from->to_string() + " is after --to " + choice.to->to_string()};
  }
  if (!from || !to) return std::optional<Period>{};
  if (*to < *from) return {Period{*from, *from}};  // one end given, past every activity
  return {Period{*from, *to}};
}

// Puts the log in a canonical order, so that the report does not depend on the order of the
// input files or of the records within them: activities by date then id (ids are unique among
// accepted activities, so the order is total), rejections and inputs by file and line.
void canonical_order(ActivityLog& log) {
  std::sort(log.activities.begin(), log.activities.end(), [](const Activity& x, const Activity& y) {
    return std::tie(x.date, x.id) < std::tie(y.date, y.id);
  });
  auto by_place = [](const Rejection& a, const Rejection& b) {
    return std::tie(a.place.file, a.place.line) < std::tie(b.place.file, b.place.line);
  };
  std::stable_sort(log.rejections.begin(), log.rejections.end(), by_place);
  std::stable_sort(log.inputs.begin(), log.inputs.end(),
                   [](const InputSummary& a, const InputSummary& b) { return a.path < b.path; });
}

}  // namespace

Result<Audit> run_audit(const RuleSet& rules, ActivityLog log, const PeriodChoice& choice,
                        const std::string& tool_version, const AuditInputs& inputs) {
  auto period = resolve_period(rules, log, choice);
  if (!period) return period.error();

  canonical_order(log);
  Audit audit{{}, std::move(log), {}, {}, CoverageGraph(rules), GenderClassifier(rules.lexicon)};
  AuditReport& report = audit.report;
  report.tool_version = tool_version;
  report.rules_name = rules.name;
  report.rules_title = rules.title;
  report.rules_digest = rules.digest;
  report.period = period.value();
  report.cycle = choice.cycle.value_or("");

  const auto& activities = audit.log.activities;
  audit.gender_related.reserve(activities.size());
  audit.in_period.reserve(activities.size());
  std::map<std::string, std::size_t> out_of_period;
  for (std::size_t i = 0; i < activities.size(); ++i) {
    const Activity& activity = activities[i];
    bool related = audit.classifier.is_related(activity);
    audit.gender_related.push_back(related);
    bool inside = report.period && report.period->contains(activity.date);
    audit.in_period.push_back(inside);
    if (inside) {
      audit.graph.add_activity(activity, i, related);
    } else {
      ++out_of_period[activity.place.file_name()];
    }
  }
  for (auto& input : audit.log.inputs) input.out_of_period = out_of_period[input.path];

  report.inputs = audit.log.inputs;
  report.rejected = std::move(audit.log.rejections);  // a large log rejects many: not copied
  audit.log.rejections.clear();

  audit.graph.prepare_for_reading();
  report.actions = action_results(rules, audit.graph, audit.log);
  report.groups = group_results(rules, audit.graph, audit.log);
  report.silos = find_silos(rules, audit.graph);
  if (inputs.plan != nullptr) {
    report.plan = evaluate_work_plan(*inputs.plan, audit.log, audit.gender_related, report.period);
  }

  AuditContext context{rules,           audit.log,   audit.gender_related,
                       audit.in_period, audit.graph, report};
  for (const RuleConfig& rule : rules.rules) {  // findings in rule-set order
    if (const RuleKind* kind = find_rule_kind(rule.kind)) {
      kind->evaluate(rule, context, report.findings);
    }
  }
  if (inputs.waivers != nullptr) {
    std::optional<Date> as_of;
    if (report.period) as_of = report.period->to;
    report.waivers = apply_waivers(*inputs.waivers, report.findings, as_of);
  }
  return audit;
}

}  // namespace lapaudit
