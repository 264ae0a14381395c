// Stage benchmarks on the bundled example: loading, and the audit (classify, graph, evaluate).
// Larger generated inputs come with the performance work (see bench/README.md when present).

#include <benchmark/benchmark.h>

#include "activity_log.hpp"
#include "audit.hpp"
#include "file_source.hpp"
#include "json_report_writer.hpp"
#include "rule_set_loader.hpp"

namespace {

using namespace lapaudit;

const std::string& example_text() {
  static const std::string text =
      DiskFileSource().read(LAPAUDIT_SOURCE_DIR "/fixtures/ccm-12msp.json").value();
  return text;
}

const RuleSet& rules() {
  static const RuleSet rules = load_builtin_rule_set().value();
  return rules;
}

ActivityLog load_example() {
  ActivityLogBuilder builder(rules());
  builder.add(example_text(), "ccm-12msp.json", InputFormat::kJson);
  return builder.take();
}

void BM_LoadExample(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(load_example());
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * example_text().size()));
}
BENCHMARK(BM_LoadExample);

void BM_AuditExample(benchmark::State& state) {
  ActivityLog log = load_example();
  for (auto _ : state) {
    auto audit = run_audit(rules(), log, PeriodChoice{}, "bench");
    benchmark::DoNotOptimize(audit.ok());
  }
}
BENCHMARK(BM_AuditExample);

void BM_LoadAuditWriteExample(benchmark::State& state) {
  for (auto _ : state) {
    auto audit = run_audit(rules(), load_example(), PeriodChoice{}, "bench");
    benchmark::DoNotOptimize(write_json_report(audit->report));
  }
}
BENCHMARK(BM_LoadAuditWriteExample);

}  // namespace

BENCHMARK_MAIN();
