// SPDX-License-Identifier: Apache-2.0
#include "rules/work_plan.hpp"

#include <gtest/gtest.h>

#include "test_util.hpp"

namespace lapaudit {
namespace {

using testing::activity_json;
using testing::audit_json;
using testing::default_rules;

std::string plan_json(const std::string& items) {
  return R"({"name": "Plan", "start": "2023-09-15",
  "tracks": [{"id": "1", "name": "Silos"}],
  "items": [)" +
         items + "]}";
}

const char* kMeeting = R"({"id": "meet", "title": "Meet the coordinators", "quarter": "2024-Q1",
   "track": "1", "kind": "meeting", "groups": ["gso", "clearance"]})";

WorkPlan plan_of(const std::string& items) {
  auto plan = load_work_plan(plan_json(items), "plan.json", default_rules());
  if (!plan) {
    for (const auto& error : plan.error()) ADD_FAILURE() << error.to_string();
    return {};
  }
  return plan.value();
}

std::vector<std::string> errors_of(const std::string& text) {
  auto plan = load_work_plan(text, "plan.json", default_rules());
  std::vector<std::string> out;
  if (plan) return out;
  for (const auto& error : plan.error()) out.push_back(error.to_string());
  return out;
}

PlanItemResult evaluate_one(const std::string& item, const std::string& activities,
                            const PeriodChoice& choice = PeriodChoice{"12MSP", {}, {}}) {
  WorkPlan plan = plan_of(item);
  Audit audit = audit_json("[" + activities + "]", choice);
  PlanSection section =
      evaluate_work_plan(plan, audit.log, audit.gender_related, audit.report.period);
  EXPECT_EQ(section.items.size(), 1u);
  return section.items.empty() ? PlanItemResult{} : section.items[0];
}

std::string meeting(const std::string& id, const std::string& date, const std::string& groups,
                    const std::string& marker = "2") {
  return activity_json(id, date, groups, ", \"kind\": \"meeting\", \"gender_marker\": " + marker);
}

TEST(WorkPlanTest, LoadsItemsWithQuartersAndDates) {
  WorkPlan plan = plan_of(std::string(kMeeting) + R"(, {"id": "report", "title": "Report",
      "due": "2024-05-31", "kind": "report", "partners": ["isu"]})");
  ASSERT_EQ(plan.items.size(), 2u);
  EXPECT_EQ(plan.items[0].due.to_string(), "2024-03-31");
  EXPECT_EQ(plan.items[0].due_text, "2024-Q1");
  EXPECT_EQ(plan.items[0].groups, (std::vector<std::string>{"gso", "clearance"}));
  EXPECT_EQ(plan.items[1].due_text, "2024-05-31");
  EXPECT_EQ(plan.items[1].track, "");
  EXPECT_EQ(plan.start.to_string(), "2023-09-15");
}

TEST(WorkPlanTest, QuarterEnds) {
  EXPECT_EQ(quarter_end("2023-Q4")->to_string(), "2023-12-31");
  EXPECT_EQ(quarter_end("2024-Q1")->to_string(), "2024-03-31");
  EXPECT_EQ(quarter_end("2024-Q2")->to_string(), "2024-06-30");
  EXPECT_FALSE(quarter_end("2024-Q5"));
  EXPECT_FALSE(quarter_end("Q1-2024"));
}

TEST(WorkPlanTest, EveryProblemIsNamedWithItsPlace) {
  auto errors = errors_of(plan_json(R"({"id": "a", "title": "A", "quarter": "2024-Q7",
   "kind": "meting", "groups": ["victims"], "qaurter": "x"},
  {"id": "a", "title": "B", "due": "2023-01-01", "kind": "report", "partners": ["isu"]},
  {"id": "c", "title": "C", "due": "2024-01-01", "quarter": "2024-Q1", "kind": "report",
   "track": "4"})"));
  EXPECT_EQ(errors,
            (std::vector<std::string>{
                "plan.json:4:56: unknown field \"qaurter\", did you mean \"quarter\"?",
                "plan.json:3:50: field \"quarter\": \"2024-Q7\" is not a quarter (write it as "
                "2024-Q1 to 2024-Q4)",
                "plan.json:4:33: unknown group \"victims\", did you mean \"victim-assistance\"?",
                "plan.json:4:12: unknown kind \"meting\", did you mean \"meeting\"?",
                "plan.json:5:10: plan item \"a\" is listed twice",
                "plan.json:5:3: plan item \"a\" is due on 2023-01-01, before the plan starts "
                "(2023-09-15)",
                "plan.json:6:3: plan item \"c\" needs either \"due\" (YYYY-MM-DD) or \"quarter\" "
                "(e.g. \"2024-Q1\"), not both",
                "plan.json:7:13: unknown track \"4\", did you mean \"1\"?",
                "plan.json:6:3: plan item \"c\" names no group and no partner: say who takes part "
                "(\"groups\", \"partners\")"}));
}

TEST(WorkPlanTest, NotAnObjectIsRefused) {
  EXPECT_EQ(errors_of("[]"), std::vector<std::string>{
                                 "plan.json:1:1: a work plan must be a JSON object with \"name\", "
                                 "\"start\" and \"items\""});
  EXPECT_EQ(errors_of(R"({"name": "P", "start": "2023-02-30", "items": []})"),
            std::vector<std::string>{"plan.json:1:24: field \"start\": \"2023-02-30\" is not a "
                                     "calendar date (YYYY-MM-DD)"});
}

TEST(WorkPlanTest, MatchBeforeTheDueDateIsDone) {
  auto item =
      evaluate_one(kMeeting, meeting("m", "2024-02-01", R"(["gso", "clearance", "stockpile"])"));
  EXPECT_EQ(item.status, PlanItemStatus::kDone);
  EXPECT_EQ(item.fulfilled_by, "m");
  EXPECT_EQ(item.fulfilled_on->to_string(), "2024-02-01");
}

TEST(WorkPlanTest, MatchOnTheDueDateIsDone) {
  auto item = evaluate_one(kMeeting, meeting("m", "2024-03-31", R"(["gso", "clearance"])"));
  EXPECT_EQ(item.status, PlanItemStatus::kDone);
}

TEST(WorkPlanTest, MatchAfterTheDueDateIsLate) {
  auto item = evaluate_one(kMeeting, meeting("m", "2024-04-01", R"(["gso", "clearance"])"));
  EXPECT_EQ(item.status, PlanItemStatus::kLate);
  EXPECT_EQ(item.fulfilled_by, "m");
}

TEST(WorkPlanTest, NoMatchAfterTheDueDateIsMissingWithTheClosest) {
  std::string report = activity_json("report", "2024-02-03", R"(["gso", "clearance"])",
                                     R"(, "kind": "report", "gender_marker": 2)");
  auto item =
      evaluate_one(kMeeting, meeting("gso-only", "2024-02-01", R"(["gso"])") + "," + report);
  EXPECT_EQ(item.status, PlanItemStatus::kMissing);
  EXPECT_EQ(item.fulfilled_by, "");
  EXPECT_EQ(item.closest, std::vector<std::string>{"gso-only"});
  EXPECT_EQ(item.lacking, std::vector<std::string>{"clearance"});
}

TEST(WorkPlanTest, WorkThatIsNotGenderRelatedDoesNotFulfilAnItem) {
  auto item = evaluate_one(kMeeting, meeting("m", "2024-02-01", R"(["gso", "clearance"])", "0"));
  EXPECT_EQ(item.status, PlanItemStatus::kMissing);
}

TEST(WorkPlanTest, WorkBeforeThePlanStartsDoesNotFulfilAnItem) {
  auto item = evaluate_one(kMeeting, meeting("m", "2023-09-14", R"(["gso", "clearance"])"),
                           PeriodChoice{{}, Date::parse("2023-09-01"), Date::parse("2024-09-13")});
  EXPECT_EQ(item.status, PlanItemStatus::kMissing);
}

TEST(WorkPlanTest, WorkAfterThePeriodIsNotKnown) {
  auto item = evaluate_one(kMeeting, meeting("m", "2024-10-01", R"(["gso", "clearance"])"));
  EXPECT_EQ(item.status, PlanItemStatus::kMissing);
}

TEST(WorkPlanTest, ItemDueAfterThePeriodIsOpen) {
  auto item = evaluate_one(kMeeting, meeting("m", "2024-02-01", R"(["gso"])"),
                           PeriodChoice{{}, Date::parse("2023-09-15"), Date::parse("2024-03-30")});
  EXPECT_EQ(item.status, PlanItemStatus::kOpen);
  EXPECT_EQ(item.closest, std::vector<std::string>{"m"});
}

TEST(WorkPlanTest, WithoutAPeriodEveryItemIsOpen) {
  WorkPlan plan = plan_of(kMeeting);
  ActivityLog empty;
  PlanSection section = evaluate_work_plan(plan, empty, {}, std::nullopt);
  EXPECT_EQ(section.items[0].status, PlanItemStatus::kOpen);
}

TEST(WorkPlanTest, TagsNarrowTheMatch) {
  const char* item = R"({"id": "sadd", "title": "SADD research", "quarter": "2024-Q3",
      "kind": "research", "partners": ["unidir"], "tags": ["SADD"]})";
  std::string stock_take =
      activity_json("stock", "2024-07-01", R"(["gso"])",
                    R"(, "kind": "research", "partners": ["unidir"], "tags": ["gender"])");
  std::string sadd =
      activity_json("data", "2024-08-01", R"(["gso"])",
                    R"(, "kind": "research", "partners": ["unidir"], "tags": ["sadd"])");
  EXPECT_EQ(evaluate_one(item, stock_take + "," + sadd).fulfilled_by, "data");
}

}  // namespace
}  // namespace lapaudit
