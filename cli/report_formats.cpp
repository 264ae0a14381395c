// SPDX-License-Identifier: Apache-2.0
#include "report_formats.hpp"

#include <algorithm>

#include "cli_support.hpp"
#include "lapaudit/reports.hpp"
#include "lapaudit/views.hpp"
#include "option_values.hpp"

namespace lapaudit::cli {
namespace {

CsvTable csv_table(const std::string& name) {
  if (name == "actions") return CsvTable::kActions;
  if (name == "groups") return CsvTable::kGroups;
  return CsvTable::kFindings;
}

EvidenceIndex evidence_index(const AuditReport& report, const ReportOptions& options) {
  if (options.activities == nullptr) return {};
  return EvidenceIndex(report, *options.activities);
}

// In the order of report_format_names().
constexpr ReportFormat kFormats[] = {ReportFormat::kText, ReportFormat::kJson,
                                     ReportFormat::kMarkdown, ReportFormat::kHtml,
                                     ReportFormat::kCsv};

}  // namespace

const std::vector<std::string>& report_format_names() {
  static const std::vector<std::string> kNames = {"text", "json", "markdown", "html", "csv"};
  return kNames;
}

const std::vector<std::string>& csv_table_names() {
  static const std::vector<std::string> kNames = {"findings", "actions", "groups"};
  return kNames;
}

void add_report_options(CLI::App& command, ReportOptions& options) {
  command
      .add_option("--csv-table", options.csv_table,
                  "With --format csv: the table to write, one row per finding (default), "
                  "action or working group")
      ->transform(one_of(csv_table_names()))
      ->type_name("TABLE");
}

std::optional<ReportFormat> choose_report_format(const std::string& name,
                                                 const ReportOptions& options) {
  const auto& names = report_format_names();
  auto found = std::find(names.begin(), names.end(), name);
  if (found == names.end()) {
    report_error(Error{
        "", 0, 0, "--format " + name + " is not a report format; choose one of " + join(names)});
    return std::nullopt;
  }
  if (!options.csv_table.empty() && name != "csv") {
    report_error(Error{"", 0, 0,
                       "--csv-table " + options.csv_table +
                           " chooses a table of the CSV report; add --format csv"});
    return std::nullopt;
  }
  return kFormats[found - names.begin()];
}

std::string render_report(ReportFormat format, const AuditReport& report,
                          const ReportOptions& options) {
  switch (format) {
    case ReportFormat::kJson:
      return write_json_report(report);
    case ReportFormat::kMarkdown:
      return write_markdown_report(report, evidence_index(report, options));
    case ReportFormat::kHtml:
      return write_html_report(report, evidence_index(report, options));
    case ReportFormat::kCsv:
      return write_csv_report(report, csv_table(options.csv_table),
                              evidence_index(report, options));
    case ReportFormat::kText:
      break;
  }
  return write_text_report(report);
}

void render_report(ReportFormat format, const AuditReport& report, const ReportOptions& options,
                   const TextSink& sink) {
  if (format == ReportFormat::kJson) return write_json_report(report, sink);
  sink(render_report(format, report, options));
}

}  // namespace lapaudit::cli
