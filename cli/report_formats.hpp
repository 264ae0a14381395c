// SPDX-License-Identifier: Apache-2.0
#pragma once

// The report formats of `audit` and `gaps`, and which engine writer makes each.

#include <CLI/CLI.hpp>
#include <optional>
#include <string>
#include <vector>

#include "lapaudit/audit.hpp"
#include "lapaudit/inputs.hpp"
#include "lapaudit/reports.hpp"

namespace lapaudit::cli {

// Format names for --format, the first being the default.
const std::vector<std::string>& report_format_names();

// Table names for --csv-table, the first being the default.
const std::vector<std::string>& csv_table_names();

// What a format needs beyond the report.
struct ReportOptions {
  std::string csv_table;  // --csv-table; empty when not given (the findings)
  // The audit's accepted activities, so that markdown, html and csv can show the date and
  // title of each evidence id; nullptr shows the ids alone.
  const std::vector<Activity>* activities = nullptr;
};

// Adds --csv-table, stored in `options`.
void add_report_options(CLI::App& command, ReportOptions& options);

enum class ReportFormat { kText, kJson, kMarkdown, kHtml, kCsv };

// The format `name` (--format) stands for, once it and `options` are known to fit together; or
// nullopt after reporting what is wrong (an unknown format, --csv-table without csv).
std::optional<ReportFormat> choose_report_format(const std::string& name,
                                                 const ReportOptions& options);

std::string render_report(ReportFormat format, const AuditReport& report,
                          const ReportOptions& options = {});
// The same text, handed to `sink` as it is written: a piece at a time for JSON (a large
// report is then never held whole), at once for the other formats.
void render_report(ReportFormat format, const AuditReport& report, const ReportOptions& options,
                   const TextSink& sink);

}  // namespace lapaudit::cli
