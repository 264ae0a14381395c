// SPDX-License-Identifier: Apache-2.0
#pragma once

// Checks for option values that a diplomat can read: they show no parser type in --help
// (each has an empty description), and say what is wrong in words when a value does not fit.

#include <CLI/CLI.hpp>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "lapaudit/inputs.hpp"

namespace lapaudit::cli {

// One of `names`, in any case ("HTML" is "html"); the value becomes the name as written here,
// so add it with transform(), not check() (which works on a copy).
CLI::Validator one_of(std::vector<std::string> names);

// A whole number from `min` to `max`.
CLI::Validator whole_number(std::uint64_t min, std::uint64_t max);

// --format, one of `names` in any case, the first being the default; `what` says what it formats
// ("Report format"). Its help lists the names.
CLI::Option* add_format_option(CLI::App& command, std::string& format,
                               const std::vector<std::string>& names, const std::string& what);

// `value` as one of `names` is written, ignoring case (--cycle 12msp, --group
// VICTIM-ASSISTANCE), or `value` itself when none matches: the engine then says it is unknown.
std::string name_as_written(std::string_view value, const std::vector<std::string>& names);
// The same for a cycle (--cycle) and a working group (--group) of `rules`.
std::string cycle_as_written(std::string_view cycle, const RuleSet& rules);
std::string group_as_written(std::string_view group, const RuleSet& rules);

}  // namespace lapaudit::cli
