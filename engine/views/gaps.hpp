// SPDX-License-Identifier: Apache-2.0
#pragma once

// One coordinator's view of an audit (`lapaudit gaps --group ID`): what the thematic
// coordinators ask, "what are my group's gaps?". The group's status, each gender-relevant action
// it carries with whether it covered it and by which activities, whether it is a silo, the
// findings about it, and the next steps the rule set suggests for them.

#include <optional>
#include <string>
#include <vector>

#include "model/audit_report.hpp"
#include "util/error.hpp"

namespace lapaudit {

// A gender-relevant action the group is responsible for, seen from the group.
struct CarriedAction {
  int id = 0;
  std::string section;
  std::string summary;
  Status action_status = Status::kMissing;  // over all the groups responsible for it
  bool covered = false;                     // by this group
  std::vector<std::string> evidence;        // the activities by which this group covered it
};

struct GroupGaps {
  GroupResult group;
  std::vector<CarriedAction> actions;  // ascending
  std::optional<Silo> silo;            // set when the group is a silo
  // Findings about the group, about the actions it carries and has not covered, and about the
  // work plan items it takes part in, in the report's order.
  std::vector<Finding> findings;
  // The rule set's next steps for the unwaived findings, in the same order, each said once.
  std::vector<std::string> next_steps;

  std::size_t unwaived_findings() const;
};

// The view of `group` in `report`. An unknown group is an Error that suggests the likely one
// and lists the groups of the report.
Result<GroupGaps> group_gaps(const AuditReport& report, const std::string& group);

// `report` cut down to the view: the group alone, the actions it carries, its findings, its
// silo, the work plan items it takes part in and the waivers that concern it. For the formats
// that render a whole report (markdown, csv, html).
AuditReport restrict_report(const AuditReport& report, const GroupGaps& gaps);

}  // namespace lapaudit
