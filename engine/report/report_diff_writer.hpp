// SPDX-License-Identifier: Apache-2.0
#pragma once

// A report diff (report_diff.hpp) as text for a reader and as JSON for other tools
// (schema "lapaudit/diff/v1").

#include <string>

#include "views/report_diff.hpp"

namespace lapaudit {

inline constexpr const char* kDiffSchema = "lapaudit/diff/v1";

std::string write_diff_text(const ReportDiff& diff);
std::string write_diff_json(const ReportDiff& diff);

}  // namespace lapaudit
