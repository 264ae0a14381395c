// SPDX-License-Identifier: Apache-2.0
// lapaudit: the engine plus this thin entry point. Parses the command line, runs the command,
// and turns anything unexpected into a message and exit code 2.

#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include <CLI/CLI.hpp>
#include <cstdio>
#include <exception>

#include "cli_support.hpp"
#include "commands.hpp"
#include "lapaudit/inputs.hpp"
#include "usage_errors.hpp"
#include "version.hpp"

namespace {

// What `lapaudit --help` starts with: two commands to try, and what the exit codes mean.
constexpr const char* kOverview =
    "lapaudit: gender audit of the CCM Lausanne Action Plan\n"
    "\n"
    "Examples:\n"
    "  lapaudit audit --cycle 12MSP ccm-12msp.json\n"
    "      the audit of the 12MSP cycle for the example log\n"
    "  lapaudit gaps --group victim-assistance --cycle 12MSP ccm-12msp.json\n"
    "      what one working group still has to do, with next steps\n"
    "  (the example log ccm-12msp.json is in fixtures/ in the source, and in\n"
    "  share/doc/lapaudit/examples/ where lapaudit is installed)\n"
    "\n"
    "Exit codes:\n"
    "  0  the command ran; for audit and gaps, no finding stands\n"
    "  1  audit or gaps ran and at least one finding stands\n"
    "  2  the command could not do its work; the message says what and where\n";

std::string version_text() {
  std::string text = std::string("lapaudit ") + lapaudit::kVersion;
  auto rules = lapaudit::load_builtin_rule_set();
  if (rules) text += "\nbuilt-in rule set: " + rules->name + " " + rules->digest;
  return text + "\nlicence: Apache-2.0 (`lapaudit licenses`: the libraries it contains)";
}

void set_up_logging(int verbosity, bool quiet) {
  auto logger = spdlog::stderr_color_st("lapaudit");
  logger->set_pattern("lapaudit: %^%l%$: %v");
  spdlog::set_default_logger(logger);
  spdlog::level::level_enum level = spdlog::level::warn;
  if (verbosity == 1) level = spdlog::level::info;
  if (verbosity >= 2) level = spdlog::level::debug;
  if (quiet) level = spdlog::level::err;
  spdlog::set_level(level);
}

}  // namespace

int main(int argc, char** argv) {
  using namespace lapaudit::cli;
  CLI::App app{kOverview, "lapaudit"};
  app.set_version_flag("--version", version_text);
  app.require_subcommand(1);
  int verbosity = 0;
  bool quiet = false;
  app.add_flag("-v,--verbose", verbosity, "More detail on standard error (-vv: even more)");
  app.add_flag("-q,--quiet", quiet, "Only errors on standard error");
  app.fallthrough();
  app.failure_message(
      [](const CLI::App* parser, const CLI::Error& e) { return usage_error_message(*parser, e); });
  std::vector<Command> commands = {
      add_audit_command(app), add_validate_command(app), add_template_command(app),
      add_gaps_command(app),  add_explain_command(app),  add_graph_command(app),
      add_diff_command(app),  add_rules_command(app),    add_licenses_command(app)};
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int code = app.exit(e);
    return code == 0 ? kExitClean : kExitError;
  }
  set_up_logging(verbosity, quiet);
  try {
    for (const auto& command : commands) {
      if (!command.subcommand->parsed()) continue;
      if (command.files && !output_spares_inputs(command.files())) return kExitError;
      return command.run();
    }
  } catch (const std::exception& e) {
    std::fprintf(stderr, "lapaudit: internal error: %s\n", e.what());
  }
  return kExitError;
}
