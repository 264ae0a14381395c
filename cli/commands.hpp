// SPDX-License-Identifier: Apache-2.0
#pragma once

// One function per lapaudit command: each adds its subcommand to the app and returns how to
// run it once the command line is parsed.

#include <CLI/CLI.hpp>
#include <functional>

#include "output_guard.hpp"

namespace lapaudit::cli {

struct Command {
  CLI::App* subcommand;
  std::function<int()> run;  // returns the exit code
  // What it will read and write, checked before it runs (output_guard.hpp); empty: nothing.
  std::function<CommandFiles()> files;
};

Command add_audit_command(CLI::App& app);
Command add_validate_command(CLI::App& app);
Command add_template_command(CLI::App& app);
Command add_rules_command(CLI::App& app);
Command add_gaps_command(CLI::App& app);
Command add_explain_command(CLI::App& app);
Command add_graph_command(CLI::App& app);
Command add_diff_command(CLI::App& app);
Command add_licenses_command(CLI::App& app);

}  // namespace lapaudit::cli
