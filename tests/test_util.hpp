// SPDX-License-Identifier: Apache-2.0
#pragma once

// Shared helpers for the tests: the default rule set, logs from inline text, running the real
// lapaudit binary, and golden files (set LAPAUDIT_UPDATE_GOLDEN=1 to rewrite them, then review
// the diff before committing).

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "load/activity_log_builder.hpp"
#include "model/rule_set.hpp"
#include "rules/audit.hpp"

namespace lapaudit::testing {

// The built-in rule set; fails the test if it does not load.
const RuleSet& default_rules();
// The built-in rule set with the committee in force on the last day of cycle `name` ("12MSP").
RuleSet committee_of(const std::string& name);

// An activity log from inline JSON (an array or {"activities": [...]}) named `file`.
ActivityLog log_from_json(const std::string& json, const std::string& file = "log.json",
                          InputFormat format = InputFormat::kJson);

// Audits `json` with the default rule set over `choice` (default: all dates).
Audit audit_json(const std::string& json, const PeriodChoice& choice = {});

// A minimal valid activity as JSON, with `extra` fields (",\"k\": v" text) appended.
std::string activity_json(const std::string& id, const std::string& date, const std::string& groups,
                          const std::string& extra = "");

struct CommandResult {
  int exit_code = -1;
  std::string out;
  std::string err;
};

// Runs the built lapaudit with `args` (shell words, already quoted as needed) from the source
// folder, with `input` on standard input.
CommandResult run_lapaudit(const std::string& args, const std::string& input = "");

// A path in the temporary folder for `name`, unique to this process: tests run side by side
// (ctest -j, or two builds at once) never share a file.
std::string temp_path(const std::string& name);

std::string read_file(const std::string& path);
void write_file(const std::string& path, const std::string& content);

// Compares `actual` byte for byte with the file at `path` (relative to the source folder).
void expect_golden(const std::string& actual, const std::string& path);

// The source folder (where fixtures/ and rules/ are).
std::string source_path(const std::string& relative);

// The commands listed under "Subcommands:" in `lapaudit --help`.
std::vector<std::string> listed_commands();

}  // namespace lapaudit::testing
