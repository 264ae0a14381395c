#include <memory>

#include "cli_support.hpp"
#include "commands.hpp"
#include "report_formats.hpp"
#include "version.hpp"

namespace lapaudit::cli {
namespace {

int run_audit_command(const CommonOptions& options) {
  auto rules = load_rules(options);
  if (!rules) return kExitError;
  auto choice = period_choice(options);
  if (!choice) return kExitError;
  auto log = load_inputs(options, *rules);
  if (!log) return kExitError;
  auto audit = run_audit(*rules, std::move(*log), *choice, kVersion);
  if (!audit) {
    report_error(audit.error());
    return kExitError;
  }
  const AuditReport& report = audit->report;
  std::string content = render_report(options.format, report);
  if (!write_output(options.output, content)) return kExitError;
  int code = report.unwaived_findings() > 0 ? kExitFindings : kExitClean;
  release_at_exit(std::move(audit.value()));
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
  command->add_option("--format", options->format, "Report format")
      ->check(CLI::IsMember(report_format_names()))
      ->default_str(report_format_names().front());
  command->add_option("activities", options->inputs,
                      "Activity logs (.json, .ndjson, .jsonl, .csv; - reads standard input)")
      ->required()
      ->type_name("ACTIVITIES");
  return {command, [options] { return run_audit_command(*options); }};
}

}  // namespace lapaudit::cli
