// SPDX-License-Identifier: Apache-2.0
#include <memory>

#include "cli_support.hpp"
#include "commands.hpp"
#include "option_values.hpp"
#include "output_file.hpp"
#include "report_formats.hpp"

namespace lapaudit::cli {
namespace {

int run_audit_command(const CommonOptions& options, ReportOptions report_options) {
  auto format = choose_report_format(options.format, report_options);
  if (!format) return kExitError;
  auto rules = load_rules(options);
  if (!rules) return kExitError;
  auto audit = audit_as_asked(options, *rules);
  if (!audit) return kExitError;
  audit->keep_report_only();
  const AuditReport& report = audit->report;
  report_options.activities = &audit->log.activities;
  OutputFile out(options.output);
  if (!out.open()) return kExitError;
  render_report(*format, report, report_options,
                [&out](std::string_view piece) { out.write(piece); });
  if (!out.commit()) return kExitError;
  int code = report.unwaived_findings() > 0 ? kExitFindings : kExitClean;
  return code;
}

}  // namespace

Command add_audit_command(CLI::App& app) {
  auto options = std::make_shared<CommonOptions>();
  CLI::App* command = app.add_subcommand(
      "audit",
      "The annual audit: a status for every gender-relevant action and every working group, "
      "and the findings behind them");
  add_common_options(*command, *options);
  add_plan_options(*command, *options);
  add_format_option(*command, options->format, report_format_names(), "Report format");
  auto report_options = std::make_shared<ReportOptions>();
  add_report_options(*command, *report_options);
  command
      ->add_option("activities", options->inputs,
                   "Activity logs (.json, .ndjson, .jsonl, .csv; - reads standard input)")
      ->required()
      ->type_name("ACTIVITIES");
  return {command,
          [options, report_options] { return run_audit_command(*options, *report_options); },
          [options] { return files_of(*options); }};
}

}  // namespace lapaudit::cli
