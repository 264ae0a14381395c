// SPDX-License-Identifier: Apache-2.0
#include "rules/rule_set_loader.hpp"

namespace lapaudit {
namespace generated {
const std::map<std::string, std::string>& builtin_rule_texts();
}  // namespace generated

const MemoryFileSource& builtin_rule_files() {
  static const MemoryFileSource kFiles = [] {
    MemoryFileSource files;
    for (const auto& [name, text] : generated::builtin_rule_texts()) {
      files.add(std::string(kBuiltinRulesDir) + "/" + name, text);
    }
    return files;
  }();
  return kFiles;
}

Result<RuleSet, Errors> load_builtin_rule_set() {
  return load_rule_set(builtin_rule_files(), kBuiltinRulesDir);
}

}  // namespace lapaudit
