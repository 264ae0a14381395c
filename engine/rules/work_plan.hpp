// SPDX-License-Identifier: Apache-2.0
#pragma once

// The Gender Focal Points' work plan (--plan FILE): dated items, each fulfilled by a
// gender-related activity of a given kind that involves given groups and partners. Loaded from
// a hand-written JSON file and checked against the rule set; evaluated against the activity log
// into the report's plan section (planned vs done). Format: see fixtures/workplan-2023-2024.json.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "load/file_source.hpp"
#include "model/activity_log.hpp"
#include "model/audit_report.hpp"
#include "model/rule_set.hpp"
#include "util/error.hpp"

namespace lapaudit {

struct PlanItem {
  std::string id;
  std::string title;
  std::string track;     // "" when it belongs to no track
  std::string kind;      // an activity kind of the rule set
  std::string due_text;  // "2024-Q1" or "2024-03-31", as written
  Date due;
  std::vector<std::string> groups;    // all must take part
  std::vector<std::string> partners;  // all must take part
  std::vector<std::string> tags;      // the activity carries each (case-insensitive)
  std::vector<int> actions;           // the activity addresses each
};

struct WorkPlan {
  std::string name;
  std::string source;
  std::string path;
  Date start;  // activities before it do not fulfil an item
  std::vector<PlanTrack> tracks;
  std::vector<PlanItem> items;
};

// Parses and checks a work plan. Every problem is listed, each with its file, line and column:
// unknown groups, partners, kinds or tracks (with a suggestion), a due date before the start,
// duplicate ids, unknown fields.
Result<WorkPlan, Errors> load_work_plan(std::string_view text, const std::string& file,
                                        const RuleSet& rules);
Result<WorkPlan, Errors> load_work_plan_file(const FileSource& files, const std::string& path,
                                             const RuleSet& rules);

// The last day of a quarter written "2024-Q1", or nullopt when it is not one.
std::optional<Date> quarter_end(std::string_view text);

// Planned vs done. An activity fulfils an item when it is gender-related (`gender_related`, one
// per activity of `log`), of the item's kind, involves all of its groups and partners, carries
// its tags, addresses its actions, and lies between the plan's start and the period's end
// (activities after the period are not known to this audit). Without a period nothing fulfils
// an item and every item is open.
PlanSection evaluate_work_plan(const WorkPlan& plan, const ActivityLog& log,
                               const std::vector<bool>& gender_related,
                               const std::optional<Period>& period);

}  // namespace lapaudit
