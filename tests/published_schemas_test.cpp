// SPDX-License-Identifier: Apache-2.0
// The published schemas (schemas/) describe what lapaudit reads and writes: every file of the
// built-in rule set, every fixture log and every report lapaudit produces is valid against them.

#include <gtest/gtest.h>
#include <rapidjson/document.h>
#include <rapidjson/schema.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <filesystem>

#include "test_util.hpp"

namespace lapaudit {
namespace {

namespace fs = std::filesystem;

class Schema {
 public:
  explicit Schema(const std::string& name) {
    rapidjson::Document document;
    document.Parse(testing::read_file(testing::source_path("schemas/" + name)).c_str());
    EXPECT_FALSE(document.HasParseError()) << name;
    schema_ = std::make_unique<rapidjson::SchemaDocument>(document);
  }

  // "" when `json` is valid, else where and why not.
  std::string problem(const std::string& json) const {
    rapidjson::Document document;
    document.Parse(json.c_str());
    if (document.HasParseError()) return "not JSON";
    return problem(document);
  }
  std::string problem(const rapidjson::Value& value) const {
    rapidjson::SchemaValidator validator(*schema_);
    if (value.Accept(validator)) return "";
    rapidjson::StringBuffer where;
    validator.GetInvalidDocumentPointer().StringifyUriFragment(where);
    return std::string(where.GetString()) + " breaks " + validator.GetInvalidSchemaKeyword();
  }

 private:
  std::unique_ptr<rapidjson::SchemaDocument> schema_;
};

std::vector<fs::path> files_in(const std::string& folder, const std::string& extension) {
  std::vector<fs::path> out;
  for (const auto& entry : fs::directory_iterator(testing::source_path(folder))) {
    if (entry.path().extension() == extension) out.push_back(entry.path());
  }
  std::sort(out.begin(), out.end());
  return out;
}

TEST(PublishedSchemasTest, EveryRuleSetFileIsValid) {
  Schema schema("ruleset.schema.json");
  auto files = files_in("rules", ".json");
  ASSERT_GE(files.size(), 7u);
  for (const auto& file : files) {
    EXPECT_EQ(schema.problem(testing::read_file(file.string())), "") << file;
  }
}

TEST(PublishedSchemasTest, TheRuleSetSchemaCatchesABrokenFile) {
  Schema schema("ruleset.schema.json");
  EXPECT_NE(schema.problem(R"({"rules": [{"id": "x", "kind": "coverage", "description": "d",
                                          "severity": {"missing": "urgent"}}]})"),
            "");
  EXPECT_NE(schema.problem(R"({"cycles": [{"name": "12MSP", "from": "15/09/2023", "to": "x"}]})"),
            "");
}

TEST(PublishedSchemasTest, EveryFixtureActivityIsValid) {
  Schema schema("activity.schema.json");
  for (const char* name : {"fixtures/ccm-12msp.json", "fixtures/ccm-13msp.json"}) {
    rapidjson::Document log;
    log.Parse(testing::read_file(testing::source_path(name)).c_str());
    ASSERT_TRUE(log.IsObject()) << name;
    for (const auto& activity : log["activities"].GetArray()) {
      EXPECT_EQ(schema.problem(activity), "") << name << ": " << activity["id"].GetString();
    }
  }
}

TEST(PublishedSchemasTest, EveryWorkPlanFixtureIsValid) {
  Schema schema("plan.schema.json");
  std::size_t plans = 0;
  for (const auto& file : files_in("fixtures", ".json")) {
    if (file.filename().string().rfind("workplan-", 0) != 0) continue;
    ++plans;
    EXPECT_EQ(schema.problem(testing::read_file(file.string())), "") << file;
  }
  EXPECT_GE(plans, 1u);
}

TEST(PublishedSchemasTest, ThePlanSchemaCatchesABrokenPlan) {
  Schema schema("plan.schema.json");
  const std::string item = R"({"id": "a", "title": "Meet", "kind": "meeting", )";
  EXPECT_EQ(schema.problem(R"({"name": "p", "start": "2023-09-15", "items": [)" + item +
                           R"("quarter": "2024-Q1"}]})"),
            "");
  // Both a due date and a quarter, a fifth quarter, an unknown field.
  EXPECT_NE(schema.problem(R"({"name": "p", "start": "2023-09-15", "items": [)" + item +
                           R"("quarter": "2024-Q1", "due": "2024-03-31"}]})"),
            "");
  EXPECT_NE(schema.problem(R"({"name": "p", "start": "2023-09-15", "items": [)" + item +
                           R"("quarter": "2024-Q5"}]})"),
            "");
  EXPECT_NE(schema.problem(R"({"name": "p", "start": "2023-09-15", "items": [)" + item +
                           R"("quarter": "2024-Q1", "owner": "gso"}]})"),
            "");
}

TEST(PublishedSchemasTest, EveryWaiversFixtureIsValid) {
  Schema schema("waivers.schema.json");
  std::size_t files = 0;
  for (const auto& file : files_in("fixtures", ".json")) {
    if (file.filename().string().rfind("waivers-", 0) != 0) continue;
    ++files;
    EXPECT_EQ(schema.problem(testing::read_file(file.string())), "") << file;
  }
  EXPECT_GE(files, 1u);
}

TEST(PublishedSchemasTest, TheWaiversSchemaCatchesABrokenWaiver) {
  Schema schema("waivers.schema.json");
  const std::string waiver = R"({"rule": "group-coverage", "subject": {"kind": "group", "id": "x"},
                                 "reason": "why", )";
  EXPECT_EQ(schema.problem("[" + waiver + R"("expires": "2025-09-18"}])"), "");
  EXPECT_EQ(schema.problem("[" + waiver + R"("note": "n"}])"), "# breaks oneOf");  // no expiry
  EXPECT_NE(schema.problem("[" + waiver + R"("expires": "18/09/2025"}])"), "");
  EXPECT_NE(schema.problem(R"({"waivers": {}})"), "");
}

TEST(PublishedSchemasTest, ReportsOfEveryFixtureAreValid) {
  Schema schema("report.schema.json");
  std::vector<std::string> runs = {"--cycle 12MSP fixtures/ccm-12msp.json",
                                   "--cycle 13MSP fixtures/ccm-13msp.json",
                                   "fixtures/ccm-12msp.csv fixtures/ccm-13msp.json",
                                   "fixtures/silo-victim-assistance.json",
                                   "fixtures/hostile.json",
                                   "--cycle 12MSP --plan fixtures/workplan-2023-2024.json "
                                   "--waivers fixtures/waivers-12msp.json fixtures/ccm-12msp.json"};
  for (const auto& file : files_in("fixtures/bad", ".json")) runs.push_back(file.string());
  for (const auto& args : runs) {
    auto result = testing::run_lapaudit("audit --format json " + args);
    if (result.exit_code == 2) continue;  // no report: the input could not be read at all
    EXPECT_EQ(schema.problem(result.out), "") << args;
  }
}

TEST(PublishedSchemasTest, GoldenReportsAreValid) {
  Schema schema("report.schema.json");
  std::size_t reports = 0;
  for (const auto& entry : fs::recursive_directory_iterator(testing::source_path("tests/golden"))) {
    if (entry.path().extension() != ".json") continue;
    std::string text = testing::read_file(entry.path().string());
    if (text.find("\"schema\": \"lapaudit/report/v1\"") == std::string::npos) continue;
    ++reports;
    EXPECT_EQ(schema.problem(text), "") << entry.path();
  }
  EXPECT_GE(reports, 1u);
}

TEST(PublishedSchemasTest, TheSchemaCatchesABrokenReport) {
  Schema schema("report.schema.json");
  auto result = testing::run_lapaudit("audit --format json fixtures/ccm-12msp.json");
  std::string broken = result.out;
  broken.replace(broken.find("\"status\": \"approaches\""), 22, "\"status\": \"partly\"");
  EXPECT_NE(schema.problem(broken), "");
}

}  // namespace
}  // namespace lapaudit
