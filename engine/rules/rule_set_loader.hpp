// SPDX-License-Identifier: Apache-2.0
#pragma once

// Loads and checks a rule set directory (rules/ruleset.json and the files it lists). A rule set
// with any problem is refused as a whole: every problem found is returned, each with its file
// and place, so a user fixes them in one pass.

#include <string>

#include "load/file_source.hpp"
#include "model/rule_set.hpp"
#include "util/error.hpp"

namespace lapaudit {

inline constexpr const char* kRuleSetManifest = "ruleset.json";

Result<RuleSet, Errors> load_rule_set(const FileSource& files, const std::string& dir);

// The rule set built into the binary from rules/ at build time (a test checks it loads).
Result<RuleSet, Errors> load_builtin_rule_set();

// The files of the built-in rule set, by name ("ruleset.json", ...), for `lapaudit rules` and
// for users who want a copy to edit.
const MemoryFileSource& builtin_rule_files();
inline constexpr const char* kBuiltinRulesDir = "built-in";

}  // namespace lapaudit
