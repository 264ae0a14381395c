// SPDX-License-Identifier: Apache-2.0
#include <limits>
#include <memory>
#include <optional>

#include "cli_support.hpp"
#include "commands.hpp"
#include "lapaudit/reports.hpp"
#include "lapaudit/views.hpp"
#include "option_values.hpp"
#include "output_file.hpp"

namespace lapaudit::cli {
namespace {

struct ExplainOptions {
  CommonOptions common;
  std::optional<int> action;
  std::string group;
};

int run_explain_command(const ExplainOptions& options) {
  if (!options.action && options.group.empty()) {
    report_error(Error{"", 0, 0, "explain needs a subject: --action N or --group ID"});
    return kExitError;
  }
  auto rules = load_rules(options.common);
  if (!rules) return kExitError;
  auto audit = audit_as_asked(options.common, *rules);
  if (!audit) return kExitError;
  auto explanation = options.action
                         ? explain_action(audit.value(), *options.action)
                         : explain_group(audit.value(), group_as_written(options.group, *rules));
  if (!explanation) {
    report_error(explanation.error());
    return kExitError;
  }
  if (!write_output(options.common.output,
                    write_explanation_text(explanation.value(), audit->report))) {
    return kExitError;
  }
  return kExitClean;
}

}  // namespace

Command add_explain_command(CLI::App& app) {
  auto options = std::make_shared<ExplainOptions>();
  CLI::App* command = app.add_subcommand(
      "explain",
      "Why an action or a working group has its status: the rules, and every activity that "
      "lists it, counted or not and why");
  auto* action =
      command->add_option("--action", options->action, "A gender-relevant action, e.g. 31")
          ->check(whole_number(0, std::numeric_limits<std::uint32_t>::max()))
          ->type_name("N");
  auto* group = command->add_option("--group", options->group, "A working group")->type_name("ID");
  action->excludes(group);
  group->excludes(action);
  add_common_options(*command, options->common);
  add_plan_options(*command, options->common);
  command
      ->add_option("activities", options->common.inputs,
                   "Activity logs (.json, .ndjson, .jsonl, .csv; - reads standard input)")
      ->required()
      ->type_name("ACTIVITIES");
  return {command, [options] { return run_explain_command(*options); },
          [options] { return files_of(options->common); }};
}

}  // namespace lapaudit::cli
