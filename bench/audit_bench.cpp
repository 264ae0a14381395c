// SPDX-License-Identifier: Apache-2.0
// Google Benchmark cases for each stage of an audit, on generated logs of real sizes: a cycle
// (35 activities), a busy year (300), a whole plan and more (10k), and 200k activities for the
// growth (bench/activity_generator.hpp): loading (JSON, NDJSON, CSV; bytes/s), classification
// (activities/s), graph build, statuses and findings, report writing, and classification
// against lexicons of 10, 100 and 1,000 terms, and one record of 100,000 tags. The whole-run
// comparison is bench/compare.sh.
//
// Run: build/bench/lapaudit_bench [--benchmark_filter=Load]

#include <benchmark/benchmark.h>

#include <map>
#include <vector>

#include "activity_generator.hpp"
#include "load/activity_log_builder.hpp"
#include "report/json_report_writer.hpp"
#include "report/text_report_writer.hpp"
#include "rules/audit.hpp"
#include "rules/coverage_graph.hpp"
#include "rules/coverage_status.hpp"
#include "rules/gender_classifier.hpp"
#include "rules/rule_set_loader.hpp"

namespace {

using namespace lapaudit;

const RuleSet& rules() {
  static const RuleSet kRules = load_builtin_rule_set().value();
  return kRules;
}

const std::string& log_text(long count, const std::string& format) {
  static std::map<std::pair<long, std::string>, std::string> cache;
  auto key = std::make_pair(count, format);
  auto it = cache.find(key);
  if (it == cache.end()) {
    it = cache.emplace(key, bench::generated_log(count, 1, format)).first;
  }
  return it->second;
}

ActivityLog load(const std::string& text, InputFormat format) {
  ActivityLogBuilder builder(rules());
  builder.add(text, "bench", format);
  return builder.take();
}

const ActivityLog& loaded(long count) {
  static std::map<long, ActivityLog> cache;
  auto it = cache.find(count);
  if (it == cache.end())
    it = cache.emplace(count, load(log_text(count, "json"), InputFormat::kJson)).first;
  return it->second;
}

void load_case(benchmark::State& state, const std::string& format, InputFormat input) {
  const std::string& text = log_text(state.range(0), format);
  for (auto _ : state) benchmark::DoNotOptimize(load(text, input));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
  state.SetItemsProcessed(state.iterations() * state.range(0));
}

void BM_LoadJson(benchmark::State& state) { load_case(state, "json", InputFormat::kJson); }
void BM_LoadNdjson(benchmark::State& state) { load_case(state, "ndjson", InputFormat::kNdjson); }
void BM_LoadCsv(benchmark::State& state) { load_case(state, "csv", InputFormat::kCsv); }

// Classifies every activity of a loaded log (the lexicon scan of its title and description
// included), as the audit does once per activity.
void classify_case(benchmark::State& state, const GenderClassifier& classifier,
                   const std::vector<Activity>& activities) {
  for (auto _ : state) {
    std::size_t related = 0;
    for (const Activity& activity : activities) related += classifier.is_related(activity) ? 1 : 0;
    benchmark::DoNotOptimize(related);
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * activities.size()));
}

void BM_Classify(benchmark::State& state) {
  classify_case(state, GenderClassifier(rules().lexicon), loaded(state.range(0)).activities);
}

CoverageGraph build_graph(const ActivityLog& log, const GenderClassifier& classifier) {
  std::vector<GraphActivity> activities;
  for (std::size_t i = 0; i < log.activities.size(); ++i) {
    const Activity& activity = log.activities[i];
    activities.push_back(GraphActivity{
        .index = i, .activity = activity, .gender_related = classifier.is_related(activity)});
  }
  return CoverageGraph(rules(), activities);
}

void BM_GraphBuild(benchmark::State& state) {
  const ActivityLog& log = loaded(state.range(0));
  GenderClassifier classifier(rules().lexicon);
  for (auto _ : state) benchmark::DoNotOptimize(build_graph(log, classifier));
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * log.activities.size()));
}

void BM_Statuses(benchmark::State& state) {
  const ActivityLog& log = loaded(state.range(0));
  CoverageGraph graph = build_graph(log, GenderClassifier(rules().lexicon));
  for (auto _ : state) {
    benchmark::DoNotOptimize(action_results(rules(), graph, log));
    benchmark::DoNotOptimize(group_results(rules(), graph, log));
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * log.activities.size()));
}

void BM_Audit(benchmark::State& state) {
  const ActivityLog& log = loaded(state.range(0));
  for (auto _ : state) {
    auto audit = run_audit(rules(), log, PeriodChoice{}, "bench");
    benchmark::DoNotOptimize(audit.ok());
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * log.activities.size()));
}

void BM_WriteReports(benchmark::State& state) {
  auto audit = run_audit(rules(), loaded(state.range(0)), PeriodChoice{}, "bench");
  for (auto _ : state) {
    benchmark::DoNotOptimize(write_json_report(audit->report));
    benchmark::DoNotOptimize(write_text_report(audit->report));
  }
}

// Classification of 10k activities against a lexicon of state.range(0) terms: the rule set's
// own terms plus made-up ones. A multi-pattern matcher keeps the time flat.
void BM_ClassifyLexiconSize(benchmark::State& state) {
  Lexicon lexicon = rules().lexicon;
  for (long i = static_cast<long>(lexicon.terms.size()); i < state.range(0); ++i) {
    lexicon.terms.push_back("term" + std::to_string(i * 7919) + " phrase");
  }
  lexicon.terms.resize(static_cast<std::size_t>(state.range(0)));
  classify_case(state, GenderClassifier(lexicon), loaded(10000).activities);
}

// One record listing `count` distinct tags (and the same group `count` times), as JSON or as a
// CSV row: dropping repeated entries must stay linear in the list's length (issue 21: 100,000
// tags once took 40 s).
std::string one_record_of_many_tags(long count, bool csv) {
  std::string tags, groups;
  for (long i = 0; i < count; ++i) {
    const char* separator = i == 0 ? "" : (csv ? ";" : ",");
    tags +=
        separator + (csv ? "" : std::string("\"")) + "tag" + std::to_string(i) + (csv ? "" : "\"");
    groups += separator + std::string(csv ? "gso" : "\"gso\"");
  }
  if (csv)
    return "id,date,title,groups,tags\nt-1,2024-03-05,Many tags,\"" + groups + "\",\"" + tags +
           "\"\n";
  return "[{\"id\": \"t-1\", \"date\": \"2024-03-05\", \"title\": \"Many tags\", \"groups\": [" +
         groups + "], \"tags\": [" + tags + "]}]";
}

void many_tags_case(benchmark::State& state, bool csv) {
  std::string text = one_record_of_many_tags(state.range(0), csv);
  for (auto _ : state)
    benchmark::DoNotOptimize(load(text, csv ? InputFormat::kCsv : InputFormat::kJson));
  state.SetItemsProcessed(state.iterations() * state.range(0));
}

void BM_LoadManyTagsJson(benchmark::State& state) { many_tags_case(state, false); }
void BM_LoadManyTagsCsv(benchmark::State& state) { many_tags_case(state, true); }

void sizes(benchmark::internal::Benchmark* b) {
  for (long n : {35L, 300L, 10000L, 200000L}) b->Arg(n);
  b->Unit(benchmark::kMillisecond);
}

BENCHMARK(BM_LoadJson)->Apply(sizes);
BENCHMARK(BM_LoadNdjson)->Apply(sizes);
BENCHMARK(BM_LoadCsv)->Apply(sizes);
BENCHMARK(BM_Classify)->Apply(sizes);
BENCHMARK(BM_GraphBuild)->Apply(sizes);
BENCHMARK(BM_Statuses)->Apply(sizes);
BENCHMARK(BM_Audit)->Apply(sizes);
BENCHMARK(BM_WriteReports)->Apply(sizes);
BENCHMARK(BM_LoadManyTagsJson)->Arg(1000)->Arg(100000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_LoadManyTagsCsv)->Arg(1000)->Arg(100000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ClassifyLexiconSize)->Arg(10)->Arg(100)->Arg(1000)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
