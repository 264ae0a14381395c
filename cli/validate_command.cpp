// SPDX-License-Identifier: Apache-2.0
// `lapaudit validate`: checks the rule set, the activity logs and, when given, the work plan and
// the waivers, without running the audit. Lists every problem in one
// go, each as FILE:LINE[:COLUMN]: what is wrong, by input (in the order given) and line, with
// the warnings among them, then a one-line summary. Exit 0 when there is no problem, 2 otherwise.

#include <algorithm>
#include <cstdio>
#include <memory>
#include <tuple>

#include "cli_support.hpp"
#include "commands.hpp"
#include "lapaudit/audit.hpp"
#include "verbose_log.hpp"

namespace lapaudit::cli {
namespace {

struct Finding {
  Error error;
  bool warning = false;
};

std::string plural(std::size_t count, const char* word) {
  return std::to_string(count) + " " + word + (count == 1 ? "" : "s");
}

void sort_by_place(std::vector<Finding>& findings, const std::vector<std::string>& inputs) {
  auto rank = [&](const std::string& file) {
    return static_cast<std::size_t>(std::find(inputs.begin(), inputs.end(), file) - inputs.begin());
  };
  std::stable_sort(findings.begin(), findings.end(), [&](const Finding& a, const Finding& b) {
    return std::tuple(rank(a.error.file), a.error.file, a.error.line, a.error.column) <
           std::tuple(rank(b.error.file), b.error.file, b.error.line, b.error.column);
  });
}

int run_validate_command(const CommonOptions& options) {
  auto rules = load_rules(options);
  if (!rules) return kExitError;
  ActivityLogBuilder builder(*rules, options.limits);
  std::vector<Finding> findings;
  for (const auto& path : options.inputs) {
    auto named = format_for_path(path);  // an unknown extension is said before reading
    auto error = named ? add_input(builder, path, options.limits) : named.error();
    if (error) findings.push_back({*error});
  }
  auto extras = read_audit_extras(options, *rules);
  if (!extras) {
    for (const auto& problem : extras.error()) findings.push_back({problem});
  }
  const ActivityLog& log = builder.log();
  for (const auto& rejection : log.rejections) {
    for (const auto& problem : rejection.problems) findings.push_back({problem});
  }
  std::size_t problems = findings.size();
  for (const auto& warning : rules->warnings) findings.push_back({warning, true});
  for (const auto& warning : log.warnings) findings.push_back({warning, true});
  for (auto& warning : committee_warnings(*rules, log)) findings.push_back({warning, true});
  sort_by_place(findings, options.inputs);
  for (auto& finding : findings) {
    if (finding.warning) finding.error.message = "warning: " + finding.error.message;
    std::printf("%s\n", finding.error.to_string().c_str());
  }
  std::printf("%s, %s; %s; rule set %s\n", plural(problems, "problem").c_str(),
              plural(findings.size() - problems, "warning").c_str(),
              records_summary(options.inputs.size(), log.inputs).c_str(), rules->name.c_str());
  return problems == 0 ? kExitClean : kExitError;
}

}  // namespace

Command add_validate_command(CLI::App& app) {
  auto options = std::make_shared<CommonOptions>();
  CLI::App* command = app.add_subcommand(
      "validate",
      "Check the rule set, activity logs and any --plan or --waivers file without auditing: "
      "list every problem with its place, then a summary (exit 0 when all is clean, 2 "
      "otherwise)");
  command
      ->add_option("--rules", options->rules_dir,
                   "Rule set folder (default: the rule set built into lapaudit)")
      ->type_name("DIR");
  add_plan_options(*command, *options);
  add_limit_options(*command, options->limits);
  command
      ->add_option("activities", options->inputs,
                   "Activity logs to check (.json, .ndjson, .jsonl, .csv; - reads standard "
                   "input)")
      ->type_name("ACTIVITIES");
  return {command, [options] { return run_validate_command(*options); },
          [options] { return files_of(*options); }};
}

}  // namespace lapaudit::cli
