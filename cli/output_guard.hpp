// SPDX-License-Identifier: Apache-2.0
#pragma once

// No run may overwrite what it reads: before a command reads anything, the file its -o names
// is compared with every file it will read (the activity logs, each file of the --rules
// folder, --plan, --waivers, diff's reports). Files are compared themselves (device and
// inode, after following links), so a symbolic or hard link to an input is caught too.

#include <string>
#include <vector>

#include "cli_support.hpp"

namespace lapaudit::cli {

// What a command will read and write, for the check below.
struct CommandFiles {
  std::string output;  // -o; "" or "-" is standard output
  struct Input {
    std::string path;  // as the user gave it; "-" (standard input) is never a file to spare
    std::string role;  // "activity log", "rule set", "work plan", ... for the message
  };
  std::vector<Input> inputs;
  std::vector<Input> input_folders;  // every regular file inside is an input (the rule set)
};

// The files of a command built on the common options: the logs, --rules, --plan, --waivers.
CommandFiles files_of(const CommonOptions& options);

// True when writing the output leaves every input as it is. Otherwise reports which input the
// output would replace (naming both) and returns false: the command must then exit 2 having
// read and written nothing.
bool output_spares_inputs(const CommandFiles& files);

// For `template -o FILE`: true when FILE does not exist or is empty, or `force` is set.
// Otherwise reports that the file holds something (a filled-in log, most likely) and how to
// proceed, and returns false.
bool may_replace_with_template(const std::string& output, bool force);

}  // namespace lapaudit::cli
