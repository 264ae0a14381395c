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

// A column or key of an input that is no activity field and was ignored: kept so that the
// report can say which field it looks like ("LAP actions" for "actions").
struct IgnoredField {
  std::string name;  // as written
  std::string file;
  int line = 0;            // the header row, or the first record that has it
  bool is_column = false;  // a column of a sheet (CSV), not a key of a JSON record
};

struct ActivityLog {
  std::vector<Activity> activities;  // accepted, in input order
  std::vector<Rejection> rejections;
  std::vector<InputSummary> inputs;
  std::vector<Error> warnings;               // things ignored but worth saying (unknown fields)
  std::vector<IgnoredField> ignored_fields;  // each once per input, in reading order
};

}  // namespace lapaudit
