// SPDX-License-Identifier: Apache-2.0
// `lapaudit template --format csv|json`: an empty activity log to start from
// (load/activity_template.hpp).

#include <memory>
#include <string>

#include "cli_support.hpp"
#include "commands.hpp"
#include "lapaudit/inputs.hpp"
#include "option_values.hpp"
#include "output_file.hpp"

namespace lapaudit::cli {

Command add_template_command(CLI::App& app) {
  struct Options {
    std::string format = "csv";
    std::string output;
    bool force = false;
  };
  auto options = std::make_shared<Options>();
  CLI::App* command = app.add_subcommand(
      "template",
      "Print an empty activity log with every column and a commented example, to start from");
  add_format_option(*command, options->format, {"csv", "json"},
                    "Template format (csv: a sheet for Excel or LibreOffice)");
  command->add_option("-o,--output", options->output, "Write to FILE (default: standard output)")
      ->type_name("FILE");
  command->add_flag("--force", options->force,
                    "Replace the -o file even when it is not empty (a filled-in log is lost)");
  return {command,
          [options] {
            if (!may_replace_with_template(options->output, options->force)) return kExitError;
            std::string text = options->format == "json" ? json_log_template() : csv_log_template();
            return write_output(options->output, text) ? kExitClean : kExitError;
          },
          {}};  // reads nothing; an existing -o file is checked above
}

}  // namespace lapaudit::cli
