// SPDX-License-Identifier: Apache-2.0
// End to end: the real lapaudit binary on the bundled example and on small inline logs.

#include <gtest/gtest.h>
#include <sys/resource.h>

#include <csignal>
#include <filesystem>

#include "test_util.hpp"

namespace lapaudit {
namespace {

using testing::run_lapaudit;

// One activity by every group on every gender-relevant action: nothing to flag.
const char* kCompleteLog = R"([{"id": "all", "date": "2024-03-01", "title": "Joint review",
  "groups": ["gso", "universalization", "stockpile", "clearance", "victim-assistance",
             "cooperation", "transparency", "national-implementation"],
  "actions": [4, 23, 28, 29, 31, 34, 36, 39, 41], "gender_marker": 2,
  "kind": "research", "partners": ["apmbc-gfp", "unidir"],
  "participants": {"women": 5, "men": 5, "other": 0}, "sadd": true}])";

TEST(AuditCliTest, ExampleJsonReportMatchesGolden) {
  auto result = run_lapaudit("audit --cycle 12MSP --format json fixtures/ccm-12msp.json");
  EXPECT_EQ(result.exit_code, 1) << result.err;
  testing::expect_golden(result.out, "tests/golden/audit/ccm-12msp.json");
}

TEST(AuditCliTest, ExampleTextReportMatchesGolden) {
  auto result = run_lapaudit("audit --cycle 12MSP fixtures/ccm-12msp.json");
  EXPECT_EQ(result.exit_code, 1) << result.err;
  testing::expect_golden(result.out, "tests/golden/audit/ccm-12msp.txt");
}

TEST(AuditCliTest, SameInputsGiveIdenticalBytes) {
  auto first = run_lapaudit("audit --format json fixtures/ccm-12msp.json");
  auto second = run_lapaudit("audit --format json fixtures/ccm-12msp.json");
  EXPECT_EQ(first.out, second.out);
  EXPECT_FALSE(first.out.empty());
}

TEST(AuditCliTest, DefaultPeriodIsEveryDateOfTheInput) {
  auto result = run_lapaudit("audit --format json fixtures/ccm-12msp.json");
  EXPECT_NE(result.out.find("\"from\": \"2023-08-29\""), std::string::npos) << result.out;
  EXPECT_NE(result.out.find("\"to\": \"2024-10-17\""), std::string::npos);
  EXPECT_NE(result.out.find("\"cycle\": null"), std::string::npos);
}

TEST(AuditCliTest, NoFindingsExitsZero) {
  auto result = run_lapaudit("audit -", kCompleteLog);
  EXPECT_EQ(result.exit_code, 0) << result.out << result.err;
  EXPECT_NE(result.out.find("Findings: 0"), std::string::npos) << result.out;
}

TEST(AuditCliTest, RejectedRecordIsListedAndCounted) {
  auto result = run_lapaudit("audit --format json -", R"([
  {"id": "ok", "date": "2024-03-01", "title": "Meeting", "groups": ["gso"]},
  {"id": "bad", "date": "2024-02-30", "title": "Meeting", "groups": ["victims"]}
])");
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_NE(result.out.find(R"("records": 2,
      "accepted": 1,
      "rejected": 1,)"),
            std::string::npos)
      << result.out;
  EXPECT_NE(
      result.out.find(
          R"("reason": "field \"date\": \"2024-02-30\" is not a calendar date (write it as YYYY-MM-DD); field \"groups\": unknown group \"victims\", did you mean \"victim-assistance\"?")"),
      std::string::npos)
      << result.out;
}

TEST(AuditCliTest, StrictTurnsARejectionIntoExitTwo) {
  auto result = run_lapaudit("audit --strict -", R"([
  {"id": "bad", "date": "2024-03-01", "title": "Meeting", "groups": ["victims"]}
])");
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_EQ(result.out, "");
  EXPECT_EQ(result.err,
            "lapaudit: -:2:69: field \"groups\": unknown group \"victims\", did you mean "
            "\"victim-assistance\"?\n"
            "lapaudit: 1 record rejected; --strict allows none\n");
}

TEST(AuditCliTest, OutputFileIsWrittenWholeOrNotAtAll) {
  std::string path = testing::temp_path("audit-cli-test.json");
  testing::write_file(path, "previous report");
  auto failed = run_lapaudit("audit --cycle 12MPS -o " + path + " fixtures/ccm-12msp.json");
  EXPECT_EQ(failed.exit_code, 2);
  EXPECT_EQ(failed.err,
            "lapaudit: unknown cycle \"12MPS\", did you mean \"12MSP\"? (cycles of the rule set: "
            "11MSP, 12MSP, 13MSP, 3RC)\n");
  EXPECT_EQ(testing::read_file(path), "previous report");
  auto written = run_lapaudit("audit --format json -o " + path + " fixtures/ccm-12msp.json");
  EXPECT_EQ(written.exit_code, 1);
  EXPECT_EQ(written.out, "");
  EXPECT_EQ(testing::read_file(path).rfind("{\n  \"schema\": \"lapaudit/report/v1\",\n", 0), 0u);
  std::filesystem::remove(path);
}

// A log whose JSON report runs to several megabytes: the report is handed to its file a piece at
// a time (1 MiB each) as it is written.
std::string large_log_file() {
  std::string json = "[";
  for (int i = 0; i < 20000; ++i) {
    if (i > 0) json += ",\n";
    json += testing::activity_json("activity-" + std::to_string(i), "2024-03-01",
                                   R"(["gso", "stockpile"])", R"(, "actions": [4, 23])");
  }
  json += "]";
  std::string path = testing::temp_path("large-log.json");
  testing::write_file(path, json);
  return path;
}

// What is left beside `path` of the temporary files the report was written to.
std::vector<std::string> leftovers(const std::string& path) {
  namespace fs = std::filesystem;
  std::string prefix = "." + fs::path(path).filename().string() + ".";
  std::vector<std::string> found;
  for (const auto& entry : fs::directory_iterator(fs::path(path).parent_path())) {
    std::string name = entry.path().filename().string();
    if (name.rfind(prefix, 0) == 0) found.push_back(name);
  }
  return found;
}

TEST(AuditCliTest, LargeReportReachesItsFileWhole) {
  std::string log = large_log_file();
  std::string path = testing::temp_path("large-report.json");
  auto to_file = run_lapaudit("audit --format json -o " + path + " " + log);
  auto to_stdout = run_lapaudit("audit --format json " + log);
  EXPECT_EQ(to_file.exit_code, 1);
  EXPECT_EQ(to_file.err, "");
  std::string written = testing::read_file(path);
  EXPECT_GT(written.size(), std::size_t{2} << 20);  // three pieces
  EXPECT_EQ(written, to_stdout.out);
  EXPECT_EQ(written.substr(written.size() - 2), "}\n");
  EXPECT_TRUE(leftovers(path).empty());
  std::filesystem::remove(path);
  std::filesystem::remove(log);
}

TEST(AuditCliTest, ReportCutShortLeavesTheEarlierFile) {
  std::string log = large_log_file();
  std::string path = testing::temp_path("cut-report.json");
  testing::write_file(path, "previous report");
  // Files lapaudit writes may not grow past 1 MiB (inherited by the child), and writing past
  // that fails with "File too large" instead of ending the process.
  rlimit before{};
  ASSERT_EQ(::getrlimit(RLIMIT_FSIZE, &before), 0);
  rlimit small = before;
  small.rlim_cur = rlim_t{1} << 20;
  auto* old_handler = std::signal(SIGXFSZ, SIG_IGN);
  ASSERT_EQ(::setrlimit(RLIMIT_FSIZE, &small), 0);
  auto result = run_lapaudit("audit --format json -o " + path + " " + log);
  ::setrlimit(RLIMIT_FSIZE, &before);
  std::signal(SIGXFSZ, old_handler);
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_EQ(result.err, "lapaudit: " + path +
                            ": cannot write the report: File too large (nothing was written)\n");
  EXPECT_EQ(testing::read_file(path), "previous report");
  EXPECT_TRUE(leftovers(path).empty());
  std::filesystem::remove(path);
  std::filesystem::remove(log);
}

TEST(AuditCliTest, UnwritableOutputIsExitTwo) {
  auto result = run_lapaudit("audit -o /nonexistent-folder/report.txt fixtures/ccm-12msp.json");
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_EQ(result.err,
            "lapaudit: /nonexistent-folder/report.txt: cannot write the report here: No such "
            "file or directory (nothing was written)\n");
}

TEST(AuditCliTest, MissingInputIsExitTwo) {
  auto result = run_lapaudit("audit fixtures/no-such-log.json");
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_EQ(result.err,
            "lapaudit: fixtures/no-such-log.json: cannot be read: No such file or directory\n");
}

TEST(AuditCliTest, BrokenRuleSetIsExitTwo) {
  auto result = run_lapaudit("audit --rules /nonexistent-rules fixtures/ccm-12msp.json");
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_EQ(result.err,
            "lapaudit: /nonexistent-rules/ruleset.json: cannot be read: No such file or "
            "directory\n"
            "lapaudit: the rule set /nonexistent-rules cannot be used (1 problem)\n");
}

TEST(AuditCliTest, RulesFolderGivenOnTheCommandLineIsUsed) {
  auto result = run_lapaudit("audit --rules rules --format json fixtures/ccm-12msp.json");
  auto builtin = run_lapaudit("audit --format json fixtures/ccm-12msp.json");
  EXPECT_EQ(result.exit_code, 1) << result.err;
  EXPECT_EQ(result.out, builtin.out);  // the same files, so the same digest and report
}

TEST(AuditCliTest, BadDateOptionIsAUsageError) {
  auto result = run_lapaudit("audit --from 2024-02-30 fixtures/ccm-12msp.json");
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_EQ(result.err,
            "lapaudit: --from: \"2024-02-30\" is not a calendar date (write it as YYYY-MM-DD)\n");
}

TEST(AuditCliTest, UnknownOptionIsExitTwo) {
  auto result = run_lapaudit("audit --colour fixtures/ccm-12msp.json");
  EXPECT_EQ(result.exit_code, 2);
}

TEST(AuditCliTest, VersionNamesTheBuiltInRuleSet) {
  auto result = run_lapaudit("--version");
  EXPECT_EQ(result.exit_code, 0);
  EXPECT_EQ(result.out.substr(0, 9), "lapaudit ");
  EXPECT_NE(result.out.find("built-in rule set: ccm-lap-gender sha256:"), std::string::npos);
}

TEST(AuditCliTest, HelpWorksForEveryCommand) {
  for (const char* args : {"--help", "audit --help", "validate --help"}) {
    auto result = run_lapaudit(args);
    EXPECT_EQ(result.exit_code, 0) << args;
    EXPECT_NE(result.out.find("Usage"), std::string::npos) << args;
  }
}

}  // namespace
}  // namespace lapaudit
