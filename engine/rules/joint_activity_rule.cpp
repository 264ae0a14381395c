// SPDX-License-Identifier: Apache-2.0
#include "rules/joint_activity_rule.hpp"

#include "rules/rule_params.hpp"

namespace lapaudit {
namespace {

const std::string kLabel = "a joint-activity rule";
const std::string kBelow = "below";

std::size_t min_count(const RuleConfig& rule) {
  return static_cast<std::size_t>(number_param(rule, "min", 1));
}

std::vector<std::string> ids(const AuditContext& context, const std::vector<std::size_t>& indices) {
  std::vector<std::string> out;
  for (std::size_t index : indices) out.push_back(context.log.activities[index].id);
  return out;
}

void evaluate_groups(const RuleConfig& rule, const AuditContext& context,
                     std::vector<Finding>& findings) {
  std::string with = text_param(rule, "with_group");
  std::vector<std::string> judged = list_param(rule, "groups");
  std::size_t min = min_count(rule);
  for (const auto& group : context.rules.groups) {
    if (group.id == with || (!judged.empty() && !lists(judged, group.id))) continue;
    std::vector<std::size_t> own = context.graph.activities_of_group(group.id, true);
    std::vector<std::size_t> joint;
    for (std::size_t index : own) {
      if (counts(context, index) && context.graph.involves(index, with)) joint.push_back(index);
    }
    if (joint.size() >= min) continue;
    // Evidence: the joint activities so far, or else the group's own gender-related work.
    std::vector<std::string> evidence = ids(context, joint.empty() ? own : joint);
    findings.push_back(make_finding(rule, kBelow, Subject{"group", group.id},
                                    {{"group", group.id},
                                     {"group_name", group.name},
                                     {"with_group", with},
                                     {"with_group_name", group_name(context.rules, with)},
                                     {"count", std::to_string(joint.size())},
                                     {"min", std::to_string(min)}},
                                    std::move(evidence)));
  }
}

void evaluate_partner(const RuleConfig& rule, const AuditContext& context,
                      std::vector<Finding>& findings) {
  std::string partner = text_param(rule, "partner");
  std::string kind = text_param(rule, "activity_kind");
  std::size_t count = 0;
  std::vector<std::string> other_kinds;  // the partner's other gender-related work
  const auto& activities = context.log.activities;
  for (std::size_t i = 0; i < activities.size(); ++i) {
    if (!counts(context, i) || !lists(activities[i].partners, partner)) continue;
    if (kind.empty() || activities[i].kind == kind) {
      ++count;
    } else {
      other_kinds.push_back(activities[i].id);
    }
  }
  std::size_t min = min_count(rule);
  if (count >= min) return;
  findings.push_back(make_finding(rule, kBelow, Subject{"partner", partner},
                                  {{"partner", partner},
                                   {"partner_name", partner_name(context.rules, partner)},
                                   {"activity_kind", kind.empty() ? "activity" : kind},
                                   {"count", std::to_string(count)},
                                   {"min", std::to_string(min)}},
                                  std::move(other_kinds)));
}

}  // namespace

std::string JointActivityRule::check(const RuleConfig& rule) const {
  if (rule.subject == "group") {
    auto problem =
        check_param_names(rule, {kLabel + " on groups", {"min"}, {"with_group"}, {"groups"}});
    if (!problem.empty()) return problem;
    if (text_param(rule, "with_group").empty()) {
      return kLabel +
             " on groups needs the parameter \"with_group\": the group every other "
             "group should work with, e.g. \"gso\"";
    }
  } else if (rule.subject == "partner") {
    auto problem =
        check_param_names(rule, {kLabel + " on a partner", {"min"}, {"partner", "activity_kind"}});
    if (!problem.empty()) return problem;
    if (text_param(rule, "partner").empty()) {
      return kLabel + " on a partner needs the parameter \"partner\", e.g. \"apmbc-gfp\"";
    }
  } else {
    return kLabel + " needs \"subject\": \"group\" or \"partner\"";
  }
  if (auto problem = check_whole_number(rule, kLabel, "min", 1, false); !problem.empty()) {
    return problem;
  }
  return check_outcomes(rule, kLabel, {kBelow});
}

void JointActivityRule::evaluate(const RuleConfig& rule, const AuditContext& context,
                                 std::vector<Finding>& findings) const {
  if (rule.subject == "group") evaluate_groups(rule, context, findings);
  if (rule.subject == "partner") evaluate_partner(rule, context, findings);
}

}  // namespace lapaudit
