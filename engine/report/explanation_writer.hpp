// SPDX-License-Identifier: Apache-2.0
#pragma once

// An explanation (explanation.hpp) as text for a terminal: the subject and its status, the
// deciding sentence, the rules, the coverage, then every activity that lists the subject with
// "counted" or "not counted" and why, and the rejected records that name it.

#include <string>

#include "model/audit_report.hpp"
#include "views/explanation.hpp"

namespace lapaudit {

// `report` is the audit the explanation was drawn from (for the period and rule set).
std::string write_explanation_text(const Explanation& explanation, const AuditReport& report);

}  // namespace lapaudit
