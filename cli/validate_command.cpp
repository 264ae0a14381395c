#include <algorithm>
#include <memory>

#include "cli_support.hpp"
#include "commands.hpp"
#include "file_source.hpp"
#include "rule_set_loader.hpp"

namespace lapaudit::cli {
namespace {

// Every problem of the rule set and of every input, in one go, sorted by file and line.
int run_validate_command(const CommonOptions& options) {
  auto rules = load_rules(options);
  if (!rules) return kExitError;
  Errors problems;
  ActivityLogBuilder builder(*rules);
  for (const auto& path : options.inputs) {
    auto format = format_for_path(path);
    auto text = format ? DiskFileSource().read(path) : Result<std::string>(format.error());
    if (!text) {
      problems.push_back(text.error());
      continue;
    }
    auto added = builder.add(text.value(), path, format.value());
    if (!added) problems.push_back(added.error());
  }
  const ActivityLog& log = builder.log();
  for (const auto& rejection : log.rejections) {
    problems.insert(problems.end(), rejection.problems.begin(), rejection.problems.end());
  }
  std::stable_sort(problems.begin(), problems.end(), [](const Error& a, const Error& b) {
    return std::tie(a.file, a.line, a.column) < std::tie(b.file, b.line, b.column);
  });
  for (const auto& problem : problems) std::printf("%s\n", problem.to_string().c_str());
  log_warnings(log);
  std::size_t records = 0, accepted = 0;
  for (const auto& input : log.inputs) {
    records += input.records;
    accepted += input.accepted;
  }
  std::printf("%zu problem%s; %zu input%s, %zu records, %zu accepted, %zu rejected; rule set %s\n",
              problems.size(), problems.size() == 1 ? "" : "s", options.inputs.size(),
              options.inputs.size() == 1 ? "" : "s", records, accepted, records - accepted,
              rules->name.c_str());
  return problems.empty() ? kExitClean : kExitError;
}

}  // namespace

Command add_validate_command(CLI::App& app) {
  auto options = std::make_shared<CommonOptions>();
  CLI::App* command = app.add_subcommand(
      "validate", "Check the rule set and activity logs only, listing every problem with its place");
  command->add_option("--rules", options->rules_dir,
                      "Rule set folder (default: the rule set built into lapaudit)")
      ->type_name("DIR");
  command->add_option("activities", options->inputs, "Activity logs to check")
      ->type_name("ACTIVITIES");
  return {command, [options] { return run_validate_command(*options); }};
}

}  // namespace lapaudit::cli
