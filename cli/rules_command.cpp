// SPDX-License-Identifier: Apache-2.0
// lapaudit rules: the rule set in plain words (or as JSON for other tools), for a reader who
// wants to know what the audit checks before trusting it: the plan's sections, the actions and
// who carries them in which cycles (stated or inferred), the groups, partners, cycles, and each
// rule with its kind, severities and description.

#include <memory>

#include "cli_support.hpp"
#include "commands.hpp"
#include "lapaudit/reports.hpp"
#include "option_values.hpp"
#include "output_file.hpp"

namespace lapaudit::cli {
namespace {

struct RulesOptions {
  std::string rules_dir;
  std::string output;
  std::string format = "text";
};

int run_rules_command(const RulesOptions& options) {
  CommonOptions common;
  common.rules_dir = options.rules_dir;
  auto rules = load_rules(common);
  if (!rules) return kExitError;
  std::string listing =
      options.format == "json" ? write_rule_set_json(*rules) : write_rule_set_text(*rules);
  return write_output(options.output, listing) ? kExitClean : kExitError;
}

}  // namespace

Command add_rules_command(CLI::App& app) {
  auto options = std::make_shared<RulesOptions>();
  CLI::App* command = app.add_subcommand(
      "rules",
      "The rule set in plain words: gender-relevant actions, working groups, partners, cycles "
      "and every rule the audit runs, with its severity and description");
  command
      ->add_option("--rules", options->rules_dir,
                   "Rule set folder (default: the rule set built into lapaudit)")
      ->type_name("DIR");
  add_format_option(*command, options->format, {"text", "json"},
                    "Listing format (json: every action of the plan with its section and links)");
  command
      ->add_option("-o,--output", options->output,
                   "Write the listing to FILE (default: standard output)")
      ->type_name("FILE");
  return {command, [options] { return run_rules_command(*options); },
          [options] {
            return CommandFiles{options->output, {}, {{options->rules_dir, "rule set"}}};
          }};
}

}  // namespace lapaudit::cli
