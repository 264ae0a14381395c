// SPDX-License-Identifier: Apache-2.0
#pragma once

// The statuses of spec.md "Default statuses", read off the coverage graph.
//
// An activity covers action A for group g when it is gender-related, in the period, lists A
// and lists g. Action A: missing (no gender-related activity lists it), approaches (some
// responsible group has not covered it), meets, exceeds (meets with at least `exceeds_at`
// gender-related activities). Group g: missing (no gender-related activity lists g),
// approaches (an action g carries is uncovered), meets, exceeds (meets with `exceeds_at`).

#include <optional>
#include <vector>

#include "model/activity_log.hpp"
#include "model/audit_report.hpp"
#include "model/rule_set.hpp"
#include "rules/coverage_graph.hpp"

namespace lapaudit {

// The higher bar for `subject` ("action" or "group"): the exceeds_at parameter of the rule set's
// coverage rule for it, if any.
std::optional<std::size_t> exceeds_threshold(const RuleSet& rules, const std::string& subject);

std::vector<ActionResult> action_results(const RuleSet& rules, const CoverageGraph& graph,
                                         const ActivityLog& log);
std::vector<GroupResult> group_results(const RuleSet& rules, const CoverageGraph& graph,
                                       const ActivityLog& log);

}  // namespace lapaudit
