// SPDX-License-Identifier: Apache-2.0
#include <memory>

#include "cli_support.hpp"
#include "commands.hpp"
#include "lapaudit/reports.hpp"
#include "lapaudit/views.hpp"
#include "option_values.hpp"
#include "output_file.hpp"
#include "report_formats.hpp"

namespace lapaudit::cli {
namespace {

struct GapsOptions {
  CommonOptions common;
  ReportOptions report;
  std::string group;
};

// Text and JSON have the view's own shape; the other report formats render the audit report
// cut down to the group.
std::string render_gaps(ReportFormat format, const AuditReport& report, const GroupGaps& gaps,
                        const ReportOptions& options) {
  if (format == ReportFormat::kText) return write_gaps_text(report, gaps);
  if (format == ReportFormat::kJson) return write_gaps_json(report, gaps);
  return render_report(format, restrict_report(report, gaps), options);
}

int run_gaps_command(const GapsOptions& options) {
  auto format = choose_report_format(options.common.format, options.report);
  if (!format) return kExitError;
  auto rules = load_rules(options.common);
  if (!rules) return kExitError;
  auto audit = audit_as_asked(options.common, *rules);
  if (!audit) return kExitError;
  auto gaps = group_gaps(audit->report, group_as_written(options.group, *rules));
  if (!gaps) {
    report_error(gaps.error());
    return kExitError;
  }
  ReportOptions report_options = options.report;
  report_options.activities = &audit->log.activities;
  std::string content = render_gaps(*format, audit->report, gaps.value(), report_options);
  if (!write_output(options.common.output, content)) return kExitError;
  int code = gaps->unwaived_findings() > 0 ? kExitFindings : kExitClean;
  return code;
}

}  // namespace

Command add_gaps_command(CLI::App& app) {
  auto options = std::make_shared<GapsOptions>();
  CLI::App* command = app.add_subcommand(
      "gaps",
      "One coordinator's view: a working group's status, the actions it carries with the "
      "activities that count, its findings and next steps");
  command->add_option("--group", options->group, "The working group, e.g. victim-assistance")
      ->required()
      ->type_name("ID");
  add_common_options(*command, options->common);
  add_plan_options(*command, options->common);
  add_format_option(*command, options->common.format, report_format_names(), "Report format");
  add_report_options(*command, options->report);
  command
      ->add_option("activities", options->common.inputs,
                   "Activity logs (.json, .ndjson, .jsonl, .csv; - reads standard input)")
      ->required()
      ->type_name("ACTIVITIES");
  return {command, [options] { return run_gaps_command(*options); },
          [options] { return files_of(options->common); }};
}

}  // namespace lapaudit::cli
