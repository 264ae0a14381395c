// SPDX-License-Identifier: Apache-2.0
#include "option_values.hpp"

#include <algorithm>
#include <charconv>
#include <limits>
#include <utility>

#include "lapaudit/reports.hpp"

namespace lapaudit::cli {

std::string name_as_written(std::string_view value, const std::vector<std::string>& names) {
  std::string folded = fold_case(value);
  for (const auto& name : names) {
    if (fold_case(name) == folded) return name;
  }
  return std::string(value);
}

std::string cycle_as_written(std::string_view cycle, const RuleSet& rules) {
  std::vector<std::string> names;
  for (const auto& known : rules.cycles) names.push_back(known.name);
  return name_as_written(cycle, names);
}

std::string group_as_written(std::string_view group, const RuleSet& rules) {
  std::vector<std::string> ids;
  for (const auto& known : rules.groups) ids.push_back(known.id);
  return name_as_written(group, ids);
}

CLI::Validator one_of(std::vector<std::string> names) {
  CLI::Validator validator(
      [names = std::move(names)](std::string& value) -> std::string {
        std::string written = name_as_written(value, names);
        if (std::find(names.begin(), names.end(), written) != names.end()) {
          value = written;
          return {};
        }
        return "\"" + value + "\" is not one of " + join(names) + did_you_mean(value, names);
      },
      "");
  return validator;
}

CLI::Validator whole_number(std::uint64_t min, std::uint64_t max) {
  return CLI::Validator(
      [min, max](std::string& value) -> std::string {
        std::uint64_t number = 0;
        auto [end, error] = std::from_chars(value.data(), value.data() + value.size(), number);
        if (error == std::errc() && end == value.data() + value.size() && number >= min &&
            number <= max) {
          return {};
        }
        std::string text = "\"" + value + "\" is not a whole number";
        if (max < std::numeric_limits<std::uint32_t>::max()) {
          return text + " from " + std::to_string(min) + " to " + std::to_string(max);
        }
        return min == 0 ? text : text + " of " + std::to_string(min) + " or more";
      },
      "");
}

CLI::Option* add_format_option(CLI::App& command, std::string& format,
                               const std::vector<std::string>& names, const std::string& what) {
  std::vector<std::string> others(names.begin() + 1, names.end());
  std::string last = others.back();
  others.pop_back();
  std::string choices =
      names.front() + " (the default), " + join(others) + (others.empty() ? "" : " or ") + last;
  if (others.empty()) choices = names.front() + " (the default) or " + last;
  return command.add_option("--format", format, what + ": " + choices)
      ->transform(one_of(names))
      ->type_name("FORMAT");
}

}  // namespace lapaudit::cli
