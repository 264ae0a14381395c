#include "rule_kinds.hpp"

#include <map>
#include <memory>

#include "coverage_rule.hpp"
#include "text_util.hpp"

namespace lapaudit {
namespace {

const std::map<std::string, std::unique_ptr<RuleKind>, std::less<>>& registry() {
  static const auto* kinds = [] {
    auto* map = new std::map<std::string, std::unique_ptr<RuleKind>, std::less<>>();
    map->emplace("coverage", std::make_unique<CoverageRule>());
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
  finding.message = message != rule.message.end() ? fill_template(message->second, values)
                                                  : rule.description;
  finding.subject = std::move(subject);
  finding.evidence = std::move(evidence);
  return finding;
}

}  // namespace lapaudit
