// SPDX-License-Identifier: Apache-2.0
#pragma once

// Why a subject has its status (`lapaudit explain --action N | --group ID`): the rules that judge
// it with their thresholds, the sentence that decides the status, how far each responsible
// group (or carried action) is covered, every activity of the input that lists the subject with
// whether it counted and why, and the rejected records that name it. A coordinator who
// disagrees with a flag reads here exactly what to change in the log.

#include <string>
#include <vector>

#include "model/audit_report.hpp"
#include "model/rule_set.hpp"
#include "rules/audit.hpp"
#include "util/error.hpp"

namespace lapaudit {

// One accepted activity that lists the subject, and what the audit made of it.
struct ActivityVerdict {
  std::string id;
  Date date;
  std::string title;
  RecordPlace place;
  bool counted = false;  // gender-related and in the period
  std::string why;       // "gender marker 2; covers it for clearance", "outside the period"...
};

struct Explanation {
  Subject subject;
  std::string title;  // "Action 31 (Victim assistance)", "Victim Assistance (victim-assistance)"
  Status status = Status::kMissing;
  std::string decision;               // why this status, in one sentence
  std::vector<std::string> rules;     // each rule that judges such subjects, with its parameters
  std::vector<std::string> coverage;  // per responsible group, or per carried action
  std::vector<ActivityVerdict> activities;  // by date, then id
  std::vector<Rejection> rejected;          // rejected records that name the subject
  std::vector<Finding> findings;            // the report's findings about the subject
};

// Both judge with the audit's own rule set (the committee in force at its period's end), so no
// other rule set can be mixed in. An action outside the plan or not gender-relevant, or an
// unknown group, is an Error that says which subjects the audit knows.
Result<Explanation> explain_action(const Audit& audit, int action);
Result<Explanation> explain_group(const Audit& audit, const std::string& group);

}  // namespace lapaudit
