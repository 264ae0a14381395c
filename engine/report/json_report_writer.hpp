// SPDX-License-Identifier: Apache-2.0
#pragma once

// The audit report as JSON, schema "lapaudit/report/v1" (spec.md). The same report always gives
// the same bytes: no clock, no map-order dependence.

#include <string>

#include "model/audit_report.hpp"
#include "util/text_sink.hpp"

namespace lapaudit {

inline constexpr const char* kReportSchema = "lapaudit/report/v1";

std::string write_json_report(const AuditReport& report);
// The same text, handed to `sink` a piece at a time as it is written (for a large report).
void write_json_report(const AuditReport& report, const TextSink& sink);

}  // namespace lapaudit
