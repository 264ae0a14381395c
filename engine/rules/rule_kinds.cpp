// SPDX-License-Identifier: Apache-2.0
#include "rules/rule_kinds.hpp"

#include <algorithm>
#include <map>
#include <memory>

#include "rules/coverage_rule.hpp"
#include "rules/disaggregated_data_rule.hpp"
#include "rules/event_rule.hpp"
#include "rules/joint_activity_rule.hpp"
#include "rules/participation_rule.hpp"
#include "rules/plan_rule.hpp"
#include "rules/recency_rule.hpp"
#include "rules/silo_rule.hpp"
#include "rules/unlinked_work_rule.hpp"
#include "util/text_util.hpp"

namespace lapaudit {
namespace {

const std::map<std::string, std::unique_ptr<RuleKind>, std::less<>>& registry() {
  static const auto* kinds = [] {
    auto* map = new std::map<std::string, std::unique_ptr<RuleKind>, std::less<>>();
    map->emplace("coverage", std::make_unique<CoverageRule>());
    map->emplace("silo", std::make_unique<SiloRule>());
    map->emplace("joint-activity", std::make_unique<JointActivityRule>());
    map->emplace("event", std::make_unique<EventRule>());
    map->emplace("participation-balance", std::make_unique<ParticipationRule>());
    map->emplace("disaggregated-data", std::make_unique<DisaggregatedDataRule>());
    map->emplace("recency", std::make_unique<RecencyRule>());
    map->emplace("work-plan", std::make_unique<PlanRule>());
    map->emplace("unlinked-work", std::make_unique<UnlinkedWorkRule>());
    return map;
  }();
  return *kinds;
}

// The placeholders each kind fills in its messages: what evaluate() hands to make_finding. A
// message naming another would be printed with its braces in every report.
const std::map<std::string, std::vector<std::string>, std::less<>>& placeholders() {
  static const std::map<std::string, std::vector<std::string>, std::less<>> kNames = {
      {"coverage",
       {"action", "section", "summary", "count", "responsible_count", "uncovered_count",
        "uncovered_groups", "group", "group_name", "uncovered_actions"}},
      {"silo", {"group", "group_name", "hub", "hub_name", "joined_with"}},
      {"joint-activity",
       {"group", "group_name", "with_group", "with_group_name", "count", "min", "partner",
        "partner_name", "activity_kind"}},
      {"event",
       {"activity_kind", "partner", "partner_name", "days", "cycle", "meeting", "meeting_from",
        "meeting_to", "window_from", "window_to"}},
      {"participation-balance",
       {"group", "group_name", "min_share", "activity_kind", "count", "counted", "without_count",
        "women", "participants", "share"}},
      {"disaggregated-data", {"action", "section", "count", "total", "activities"}},
      {"recency", {"group", "group_name", "latest", "latest_date", "age", "days", "period_end"}},
      {"work-plan",
       {"item", "title", "track", "kind", "due", "parties", "closest_note", "fulfilled_by",
        "fulfilled_on", "days_late"}},
      {"unlinked-work",
       {"activity", "date", "title", "groups", "listed_actions", "candidate_actions"}}};
  return kNames;
}

// "" when every {name} in the message (or next step) for `outcome` is one `kind_name` fills, else
// what is wrong.
std::string check_message(std::string_view kind_name, const char* what, const std::string& outcome,
                          std::string_view message) {
  const auto& known = placeholders().at(std::string(kind_name));
  std::string where = std::string("the ") + what + " for \"" + outcome + "\"";
  for (std::size_t at = message.find('{'); at != std::string_view::npos;
       at = message.find('{', at + 1)) {
    std::size_t close = message.find_first_of("{}", at + 1);
    if (close == std::string_view::npos || message[close] == '{') {
      return where + " opens a placeholder with \"{\" that is never closed with \"}\"";
    }
    std::string name(message.substr(at + 1, close - at - 1));
    if (std::find(known.begin(), known.end(), name) == known.end()) {
      std::string hint = did_you_mean(name, known);
      return where + " names the placeholder {" + name + "}, which a " + std::string(kind_name) +
             " rule does not fill" + (hint.empty() ? " (it fills: " + join(known) + ")" : hint);
    }
  }
  return {};
}

}  // namespace

const RuleKind* find_rule_kind(std::string_view kind) {
  auto it = registry().find(kind);
  return it == registry().end() ? nullptr : it->second.get();
}

std::vector<std::string> rule_kind_names() {
  std::vector<std::string> names;
  for (const auto& [name, kind] : registry()) names.push_back(name);
  return names;
}

std::string check_rule_config(const RuleConfig& rule) {
  const RuleKind* kind = find_rule_kind(rule.kind);
  if (kind == nullptr) {
    std::string hint = did_you_mean(rule.kind, rule_kind_names());
    return "unknown rule kind \"" + rule.kind + "\"" +
           (hint.empty() ? " (known kinds: " + join(rule_kind_names()) + ")" : hint);
  }
  std::string problem = kind->check(rule);
  if (!problem.empty()) return problem;
  for (const auto& [outcome, text] : rule.message) {
    problem = check_message(rule.kind, "message", outcome, text);
    if (!problem.empty()) return problem;
  }
  for (const auto& [outcome, text] : rule.next_steps) {
    problem = check_message(rule.kind, "next step", outcome, text);
    if (!problem.empty()) return problem;
  }
  return {};
}

Finding make_finding(const RuleConfig& rule, const std::string& outcome, Subject subject,
                     const std::vector<std::pair<std::string, std::string>>& values,
                     std::vector<std::string> evidence) {
  Finding finding;
  finding.id = rule.id + "/" + subject.kind + "/" + subject.id;
  finding.rule = rule.id;
  auto severity = rule.severity.find(outcome);
  finding.severity = severity != rule.severity.end() ? severity->second : "medium";
  auto message = rule.message.find(outcome);
  finding.message =
      message != rule.message.end() ? fill_template(message->second, values) : rule.description;
  auto next_step = rule.next_steps.find(outcome);
  if (next_step != rule.next_steps.end()) {
    finding.next_step = fill_template(next_step->second, values);
  }
  finding.subject = std::move(subject);
  finding.evidence = std::move(evidence);
  return finding;
}

}  // namespace lapaudit
