// SPDX-License-Identifier: Apache-2.0
#include "rules/participation_rule.hpp"

#include <cmath>
#include <cstdint>
#include <cstdio>

#include "rules/rule_params.hpp"

namespace lapaudit {
namespace {

const std::string kLabel = "a participation-balance rule";
const std::string kBelow = "below";
const std::string kUnknown = "unknown";
constexpr double kDefaultMinShare = 0.4;

struct Tally {
  // Sums in floating point: counts of up to 2^63 each on thousands of records cannot overflow
  // (a 64-bit integer sum could), and the share they give stays exact to many digits.
  double women = 0;
  double total = 0;
  std::vector<std::string> counted;  // activities with participant data
  std::vector<std::string> without;  // activities of the group without it
};

// The tally of each group of the rule set (by its index there), over the activities of the
// period that involve it (the graph's), in the log's order.
std::vector<Tally> tally_groups(const AuditContext& context, const std::string& kind) {
  const auto& groups = context.rules.groups;
  std::vector<Tally> out(groups.size());
  const auto& activities = context.log.activities;
  for (std::size_t g = 0; g < groups.size(); ++g) {
    Tally& tally = out[g];
    for (std::size_t i : context.graph.activities_of_group(groups[g].id, false)) {
      const Activity& activity = activities[i];
      if (!kind.empty() && activity.kind != kind) continue;
      // A share needs what it divides known: women and men counted (a blank is unknown, not
      // 0); "other" left blank is none counted as other.
      const auto& people = activity.participants;
      bool known = people && people->women && people->men;
      double total = known
                         ? static_cast<double>(*people->women) + static_cast<double>(*people->men) +
                               static_cast<double>(people->other.value_or(0))
                         : 0;
      if (total <= 0) {
        tally.without.push_back(activity.id);
        continue;
      }
      tally.women += static_cast<double>(*people->women);
      tally.total += total;
      tally.counted.push_back(activity.id);
    }
  }
  return out;
}

// "1234": a count summed in floating point, written as people read it.
std::string whole_number(double count) {
  char text[320];  // the largest double written whole has 309 digits
  std::snprintf(text, sizeof text, "%.0f", count);
  return text;
}

}  // namespace

std::string percent_text(double share) {
  double tenths = std::floor(share * 1000.0 + 1e-9);
  auto whole = static_cast<long long>(tenths) / 10;
  auto decimal = static_cast<long long>(tenths) % 10;
  return std::to_string(whole) + (decimal == 0 ? "" : "." + std::to_string(decimal)) + "%";
}

std::string ParticipationRule::check(const RuleConfig& rule) const {
  if (rule.subject != "group") return kLabel + " needs \"subject\": \"group\"";
  auto problem = check_param_names(rule, {kLabel, {"min_share"}, {"activity_kind"}, {"groups"}});
  if (!problem.empty()) return problem;
  double min_share = number_param(rule, "min_share", kDefaultMinShare);
  if (min_share <= 0 || min_share > 1) {
    return kLabel + ": parameter \"min_share\" must be a share above 0 and at most 1 (0.4 is 40%)";
  }
  return check_outcomes(rule, kLabel, {kBelow, kUnknown});
}

void ParticipationRule::evaluate(const RuleConfig& rule, const AuditContext& context,
                                 std::vector<Finding>& findings) const {
  double min_share = number_param(rule, "min_share", kDefaultMinShare);
  std::string kind = text_param(rule, "activity_kind");
  std::vector<std::string> judged = list_param(rule, "groups");
  std::vector<Tally> tallies = tally_groups(context, kind);
  for (std::size_t g = 0; g < context.rules.groups.size(); ++g) {
    const auto& group = context.rules.groups[g];
    if (!judged.empty() && !lists(judged, group.id)) continue;
    Tally& counts = tallies[g];
    std::vector<std::pair<std::string, std::string>> values = {
        {"group", group.id},
        {"group_name", group.name},
        {"min_share", percent_text(min_share)},
        {"activity_kind", kind.empty() ? "activity" : kind},
        {"count", std::to_string(counts.counted.size())},
        {"counted", count_of(counts.counted.size(), "activity", "activities")},
        {"without_count", std::to_string(counts.without.size())}};
    if (counts.total == 0) {
      findings.push_back(make_finding(rule, kUnknown, Subject{"group", group.id}, values,
                                      std::move(counts.without)));
      continue;
    }
    double women = counts.women;
    double total = counts.total;
    if (women >= min_share * total - 1e-9 * total) continue;
    values.insert(values.end(), {{"women", whole_number(counts.women)},
                                 {"participants", whole_number(counts.total)},
                                 {"share", percent_text(women / total)}});
    findings.push_back(
        make_finding(rule, kBelow, Subject{"group", group.id}, values, std::move(counts.counted)));
  }
}

}  // namespace lapaudit
