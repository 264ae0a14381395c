// SPDX-License-Identifier: Apache-2.0
#include "report/report_reader.hpp"

#include <gtest/gtest.h>

#include "report/json_report_writer.hpp"
#include "test_util.hpp"

namespace lapaudit {
namespace {

using testing::activity_json;
using testing::audit_json;

AuditReport sample_report() {
  PeriodChoice choice;
  choice.cycle = "12MSP";
  return audit_json("[" +
                        activity_json("a", "2024-01-10", R"(["gso", "clearance"])",
                                      R"(, "actions": [4, 23], "gender_marker": 2)") +
                        "]",
                    choice)
      .report;
}

TEST(ReportReaderTest, ReadsBackWhatTheJsonWriterWrote) {
  AuditReport written = sample_report();
  auto read = read_report(write_json_report(written), "a.json");
  ASSERT_TRUE(read.ok()) << read.error().to_string();
  EXPECT_EQ(read->cycle, "12MSP");
  ASSERT_TRUE(read->period.has_value());
  EXPECT_EQ(read->period->from.to_string(), "2023-09-15");
  EXPECT_EQ(read->rules_digest, written.rules_digest);
  ASSERT_EQ(read->actions.size(), written.actions.size());
  EXPECT_EQ(read->actions[1].status, Status::kMeets);
  EXPECT_EQ(read->actions[0].groups[0].evidence, written.actions[0].groups[0].evidence);
  ASSERT_EQ(read->groups.size(), written.groups.size());
  EXPECT_EQ(read->groups[0].uncovered_actions, written.groups[0].uncovered_actions);
  ASSERT_EQ(read->findings.size(), written.findings.size());
  EXPECT_EQ(read->findings[0].id, written.findings[0].id);
  EXPECT_EQ(read->findings[0].message, written.findings[0].message);
  ASSERT_EQ(read->silos.size(), written.silos.size());
  EXPECT_EQ(read->silos[0].group, written.silos[0].group);
  // Written again, it is the same report (the inputs and rejections are not read back).
  written.inputs.clear();
  EXPECT_EQ(write_json_report(read.value()).substr(0, 300),
            write_json_report(written).substr(0, 300));
}

TEST(ReportReaderTest, RefusesAFileThatIsNotAReport) {
  auto read = read_report(R"({"activities": []})", "log.json");
  ASSERT_FALSE(read.ok());
  EXPECT_EQ(read.error().to_string(),
            "log.json:1:1: this is not a lapaudit report: it has no \"schema\" naming one "
            "(lapaudit diff compares reports written by lapaudit audit --format json)");
  EXPECT_EQ(read_report("[1, 2]", "list.json").error().message,
            "this is not a lapaudit report: it is a list, not an object (lapaudit diff compares "
            "reports written by lapaudit audit --format json)");
}

TEST(ReportReaderTest, RefusesAnUnknownSchemaVersion) {
  auto read = read_report("{\n  \"schema\": \"lapaudit/report/v2\"\n}", "new.json");
  ASSERT_FALSE(read.ok());
  EXPECT_EQ(read.error().to_string(),
            "new.json:2:13: report schema \"lapaudit/report/v2\" is not one this lapaudit reads "
            "(it reads lapaudit/report/v1); compare it with the lapaudit that wrote it");
}

TEST(ReportReaderTest, RefusesAnotherLapauditDocument) {
  auto read = read_report(R"({"schema": "lapaudit/gaps/v1"})", "gaps.json");
  EXPECT_EQ(read.error().message,
            "this is not a lapaudit audit report: its schema is \"lapaudit/gaps/v1\" (lapaudit "
            "diff compares reports written by lapaudit audit --format json)");
}

TEST(ReportReaderTest, BrokenFieldIsNamedWithItsPlace) {
  auto read = read_report(R"({"schema": "lapaudit/report/v1", "rules": {"name": "r"},
  "period": {"from": null, "to": null, "cycle": null},
  "actions": [{"id": 4, "status": "great"}], "groups": [], "findings": []})",
                          "r.json");
  ASSERT_FALSE(read.ok());
  EXPECT_EQ(read.error().to_string(),
            "r.json:3:35: not a readable lapaudit report: field \"status\": \"great\" is not "
            "missing, approaches, meets or exceeds");
}

TEST(ReportReaderTest, SubjectListedTwiceIsRefused) {
  auto read = read_report(R"({"schema": "lapaudit/report/v1", "rules": {"name": "r"},
  "period": {"from": null, "to": null, "cycle": null}, "actions": [],
  "groups": [{"id": "gso", "status": "meets"}, {"id": "gso", "status": "missing"}],
  "findings": []})",
                          "r.json");
  ASSERT_FALSE(read.ok());
  EXPECT_EQ(read.error().to_string(),
            "r.json:3:55: not a readable lapaudit report: group \"gso\" is listed twice");
}

// Found by fuzz_report_reader: a finding listed twice made diff see a report differ from itself.
TEST(ReportReaderTest, FindingListedTwiceIsRefused) {
  auto read = read_report(R"({"schema": "lapaudit/report/v1", "rules": {"name": "r"},
  "period": {"from": null, "to": null, "cycle": null}, "actions": [], "groups": [],
  "findings": [{"id": "f", "rule": "r", "subject": {"kind": "group", "id": "gso"}, "message": "a"},
               {"id": "f", "rule": "r", "subject": {"kind": "group", "id": "gso"}, "message": "b"}]})",
                          "r.json");
  ASSERT_FALSE(read.ok());
  EXPECT_EQ(read.error().message, "not a readable lapaudit report: finding \"f\" is listed twice");
}

TEST(ReportReaderTest, TextThatIsNotJsonIsRefused) {
  auto read = read_report("id,date\n", "log.csv");
  ASSERT_FALSE(read.ok());
  EXPECT_EQ(read.error().message.rfind("this is not a lapaudit report (it is not JSON): ", 0), 0u)
      << read.error().message;
}

// Regression: diff read a forged period of 2024-02-30 as no period at all, without a word.
TEST(ReportReaderTest, AnImpossiblePeriodDateIsAProblemWithItsPlace) {
  auto read = read_report(R"({"schema": "lapaudit/report/v1", "rules": {"name": "r"},
  "period": {"from": "2024-02-30", "to": "2024-09-13", "cycle": null},
  "actions": [], "groups": [], "findings": []})",
                          "r.json");
  ASSERT_FALSE(read.ok());
  EXPECT_EQ(read.error().to_string(),
            "r.json:2:22: not a readable lapaudit report: field \"from\": \"2024-02-30\" is not a "
            "calendar date (YYYY-MM-DD)");
}

TEST(ReportReaderTest, AFieldGivenTwiceIsRefusedNamingBothPlaces) {
  auto read = read_report(R"({"schema": "lapaudit/report/v1", "rules": {"name": "r"},
  "period": {"from": null, "to": null, "cycle": null}, "actions": [], "groups": [],
  "findings": [], "groups": []})",
                          "r.json");
  ASSERT_FALSE(read.ok());
  EXPECT_EQ(read.error().to_string(),
            "r.json:3:19: not a readable lapaudit report: field \"groups\" is given twice in one "
            "object (at line 2, column 71 and again at line 3, column 19): keep only one, as "
            "programs disagree on which counts");
}

}  // namespace
}  // namespace lapaudit
