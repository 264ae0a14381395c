// SPDX-License-Identifier: Apache-2.0
#pragma once

// Reads an audit report back from its JSON form ("lapaudit/report/v1", as `lapaudit audit
// --format json` writes it), so that two audits can be compared (`lapaudit diff`). Reads what
// the report says of the period, the rule set, the statuses, the findings and the silos; the
// input accounting and rejected records are not read back.

#include <optional>
#include <string>
#include <string_view>

#include "model/audit_report.hpp"
#include "util/error.hpp"

namespace lapaudit {

// Refuses, with an Error that names the file and the place, text that is not JSON, JSON that is
// not a lapaudit report, and a report of a schema version this lapaudit does not know.
Result<AuditReport> read_report(std::string_view text, const std::string& file);

// "missing" -> Status::kMissing, ...; nullopt for anything else.
std::optional<Status> parse_status(std::string_view name);

}  // namespace lapaudit
