// SPDX-License-Identifier: Apache-2.0
#include "report_formats.hpp"

#include "cli_support.hpp"
#include "lapaudit/reports.hpp"
#include "lapaudit/views.hpp"

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
      ->check(CLI::IsMember(csv_table_names()))
      ->type_name("TABLE");
}

bool check_report_options(const std::string& format, const ReportOptions& options) {
  if (options.csv_table.empty() || format == "csv") return true;
  report_error(Error{
      "", 0, 0,
      "--csv-table " + options.csv_table + " chooses a table of the CSV report; add --format csv"});
  return false;
}

std::string render_report(const std::string& format, const AuditReport& report,
                          const ReportOptions& options) {
  if (format == "json") return write_json_report(report);
  if (format == "markdown") return write_markdown_report(report, evidence_index(report, options));
  if (format == "html") return write_html_report(report, evidence_index(report, options));
  if (format == "csv") {
    return write_csv_report(report, csv_table(options.csv_table), evidence_index(report, options));
  }
  return write_text_report(report);
}

void render_report(const std::string& format, const AuditReport& report,
                   const ReportOptions& options, const TextSink& sink) {
  if (format == "json") return write_json_report(report, sink);
  sink(render_report(format, report, options));
}

}  // namespace lapaudit::cli
