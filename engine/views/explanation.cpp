// SPDX-License-Identifier: Apache-2.0
#include "views/explanation.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>

#include "rules/coverage_status.hpp"
#include "util/text_util.hpp"

namespace lapaudit {
namespace {

template <class Items, class Key>
bool contains(const Items& items, const Key& key) {
  return std::find(items.begin(), items.end(), key) != items.end();
}

std::string activities_text(std::size_t count) {
  return std::to_string(count) + " gender-related activit" + (count == 1 ? "y" : "ies");
}

// A number as a reader says it: a share below 1 as a percentage ("40%"), else a whole number.
std::string param_text(double value) {
  if (value > 0 && value < 1) return std::to_string(std::lround(value * 100)) + "%";
  if (value == std::floor(value)) return std::to_string(static_cast<long long>(value));
  return std::to_string(value);
}

bool word_character(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '_'; }

// `text` with each whole-word `name` replaced by `value`: a description that names a
// parameter ("at least exceeds_at activities") reads with its value ("at least 3 activities").
// Only names no sentence would use (with an underscore): "days" or "hub" are words too.
std::string with_value(std::string text, const std::string& name, const std::string& value) {
  if (name.find('_') == std::string::npos) return text;
  for (std::size_t at = text.find(name); at != std::string::npos; at = text.find(name, at)) {
    bool starts = at == 0 || !word_character(text[at - 1]);
    bool ends = at + name.size() == text.size() || !word_character(text[at + name.size()]);
    if (!starts || !ends) {
      at += name.size();
      continue;
    }
    text.replace(at, name.size(), value);
    at += value.size();
  }
  return text;
}

// Each rule that judges subjects of `kind`, as a reader sees it: its description in words, with
// the values of the parameters it names, and no parameter names.
std::vector<std::string> rules_for(const RuleSet& rules, const std::string& kind) {
  std::vector<std::string> out;
  for (const auto& rule : rules.rules) {
    if (rule.subject != kind) continue;
    std::string description = rule.description;
    for (const auto& [name, value] : rule.params) {
      description = with_value(std::move(description), name, param_text(value));
    }
    for (const auto& [name, value] : rule.text_params) {
      description = with_value(std::move(description), name, value);
    }
    out.push_back(rule.id + " (" + rule.kind + "): " + description);
  }
  return out;
}

std::string threshold_text(std::optional<std::size_t> exceeds_at) {
  return exceeds_at ? "exceeds needs at least " + std::to_string(*exceeds_at) : "";
}

// Whether activity `index` (gender-related or not for `reason`) counted, or why not: outside
// the period, or not gender-related. Returns "" when it counted.
std::string not_counted_reason(const Audit& audit, std::size_t index, const GenderReason& reason) {
  if (!audit.in_period[index]) {
    const auto& period = audit.report.period;
    return "not counted: outside the period" +
           (period ? " (" + period->from.to_string() + " to " + period->to.to_string() + ")"
                   : std::string());
  }
  if (reason.related) return "";
  if (reason.basis == GenderBasis::kMarker) return "not counted: " + reason.explain();
  return "not counted: not gender-related (" + reason.explain() +
         "); if it was, give it gender_marker 1 or 2";
}

ActivityVerdict verdict(const Audit& audit, std::size_t index, const std::string& coverage) {
  const Activity& activity = audit.log.activities[index];
  ActivityVerdict out{activity.id,    activity.date,
                      activity.title, RecordPlace{activity.place.file, activity.place.line},
                      false,          {}};
  GenderReason reason = audit.reason(index);
  out.why = not_counted_reason(audit, index, reason);
  if (out.why.empty()) {
    out.counted = true;
    out.why = "counted: " + reason.explain() + "; " + coverage;
  }
  return out;
}

std::string action_coverage_of(const PlanAction& action, const Activity& activity) {
  std::vector<std::string> covers;
  std::vector<std::string> carriers;
  for (const auto& link : action.responsible) carriers.push_back(link.group);
  for (const auto& group : activity.groups) {
    if (contains(carriers, group)) covers.push_back(group);
  }
  if (covers.empty()) {
    return "but none of its groups (" + join(activity.groups) + ") carries action " +
           std::to_string(action.id) + " in the committee audited (carried by: " + join(carriers) +
           "), so it covers the action for no group";
  }
  return "covers it for " + join(covers);
}

std::string group_coverage_of(const GroupResult& group, const Activity& activity) {
  std::vector<int> covers;
  for (int action : activity.actions) {
    if (contains(group.carried_actions, action)) covers.push_back(action);
  }
  if (!covers.empty()) return "covers action(s) " + join_numbers(covers);
  std::string text =
      "lists none of the actions the group carries (" + join_numbers(group.carried_actions) + ")";
  if (!activity.actions.empty()) text += "; it lists " + join_numbers(activity.actions);
  return text;
}

std::string decide_action(const ActionResult& result, std::optional<std::size_t> exceeds_at) {
  auto uncovered = static_cast<std::size_t>(std::count_if(
      result.groups.begin(), result.groups.end(), [](const GroupCover& c) { return !c.covered; }));
  std::string count = activities_text(result.gender_activities);
  switch (result.status) {
    case Status::kMissing:
      return "missing: no gender-related activity in the period lists action " +
             std::to_string(result.id) + ".";
    case Status::kApproaches:
      return "approaches: " + count + " in the period list it, but " + std::to_string(uncovered) +
             " of " + std::to_string(result.groups.size()) +
             " responsible groups have not covered it.";
    case Status::kMeets:
      return "meets: every responsible group covered it, with " + count +
             (exceeds_at ? " (" + threshold_text(exceeds_at) + ")." : ".");
    case Status::kExceeds:
      break;
  }
  return "exceeds: every responsible group covered it, with " + count + " (" +
         threshold_text(exceeds_at) + ").";
}

std::string decide_group(const GroupResult& result, std::optional<std::size_t> exceeds_at) {
  std::string count = activities_text(result.gender_activities);
  switch (result.status) {
    case Status::kMissing:
      return "missing: no gender-related activity in the period lists the group.";
    case Status::kApproaches:
      return "approaches: " + count + " in the period, but action(s) " +
             join_numbers(result.uncovered_actions) + " it carries are not covered.";
    case Status::kMeets:
      return "meets: " + count + " in the period cover every action it carries" +
             (exceeds_at ? " (" + threshold_text(exceeds_at) + ")." : ".");
    case Status::kExceeds:
      break;
  }
  return "exceeds: " + count + " in the period cover every action it carries (" +
         threshold_text(exceeds_at) + ").";
}

std::vector<Finding> findings_about(const AuditReport& report, const Subject& subject) {
  std::vector<Finding> out;
  for (const auto& finding : report.findings) {
    if (finding.subject.kind == subject.kind && finding.subject.id == subject.id) {
      out.push_back(finding);
    }
  }
  return out;
}

std::string cover_line(const std::string& name, bool covered,
                       const std::vector<std::string>& evidence) {
  return name + ": " + (covered ? "covered by " + join(evidence) : "not covered");
}

Error unknown_action(const RuleSet& rules, int action) {
  std::vector<int> ids;
  for (const auto& known : rules.actions) ids.push_back(known.id);
  std::string known = " (the gender-relevant actions: " + join_numbers(ids) + ")";
  if (!rules.in_plan(action)) {
    return Error{"", 0, 0,
                 "action " + std::to_string(action) + " is not in the " + rules.plan_name +
                     " (actions " + std::to_string(rules.first_action) + "-" +
                     std::to_string(rules.last_action) + ")" + known};
  }
  return Error{"", 0, 0,
               "action " + std::to_string(action) +
                   " is not one of the gender-relevant actions the audit judges" + known};
}

}  // namespace

Result<Explanation> explain_action(const Audit& audit, int action) {
  const RuleSet& rules = *audit.rules;
  const PlanAction* plan_action = rules.find_action(action);
  const auto& results = audit.report.actions;
  auto result = std::find_if(results.begin(), results.end(),
                             [&](const ActionResult& r) { return r.id == action; });
  if (plan_action == nullptr || result == results.end()) return unknown_action(rules, action);
  Explanation out;
  out.subject = {"action", std::to_string(action)};
  out.title = "Action " + out.subject.id + " (" + result->section + "): " + result->summary;
  out.status = result->status;
  out.decision = decide_action(*result, exceeds_threshold(rules, "action"));
  out.rules = rules_for(rules, "action");
  for (const auto& cover : result->groups) {
    out.coverage.push_back(cover_line(cover.group, cover.covered, cover.evidence));
  }
  const auto& activities = audit.log.activities;
  for (std::size_t i = 0; i < activities.size(); ++i) {
    if (!contains(activities[i].actions, action)) continue;
    out.activities.push_back(verdict(audit, i, action_coverage_of(*plan_action, activities[i])));
  }
  for (const auto& rejection : audit.report.rejected) {
    if (contains(rejection.actions, action)) out.rejected.push_back(rejection);
  }
  out.findings = findings_about(audit.report, out.subject);
  return out;
}

Result<Explanation> explain_group(const Audit& audit, const std::string& group) {
  const RuleSet& rules = *audit.rules;
  const auto& results = audit.report.groups;
  auto result = std::find_if(results.begin(), results.end(),
                             [&](const GroupResult& r) { return r.id == group; });
  if (result == results.end()) {
    std::vector<std::string> ids;
    for (const auto& known : rules.groups) ids.push_back(known.id);
    return Error{"", 0, 0,
                 "unknown group \"" + group + "\"" + did_you_mean(group, ids) +
                     " (groups: " + join(ids) + ")"};
  }
  Explanation out;
  out.subject = {"group", group};
  out.title = result->name + " (" + group + ")";
  out.status = result->status;
  out.decision = decide_group(*result, exceeds_threshold(rules, "group"));
  out.rules = rules_for(rules, "group");
  for (const auto& action : audit.report.actions) {
    if (!contains(result->carried_actions, action.id)) continue;
    for (const auto& cover : action.groups) {
      if (cover.group != group) continue;
      out.coverage.push_back(
          cover_line("action " + std::to_string(action.id), cover.covered, cover.evidence));
    }
  }
  const auto& activities = audit.log.activities;
  for (std::size_t i = 0; i < activities.size(); ++i) {
    if (!contains(activities[i].groups, group)) continue;
    out.activities.push_back(verdict(audit, i, group_coverage_of(*result, activities[i])));
  }
  for (const auto& rejection : audit.report.rejected) {
    if (contains(rejection.groups, group)) out.rejected.push_back(rejection);
  }
  out.findings = findings_about(audit.report, out.subject);
  return out;
}

}  // namespace lapaudit
