// SPDX-License-Identifier: Apache-2.0
#pragma once

// What lapaudit says when its command line cannot be read, in words a diplomat can act on: an
// unknown command or option with the nearest known one ("did you mean"), a missing value with
// what to give. Installed as CLI11's failure message, so every command says it the same way.

#include <CLI/CLI.hpp>
#include <string>

namespace lapaudit::cli {

// The message for `error`, raised while `app` (the top-level app) parsed the command line:
// one or more lines, each starting "lapaudit: ".
std::string usage_error_message(const CLI::App& app, const CLI::Error& error);

}  // namespace lapaudit::cli
