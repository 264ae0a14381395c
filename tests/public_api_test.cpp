// SPDX-License-Identifier: Apache-2.0
// The public API (include/lapaudit/) on its own: the four headers are enough to read a log, run
// the audit, derive a view and write the reports, and they do not bring RapidJSON with them.
#include "lapaudit/audit.hpp"
#include "lapaudit/inputs.hpp"
#include "lapaudit/reports.hpp"
#include "lapaudit/views.hpp"

#ifdef RAPIDJSON_RAPIDJSON_H_
#error "a public header includes RapidJSON: keep it behind the engine's .cpp files"
#endif

#include <gtest/gtest.h>

#include <string>

namespace lapaudit {
namespace {

constexpr const char* kLog = R"([
  {"id": "a1", "date": "2024-03-01", "title": "Gender and diversity training for clearance teams",
   "groups": ["clearance"], "actions": [28]},
  {"id": "a2", "date": "2024-04-02", "title": "Stockpile destruction progress review",
   "groups": ["stockpile"]}
])";

TEST(PublicApiTest, ReadsALogRunsTheAuditAndWritesItsReports) {
  auto rules = load_builtin_rule_set();
  ASSERT_TRUE(rules.ok());
  ActivityLogBuilder builder(rules.value());
  ASSERT_FALSE(builder.add(kLog, "log.json", InputFormat::kJson));
  ASSERT_EQ(builder.log().activities.size(), 2U);

  auto audit = run_audit(rules.value(), builder.take(),
                         PeriodChoice{.cycle = "12MSP", .from = {}, .to = {}}, "test");
  ASSERT_TRUE(audit.ok()) << audit.error().message;
  ASSERT_EQ(audit->report.inputs.size(), 1U);
  EXPECT_EQ(audit->report.inputs[0].accepted, 2U);

  std::string json = write_json_report(audit->report);
  EXPECT_NE(json.find("\"lapaudit/report/v1\""), std::string::npos);
  EXPECT_NE(write_text_report(audit->report).find("clearance"), std::string::npos);
  EXPECT_FALSE(csv_log_template().empty());
}

}  // namespace
}  // namespace lapaudit
