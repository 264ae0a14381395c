// SPDX-License-Identifier: Apache-2.0
#pragma once

// The audit report as one self-contained HTML page that a coordinator opens by double-click: a
// heat map of actions by working groups, the group table with a filter to one group, the
// silos, the work plan, the findings with their evidence, the waivers, and the accounting of
// every input. No network: the
// style and script are inline, and a Content-Security-Policy allows those two and nothing else.
// Prints on A4.

#include <string>
#include <string_view>

#include "model/audit_report.hpp"
#include "views/evidence_index.hpp"

namespace lapaudit {

// `evidence` gives the date and title shown beside each evidence id (ids alone without it).
std::string write_html_report(const AuditReport& report, const EvidenceIndex& evidence = {});

// `text` safe as HTML text and as a double-quoted attribute value: & < > " ' escaped.
std::string html_escape(std::string_view text);

}  // namespace lapaudit
