// SPDX-License-Identifier: Apache-2.0
#include "rules/silo_rule.hpp"

#include <algorithm>
#include <set>

#include "util/text_util.hpp"

namespace lapaudit {
namespace {

constexpr const char* kOutcome = "silo";

std::string hub_of(const RuleConfig& rule) {
  auto it = rule.text_params.find("hub");
  return it == rule.text_params.end() ? "" : it->second;
}

std::string group_name(const RuleSet& rules, const std::string& id) {
  const WorkingGroup* group = rules.find_group(id);
  return group == nullptr ? id : group->name;
}

// The silos with respect to `hub`: every group outside the component that holds it.
void add_silos(const RuleSet& rules, const std::vector<std::vector<std::string>>& components,
               const std::string& hub, std::vector<Silo>& silos) {
  for (const auto& component : components) {
    if (std::find(component.begin(), component.end(), hub) != component.end()) continue;
    for (const auto& group : component) {
      if (rules.find_group(group) == nullptr) continue;
      Silo silo{group, hub, {}};
      for (const auto& other : component) {
        if (other != group) silo.joined_with.push_back(other);
      }
      silos.push_back(std::move(silo));
    }
  }
}

}  // namespace

std::string SiloRule::check(const RuleConfig& rule) const {
  if (rule.subject != "group") return "a silo rule needs \"subject\": \"group\"";
  if (hub_of(rule).empty()) {
    return "a silo rule needs the parameter \"hub\": the group every other group should be "
           "joined to, e.g. \"gso\"";
  }
  if (!rule.params.empty()) {
    return "a silo rule has no parameter \"" + rule.params.begin()->first + "\"";
  }
  for (const auto& [name, value] : rule.text_params) {
    if (name != "hub") return "a silo rule has no parameter \"" + name + "\"";
  }
  if (!rule.message.count(kOutcome)) return "a silo rule needs a message for \"silo\"";
  if (!rule.severity.count(kOutcome)) return "a silo rule needs a severity for \"silo\"";
  return {};
}

void SiloRule::evaluate(const RuleConfig& rule, const AuditContext& context,
                        std::vector<Finding>& findings) const {
  std::string hub = hub_of(rule);
  for (const auto& silo : context.report.silos) {
    if (silo.hub != hub) continue;
    std::vector<std::string> evidence;
    for (std::size_t index : context.graph.activities_of_group(silo.group, true)) {
      evidence.push_back(context.log.activities[index].id);
    }
    std::string joined = silo.joined_with.empty() ? "no other group" : join(silo.joined_with);
    findings.push_back(make_finding(rule, kOutcome, Subject{"group", silo.group},
                                    {{"group", silo.group},
                                     {"group_name", group_name(context.rules, silo.group)},
                                     {"hub", hub},
                                     {"hub_name", group_name(context.rules, hub)},
                                     {"joined_with", joined}},
                                    std::move(evidence)));
  }
}

std::vector<Silo> find_silos(const RuleSet& rules, const CoverageGraph& graph) {
  std::set<std::string> hubs;
  for (const auto& rule : rules.rules) {
    if (rule.kind == "silo" && !hub_of(rule).empty()) hubs.insert(hub_of(rule));
  }
  std::vector<Silo> silos;
  if (hubs.empty()) return silos;
  auto components = graph.joined_groups();
  for (const auto& hub : hubs) {
    std::size_t first = silos.size();
    add_silos(rules, components, hub, silos);
    std::sort(silos.begin() + static_cast<std::ptrdiff_t>(first), silos.end(),
              [](const Silo& a, const Silo& b) { return a.group < b.group; });
  }
  return silos;
}

}  // namespace lapaudit
