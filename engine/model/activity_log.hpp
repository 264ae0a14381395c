// SPDX-License-Identifier: Apache-2.0
#pragma once

// The activity log of one run: the records of every input file, checked and accounted for.
// Nothing is lost: each record read is either accepted or rejected, per input and in total.
// load/activity_log_builder.hpp reads it from files.

#include <cstddef>
#include <string>
#include <vector>

#include "model/activity.hpp"
#include "util/error.hpp"

namespace lapaudit {

struct InputSummary {
  std::string path;
  std::string digest;  // sha256 of the bytes read
  std::size_t records = 0;
  std::size_t accepted = 0;
  std::size_t rejected = 0;
  std::size_t out_of_period = 0;  // filled in by the audit, once the period is known
  // Values of its records left out or read with a correction, each a warning in
  // ActivityLog::warnings (a bad optional value, "Action 29" read as 29).
  std::size_t record_warnings = 0;
};

struct ActivityLog {
  std::vector<Activity> activities;  // accepted, in input order
  std::vector<Rejection> rejections;
  std::vector<InputSummary> inputs;
  std::vector<Error> warnings;  // things ignored but worth saying (unknown fields)
};

}  // namespace lapaudit
