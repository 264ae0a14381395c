// SPDX-License-Identifier: Apache-2.0
// libFuzzer target: a waivers file (--waivers) as JSON. Every refusal names at least one problem
// with a message; waivers that load are applied to the audit of a small example, where a finding
// is waived only by an applied waiver and every waiver ends applied, expired or unused.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "fuzz_support.hpp"
#include "rules/waivers.hpp"

namespace {

constexpr const char* kExampleLog = R"([
  {"id": "a", "date": "2023-10-05", "title": "Women in clearance", "kind": "meeting",
   "groups": ["clearance"], "actions": [4, 23]},
  {"id": "b", "date": "2024-03-01", "title": "Victim assistance meeting", "kind": "meeting",
   "groups": ["victim-assistance"], "actions": [28], "gender_marker": 1}])";

bool waived_by_an_applied_note(const lapaudit::Finding& finding,
                               const std::vector<lapaudit::WaiverNote>& notes) {
  for (const auto& note : notes) {
    if (note.status != "applied") continue;
    for (const auto& id : note.findings) {
      if (id == finding.id) return true;
    }
  }
  return false;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace lapaudit;
  const RuleSet& rules = fuzz::rules();
  auto waivers =
      load_waivers({reinterpret_cast<const char*>(data), size}, "fuzz-waivers.json", rules);
  if (!waivers.ok()) {
    if (waivers.error().empty()) std::abort();
    for (const auto& error : waivers.error()) {
      if (error.message.empty()) std::abort();
    }
    return 0;
  }
  ActivityLogBuilder builder(rules);
  builder.add(kExampleLog, "example.json", InputFormat::kJson);
  AuditInputs inputs;
  inputs.waivers = &waivers.value();
  auto audit = run_audit(rules, builder.take(), PeriodChoice{"12MSP", {}, {}}, "fuzz", inputs);
  if (!audit.ok() || !audit->report.waivers) std::abort();
  const auto& notes = *audit->report.waivers;
  if (notes.size() != waivers->size()) std::abort();
  for (const auto& note : notes) {
    if (note.status != "applied" && note.status != "expired" && note.status != "unused") {
      std::abort();
    }
  }
  for (const auto& finding : audit->report.findings) {
    if (finding.waived != waived_by_an_applied_note(finding, notes)) std::abort();
  }
  write_json_report(audit->report);
  return 0;
}
