// SPDX-License-Identifier: Apache-2.0
#pragma once

// Checks one record of an activity log against spec.md's table and the rule set, and turns it
// into an Activity, or into a Rejection that lists every problem with its place. All input
// formats meet here: JSON and NDJSON records as parsed, CSV rows converted to the same shape.
// The shape of a record (required fields, types) is checked by the published schema
// (activity_schema.hpp); this file checks what a schema cannot (see there for who owns what).

#include <string>
#include <string_view>

#include "load/field_values.hpp"
#include "load/json_scanner.hpp"
#include "model/activity.hpp"
#include "model/rule_set.hpp"

namespace lapaudit {

// The field names of an activity, in spec order.
const std::vector<std::string>& activity_field_names();

struct RecordOutcome {
  std::optional<Activity> activity;         // set when the record is usable
  std::optional<Rejection> rejection;       // set otherwise
  std::vector<std::string> unknown_fields;  // present in the record, not activity fields
  // Optional values left out or read with a correction (spec.md: only the required fields and
  // a duplicate id reject a record), each with its place.
  std::vector<Error> warnings;
  int line = 0;  // where the record starts in the file given to read_activity_record
};

// `format_problems`: what the reader of the file format found wrong with this record (a CSV
// row with more cells than columns); they reject it too, listed with the others. The activity's
// place has its line; its file is left to the caller, who can share one name for a whole input.
// `date_order`: how a date written with "." or "/" reads (--date-order).
RecordOutcome read_activity_record(const LocatedJson& record, const std::string& file,
                                   const RuleSet& rules, std::vector<Error> format_problems = {},
                                   DateOrder date_order = DateOrder::kIsoOnly);

}  // namespace lapaudit
