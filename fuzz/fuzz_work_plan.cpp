// SPDX-License-Identifier: Apache-2.0
// libFuzzer target: a work plan (--plan) as JSON. Every refusal names at least one problem with
// a message; a plan that loads is evaluated over a small example log, each item gets a status
// that agrees with what fulfilled it, and the report is written.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "fuzz_support.hpp"
#include "rules/work_plan.hpp"

namespace {

constexpr const char* kExampleLog = R"([
  {"id": "a", "date": "2023-10-05", "title": "Gender focal points meet the ISU", "kind": "meeting",
   "groups": ["gso"], "partners": ["isu"], "actions": [4]},
  {"id": "b", "date": "2024-07-17", "title": "Stock-take of gender mainstreaming",
   "kind": "research", "groups": ["gso"], "partners": ["unidir"], "tags": ["sadd"]},
  {"id": "c", "date": "2024-09-12", "title": "Side event on gender", "kind": "side-event",
   "groups": ["gso", "victim-assistance"], "partners": ["unidir"], "gender_marker": 2}])";

void check_item(const lapaudit::PlanItemResult& item) {
  using lapaudit::PlanItemStatus;
  bool fulfilled = item.status == PlanItemStatus::kDone || item.status == PlanItemStatus::kLate;
  if (fulfilled != item.fulfilled_on.has_value()) std::abort();
  if (fulfilled == item.fulfilled_by.empty()) std::abort();
  if (item.status == PlanItemStatus::kDone && item.due < *item.fulfilled_on) std::abort();
  if (item.status == PlanItemStatus::kLate && !(item.due < *item.fulfilled_on)) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace lapaudit;
  const RuleSet& rules = fuzz::rules();
  auto plan = load_work_plan({reinterpret_cast<const char*>(data), size}, "fuzz-plan.json", rules);
  if (!plan.ok()) {
    if (plan.error().empty()) std::abort();
    for (const auto& error : plan.error()) {
      if (error.message.empty()) std::abort();
    }
    return 0;
  }
  ActivityLogBuilder builder(rules);
  builder.add(kExampleLog, "example.json", InputFormat::kJson);
  AuditInputs inputs;
  inputs.plan = &plan.value();
  auto audit = run_audit(rules, builder.take(), PeriodChoice{"12MSP", {}, {}}, "fuzz", inputs);
  if (!audit.ok() || !audit->report.plan) std::abort();
  if (audit->report.plan->items.size() != plan->items.size()) std::abort();
  for (const auto& item : audit->report.plan->items) check_item(item);
  write_json_report(audit->report);
  return 0;
}
