// SPDX-License-Identifier: Apache-2.0
// End to end: the focal points' work plan, waivers and the rules listing, running the real
// lapaudit on the bundled example.

#include <gtest/gtest.h>
#include <rapidjson/document.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>

#include "test_util.hpp"

namespace lapaudit {
namespace {

using testing::expect_golden;
using testing::run_lapaudit;

const std::string kPlanAudit =
    "audit --cycle 12MSP --plan fixtures/workplan-2023-2024.json fixtures/ccm-12msp.json";

std::string temp_path(const std::string& name) {
  return (std::filesystem::temp_directory_path() /
          ("lapaudit-plan-" + std::to_string(::getpid()) + "-" + name))
      .string();
}

TEST(PlanCliTest, PlanOfTheExampleMatchesGolden) {
  auto result = run_lapaudit(kPlanAudit);
  EXPECT_EQ(result.exit_code, 1) << result.err;
  EXPECT_EQ(result.err, "");
  expect_golden(result.out, "tests/golden/plan/ccm-12msp-plan.txt");
}

TEST(PlanCliTest, PlanOfTheExampleAsJsonMatchesGolden) {
  auto result = run_lapaudit(kPlanAudit + " --format json");
  EXPECT_EQ(result.exit_code, 1) << result.err;
  expect_golden(result.out, "tests/golden/plan/ccm-12msp-plan.json");
}

TEST(PlanCliTest, TheExampleHasDoneLateAndMissingItems) {
  auto result = run_lapaudit(kPlanAudit + " --format json");
  rapidjson::Document report;
  report.Parse(result.out.c_str());
  ASSERT_TRUE(report.IsObject()) << result.out;
  const auto& summary = report["plan"]["summary"];
  EXPECT_EQ(summary["done"].GetInt(), 10);
  EXPECT_EQ(summary["late"].GetInt(), 1);
  EXPECT_EQ(summary["missing"].GetInt(), 1);
  EXPECT_EQ(summary["open"].GetInt(), 0);
  EXPECT_NE(result.out.find("\"id\": \"work-plan/plan-item/2024-q1-coordinators\""),
            std::string::npos);
  EXPECT_NE(result.out.find("\"id\": \"work-plan/plan-item/2024-q2-unidir-stock-take\""),
            std::string::npos);
}

TEST(PlanCliTest, WithoutAPlanThereIsNoPlanSection) {
  auto result = run_lapaudit("audit --cycle 12MSP --format json fixtures/ccm-12msp.json");
  EXPECT_EQ(result.out.find("\"plan\""), std::string::npos);
  EXPECT_EQ(result.out.find("work-plan/"), std::string::npos);
  EXPECT_EQ(result.out.find("\"waivers\""), std::string::npos);
}

TEST(PlanCliTest, WaiversOfTheExampleMatchGolden) {
  auto result = run_lapaudit(kPlanAudit + " --waivers fixtures/waivers-12msp.json");
  EXPECT_EQ(result.exit_code, 1) << result.err;
  expect_golden(result.out, "tests/golden/plan/ccm-12msp-waivers.txt");
  auto json = run_lapaudit(kPlanAudit + " --waivers fixtures/waivers-12msp.json --format json");
  expect_golden(json.out, "tests/golden/plan/ccm-12msp-waivers.json");
}

// Every finding waived: the audit runs clean, and every finding is still in the report.
TEST(PlanCliTest, WaivingEveryFindingExitsZero) {
  auto first = run_lapaudit(kPlanAudit + " --format json");
  rapidjson::Document report;
  report.Parse(first.out.c_str());
  ASSERT_TRUE(report.IsObject());
  std::string waivers = "[";
  for (const auto& finding : report["findings"].GetArray()) {
    if (waivers.size() > 1) waivers += ",\n";
    waivers += std::string(R"({"rule": ")") + finding["rule"].GetString() +
               R"(", "subject": {"kind": ")" + finding["subject"]["kind"].GetString() +
               R"(", "id": ")" + finding["subject"]["id"].GetString() +
               R"("}, "reason": "Accepted for the test", "expires": "2024-09-13"})";
  }
  std::string path = temp_path("all-waivers.json");
  testing::write_file(path, waivers + "]");
  auto result = run_lapaudit(kPlanAudit + " --waivers " + path);
  std::remove(path.c_str());
  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_NE(result.out.find("Findings: 23 (0 not waived)"), std::string::npos) << result.out;
  EXPECT_NE(result.out.find("Waivers: 23 (23 applied, 0 expired, 0 unused)"), std::string::npos);
}

TEST(PlanCliTest, ABrokenPlanIsExitTwoAndWritesNothing) {
  std::string plan = temp_path("plan.json");
  std::string output = temp_path("report.txt");
  testing::write_file(plan, R"({"name": "P", "start": "2023-09-15", "items": [
  {"id": "x", "title": "X", "quarter": "2024-Q1", "kind": "meeting", "groups": ["victims"]}]})");
  auto result = run_lapaudit("audit --plan " + plan + " -o " + output + " fixtures/ccm-12msp.json");
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_EQ(result.err,
            "lapaudit: " + plan +
                ":2:81: unknown group \"victims\", did you mean \"victim-assistance\"?\n");
  EXPECT_FALSE(std::filesystem::exists(output));
  std::remove(plan.c_str());
}

TEST(PlanCliTest, AMissingWaiversFileIsExitTwo) {
  auto result = run_lapaudit("audit --waivers no-such-waivers.json fixtures/ccm-12msp.json");
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_NE(result.err.find("no-such-waivers.json"), std::string::npos) << result.err;
  EXPECT_EQ(result.out, "");
}

TEST(PlanCliTest, RulesListingMatchesGolden) {
  auto result = run_lapaudit("rules");
  EXPECT_EQ(result.exit_code, 0) << result.err;
  expect_golden(result.out, "tests/golden/plan/rules.txt");
}

TEST(PlanCliTest, RulesListingOfABrokenRuleSetIsExitTwo) {
  auto result = run_lapaudit("rules --rules no-such-folder");
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_NE(result.err.find("no-such-folder"), std::string::npos) << result.err;
}

}  // namespace
}  // namespace lapaudit
