// SPDX-License-Identifier: Apache-2.0
// libFuzzer target: a rule set whose checks.json (the richest file) is the input; the other
// files are the built-in ones. A rule set that loads must audit an example without crashing.
#include <cstddef>
#include <cstdint>
#include <string>

#include "fuzz_support.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace lapaudit;
  static const MemoryFileSource kBase = builtin_rule_files();
  MemoryFileSource files = kBase;
  std::string input(reinterpret_cast<const char*>(data), size);
  // The first byte picks which file the rest replaces.
  static const char* kParts[] = {"checks.json",  "actions.json", "cycles.json",
                                 "lexicon.json", "ruleset.json", "groups.json"};
  if (!input.empty()) {
    files.add(
        std::string(kBuiltinRulesDir) + "/" + kParts[static_cast<unsigned char>(input[0]) % 6],
        input.substr(1));
  }
  auto rules = load_rule_set(files, kBuiltinRulesDir);
  if (!rules.ok()) {
    if (rules.error().empty()) std::abort();
    return 0;
  }
  ActivityLogBuilder builder(rules.value());
  builder.add(R"([{"id": "a", "date": "2024-01-02", "title": "Women in clearance",
                   "groups": ["clearance"], "actions": [4, 23]}])",
              "example.json", InputFormat::kJson);
  auto audit = run_audit(rules.value(), builder.take(), PeriodChoice{}, "fuzz");
  if (audit.ok()) write_json_report(audit->report);
  return 0;
}
