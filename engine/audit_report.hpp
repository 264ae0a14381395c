#pragma once

// What an audit found, as plain data for the report writers (json, text, ...): a status for
// every gender-relevant action and every working group, the findings behind them, and the
// accounting of every input record. Its JSON form is spec.md's "lapaudit/report/v1".

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "activity.hpp"
#include "activity_log.hpp"
#include "date.hpp"

namespace lapaudit {

// After the UN-SWAP rating scale, lowest first.
enum class Status { kMissing, kApproaches, kMeets, kExceeds };
std::string_view status_name(Status status);

struct GroupCover {
  std::string group;
  bool covered = false;
  std::vector<std::string> evidence;  // ids of the activities by which it covered the action
};

struct ActionResult {
  int id = 0;
  std::string section;
  std::string summary;
  Status status = Status::kMissing;
  std::size_t gender_activities = 0;  // gender-related activities of the period that list it
  std::vector<GroupCover> groups;     // one per responsible group, in rule-set order
};

struct GroupResult {
  std::string id;
  std::string name;
  Status status = Status::kMissing;
  std::size_t gender_activities = 0;  // gender-related activities of the period that list it
  std::vector<int> carried_actions;   // the gender-relevant actions it is responsible for
  std::vector<int> uncovered_actions;
  std::vector<std::string> evidence;  // ids of its gender-related activities
};

struct Subject {
  std::string kind;  // "action", "group", ...
  std::string id;
};

struct Finding {
  std::string id;  // "<rule>/<subject kind>/<subject id>": stable from one audit to the next
  std::string rule;
  std::string severity;
  Subject subject;
  std::string message;
  std::vector<std::string> evidence;
  bool waived = false;
  std::string waiver_reason;
};

struct AuditReport {
  std::string tool_version;
  std::string rules_name;
  std::string rules_title;
  std::string rules_digest;
  std::optional<Period> period;  // empty when there was nothing to set it from
  std::string cycle;             // the cycle's name when --cycle chose the period
  std::vector<InputSummary> inputs;
  std::vector<ActionResult> actions;  // sorted by number
  std::vector<GroupResult> groups;    // sorted by id
  std::vector<Finding> findings;
  std::vector<Rejection> rejected;

  std::size_t unwaived_findings() const;
};

}  // namespace lapaudit
