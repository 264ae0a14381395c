// End to end: the real lapaudit binary on the bundled example and on small inline logs.

#include <gtest/gtest.h>

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
  {"id": "bad", "date": "2024-03-01", "title": "Meeting", "groups": ["gso"], "actions": [51]}
])");
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_EQ(result.out, "");
  EXPECT_EQ(result.err,
            "lapaudit: -:2:90: field \"actions\": action 51 is not in the Lausanne Action Plan "
            "(actions 1-50)\n"
            "lapaudit: 1 record rejected; --strict allows none\n");
}

TEST(AuditCliTest, OutputFileIsWrittenWholeOrNotAtAll) {
  std::string path = testing::temp_path("audit-cli-test.json");
  testing::write_file(path, "previous report");
  auto failed = run_lapaudit("audit --cycle 12msp -o " + path + " fixtures/ccm-12msp.json");
  EXPECT_EQ(failed.exit_code, 2);
  EXPECT_EQ(failed.err,
            "lapaudit: unknown cycle \"12msp\", did you mean \"12MSP\"? (cycles of the rule set: "
            "11MSP, 12MSP, 13MSP, 3RC)\n");
  EXPECT_EQ(testing::read_file(path), "previous report");
  auto written = run_lapaudit("audit --format json -o " + path + " fixtures/ccm-12msp.json");
  EXPECT_EQ(written.exit_code, 1);
  EXPECT_EQ(written.out, "");
  EXPECT_EQ(testing::read_file(path).rfind("{\n  \"schema\": \"lapaudit/report/v1\",\n", 0), 0u);
  std::filesystem::remove(path);
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
