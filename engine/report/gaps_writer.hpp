// SPDX-License-Identifier: Apache-2.0
#pragma once

// The coordinator's view (gaps.hpp) as text for a terminal and as JSON for other tools
// (schema "lapaudit/gaps/v1": the group, its carried actions, silo, findings and next steps).

#include <string>

#include "model/audit_report.hpp"
#include "views/gaps.hpp"

namespace lapaudit {

inline constexpr const char* kGapsSchema = "lapaudit/gaps/v1";

// `report` is the audit the view was taken from (for the period and rule set).
std::string write_gaps_text(const AuditReport& report, const GroupGaps& gaps);
std::string write_gaps_json(const AuditReport& report, const GroupGaps& gaps);

}  // namespace lapaudit
