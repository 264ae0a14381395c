// SPDX-License-Identifier: Apache-2.0
#include <memory>

#include "cli_support.hpp"
#include "commands.hpp"
#include "lapaudit/reports.hpp"
#include "lapaudit/views.hpp"
#include "option_values.hpp"
#include "output_file.hpp"

namespace lapaudit::cli {
namespace {

struct DiffOptions {
  std::string before;
  std::string after;
  std::string format = "text";
  std::string output;
};

std::optional<AuditReport> load_report(const std::string& path) {
  auto text = read_input(path, LoadLimits{}.max_input_bytes);
  if (!text) {
    report_error(text.error());
    return std::nullopt;
  }
  auto report = read_report(text->view(), path);
  if (!report) {
    report_error(report.error());
    return std::nullopt;
  }
  return std::move(report.value());
}

int run_diff_command(const DiffOptions& options) {
  auto before = load_report(options.before);
  if (!before) return kExitError;
  auto after = load_report(options.after);
  if (!after) return kExitError;
  ReportDiff diff = diff_reports(*before, *after);
  std::string content = options.format == "json" ? write_diff_json(diff) : write_diff_text(diff);
  return write_output(options.output, content) ? kExitClean : kExitError;
}

}  // namespace

Command add_diff_command(CLI::App& app) {
  auto options = std::make_shared<DiffOptions>();
  CLI::App* command = app.add_subcommand(
      "diff",
      "What changed between two audit reports (lapaudit audit --format json): statuses up or "
      "down, findings new and resolved, silos");
  command->add_option("old", options->before, "The earlier report (JSON)")
      ->required()
      ->type_name("OLD.json");
  command->add_option("new", options->after, "The later report (JSON)")
      ->required()
      ->type_name("NEW.json");
  add_format_option(*command, options->format, {"text", "json"}, "Output format");
  command
      ->add_option("-o,--output", options->output,
                   "Write the changes to FILE (default: standard output)")
      ->type_name("FILE");
  return {command, [options] { return run_diff_command(*options); },
          [options] {
            return CommandFiles{
                options->output,
                {{options->before, "earlier report"}, {options->after, "later report"}},
                {}};
          }};
}

}  // namespace lapaudit::cli
