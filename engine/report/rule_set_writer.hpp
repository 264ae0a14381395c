// SPDX-License-Identifier: Apache-2.0
#pragma once

// The rule set itself as a report: in plain words for a reader who wants to know what the audit
// checks before trusting it (`lapaudit rules`), and as JSON for other tools
// (`lapaudit rules --format json`, schema "lapaudit/rules/v1"). Both say, for every action of
// the plan, its section and who carries it in which cycles, and whether each such link is stated
// by a source or inferred.

#include <string>

#include "model/rule_set.hpp"

namespace lapaudit {

std::string write_rule_set_text(const RuleSet& rules);
std::string write_rule_set_json(const RuleSet& rules);

}  // namespace lapaudit
