// SPDX-License-Identifier: Apache-2.0
#pragma once

// The audit report as plain text for a terminal (80 columns): the action table, the group
// table, the findings with their evidence, and the accounting of every input.

#include <string>

#include "model/audit_report.hpp"

namespace lapaudit {

std::string write_text_report(const AuditReport& report);

// Pads or cuts `text` to `width` characters (UTF-8 aware; a cut ends in "…").
std::string fit(std::string_view text, std::size_t width);

}  // namespace lapaudit
