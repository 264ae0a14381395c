// SPDX-License-Identifier: Apache-2.0
#include "rules/rule_kinds.hpp"

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
  return kind->check(rule);
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
