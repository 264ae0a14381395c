#pragma once

// The report formats of `audit` and `gaps`, and which engine writer makes each.

#include <string>
#include <vector>

#include "audit_report.hpp"

namespace lapaudit::cli {

// Format names for --format, the first being the default.
const std::vector<std::string>& report_format_names();

// REQUIRES: `format` is one of report_format_names().
std::string render_report(const std::string& format, const AuditReport& report);

}  // namespace lapaudit::cli
