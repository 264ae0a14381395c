// SPDX-License-Identifier: Apache-2.0
#include <memory>

#include "cli_support.hpp"
#include "commands.hpp"
#include "lapaudit/reports.hpp"
#include "option_values.hpp"
#include "output_file.hpp"
#include "verbose_log.hpp"
#include "version.hpp"

namespace lapaudit::cli {
namespace {

struct GraphCommandOptions {
  CommonOptions common;
  bool activities = false;
};

int run_graph_command(const GraphCommandOptions& options) {
  auto rules = load_rules(options.common);
  if (!rules) return kExitError;
  auto choice = period_choice(options.common, *rules);
  if (!choice) return kExitError;
  ActivityLog log;
  if (!options.common.inputs.empty()) {
    auto loaded = load_inputs(options.common, *rules);
    if (!loaded) return kExitError;
    log = std::move(*loaded);
  }
  auto audit = run_audit(*rules, std::move(log), *choice, kVersion);
  if (!audit) {
    report_error(audit.error());
    return kExitError;
  }
  log_audit(audit.value());
  GraphOptions graph{!options.common.inputs.empty(), options.activities};
  std::string content = options.common.format == "json" ? write_graph_json(audit.value(), graph)
                                                        : write_graph_dot(audit.value(), graph);
  if (!write_output(options.common.output, content)) return kExitError;
  return kExitClean;
}

}  // namespace

Command add_graph_command(CLI::App& app) {
  auto options = std::make_shared<GraphCommandOptions>();
  options->common.format = "dot";
  CLI::App* command = app.add_subcommand(
      "graph",
      "The action-group graph as Graphviz DOT or JSON, coloured by status when activity logs "
      "are given (render it with: dot -Tsvg graph.dot -o graph.svg)");
  add_common_options(*command, options->common);
  add_format_option(*command, options->common.format, {"dot", "json"}, "Graph format");
  command->add_flag("--activities", options->activities,
                    "Draw the period's activities too, linked to their actions and groups");
  command
      ->add_option("logs", options->common.inputs,
                   "Activity logs (.json, .ndjson, .jsonl, .csv; - reads standard input)")
      ->type_name("ACTIVITIES");
  return {command, [options] { return run_graph_command(*options); },
          [options] { return files_of(options->common); }};
}

}  // namespace lapaudit::cli
