// SPDX-License-Identifier: Apache-2.0
#include "rules/audit.hpp"

#include <algorithm>
#include <tuple>

#include "model/committee.hpp"
#include "rules/coverage_status.hpp"
#include "rules/data_quality.hpp"
#include "rules/rule_kinds.hpp"
#include "rules/silo_rule.hpp"
#include "util/text_util.hpp"

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

// The day whose committee judges the audit: the period's last; with no period, the end of the
// plan's term or of its last cycle.
std::optional<Date> committee_day(const RuleSet& rules, const std::optional<Period>& period) {
  if (period) return period->to;
  if (rules.plan_term) return rules.plan_term->dates.to;
  if (!rules.cycles.empty()) return rules.cycles.back().period.to;
  return std::nullopt;
}

std::string plan_term_words(const RuleSet& rules) {
  const PlanTerm& term = *rules.plan_term;
  std::string out = "the " + rules.plan_name + " is in force from " + term.dates.from.to_string() +
                    " to " + term.dates.to.to_string();
  if (!term.note.empty()) out += " (" + term.note + ")";
  return out;
}

// A period wholly outside the plan's term is an error; one that only overlaps it, a warning.
Result<std::optional<ReportWarning>> check_plan_term(const RuleSet& rules,
                                                     const std::optional<Period>& period) {
  if (!period || !rules.plan_term) return std::optional<ReportWarning>{};
  const Period& term = rules.plan_term->dates;
  std::string span = period->from.to_string() + " to " + period->to.to_string();
  if (period->to < term.from || term.to < period->from) {
    return Error{"", 0, 0,
                 "the period " + span +
                     " lies outside the action plan of this rule set: " + plan_term_words(rules) +
                     ". Audit it with the rule set of the plan in force then (--rules DIR)."};
  }
  if (period->from < term.from || term.to < period->to) {
    return {ReportWarning{"period-beyond-plan",
                          "The period " + span +
                              " runs beyond the action plan: " + plan_term_words(rules) +
                              ". Activities outside those dates are judged by this plan's "
                              "actions all the same."}};
  }
  return std::optional<ReportWarning>{};
}

}  // namespace

Result<Audit> run_audit(const RuleSet& rules, ActivityLog log, const PeriodChoice& choice,
                        const std::string& tool_version, const AuditInputs& inputs) {
  auto period = resolve_period(rules, log, choice);
  if (!period) return period.error();
  auto beyond_plan = check_plan_term(rules, period.value());
  if (!beyond_plan) return beyond_plan.error();

  canonical_order(log);
  std::shared_ptr<const RuleSet> in_force = std::make_shared<const RuleSet>(rules);
  std::optional<Date> day = committee_day(rules, period.value());
  if (day) in_force = std::make_shared<const RuleSet>(committee_at(rules, *day));
  Audit audit{.rules = in_force,
              .report = {},
              .log = std::move(log),
              .gender_related = {},
              .in_period = {},
              .graph = CoverageGraph(*in_force),  // the period's, once its activities are known
              .classifier = GenderClassifier(rules.lexicon)};
  AuditReport& report = audit.report;
  if (day) {
    const Cycle* cycle = cycle_of(rules, *day);
    report.committee = Committee{*day, cycle ? cycle->name : "", {}};
    if (period.value()) report.committee->changes = committee_changes(rules, *period.value());
    if (!report.committee->changes.empty()) {
      std::vector<std::string> changes;
      for (const auto& change : report.committee->changes) {
        changes.push_back(change.date.to_string() + ": " + change.what);
      }
      report.warnings.push_back(ReportWarning{
          "committee-changed",
          "The Coordination Committee changed within the period (" + join(changes, "; ") +
              "). The whole period is judged with the committee in force on its last day, " +
              day->to_string() +
              ": audit each cycle on its own (--cycle) to judge each with its "
              "own committee."});
    }
  }
  if (beyond_plan.value()) report.warnings.push_back(*beyond_plan.value());
  report.tool_version = tool_version;
  report.rules_name = rules.name;
  report.rules_title = rules.title;
  report.rules_digest = rules.digest;
  const RuleSet& judged = *audit.rules;
  report.period = period.value();
  report.cycle = choice.cycle.value_or("");

  const auto& activities = audit.log.activities;
  audit.gender_related.reserve(activities.size());
  audit.in_period.reserve(activities.size());
  std::map<std::string, std::size_t> out_of_period;
  std::vector<GraphActivity> period_activities;
  for (std::size_t i = 0; i < activities.size(); ++i) {
    const Activity& activity = activities[i];
    bool related = audit.classifier.is_related(activity);  // each activity classified once
    audit.gender_related.push_back(related);
    bool inside = report.period && report.period->contains(activity.date);
    audit.in_period.push_back(inside);
    if (inside) {
      period_activities.push_back(
          GraphActivity{.index = i, .activity = activity, .gender_related = related});
    } else {
      ++out_of_period[activity.place.file];
    }
  }
  audit.graph = CoverageGraph(judged, period_activities);
  for (auto& input : audit.log.inputs) input.out_of_period = out_of_period[input.path];

  report.inputs = audit.log.inputs;
  report.rejected = std::move(audit.log.rejections);  // a large log rejects many: not copied
  audit.log.rejections.clear();

  report.actions = action_results(judged, audit.graph, audit.log);
  report.groups = group_results(judged, audit.graph, audit.log);
  report.silos = find_silos(judged, audit.graph);
  if (inputs.plan != nullptr) {
    report.plan = evaluate_work_plan(*inputs.plan, audit.log, audit.gender_related, report.period);
  }

  AuditContext context{judged,          audit.log,   audit.gender_related,
                       audit.in_period, audit.graph, report};
  for (const RuleConfig& rule : judged.rules) {  // findings in rule-set order
    if (const RuleKind* kind = find_rule_kind(rule.kind)) {
      kind->evaluate(rule, context, report.findings);
    }
  }
  if (inputs.waivers != nullptr) {
    std::optional<Date> as_of;
    if (report.period) as_of = report.period->to;
    report.waivers = apply_waivers(*inputs.waivers, report.findings, as_of);
  }
  link_rejected_records(report, judged);
  std::vector<ReportWarning> quality =
      data_quality_warnings(report, audit.log.ignored_fields, inputs.today);
  report.warnings.insert(report.warnings.begin(), std::make_move_iterator(quality.begin()),
                         std::make_move_iterator(quality.end()));
  return audit;
}

}  // namespace lapaudit
