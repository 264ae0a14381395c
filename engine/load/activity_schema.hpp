// SPDX-License-Identifier: Apache-2.0
#pragma once

// The published JSON Schema of one activity (schemas/activity.schema.json, built into the
// binary) and the check of a record against it with RapidJSON's schema validator.
//
// Who checks what, so that no problem is reported twice:
// - the schema: which fields are required, the type of every field, a non-blank id and title,
//   at least one group, gender markers 0-2, participant counts (women/men/other, 0 or more);
// - activity_record: what a schema cannot say: a real calendar date, kinds, groups and partners
//   known to the rule set, action numbers within its plan;
// - ActivityLogBuilder: ids unique across every input of a run.

#include <rapidjson/document.h>

#include <string>
#include <string_view>
#include <vector>

#include "load/json_scanner.hpp"
#include "util/error.hpp"

namespace lapaudit {

// The schema as published, byte for byte.
std::string_view activity_schema_text();

// The fields every activity must have, as the schema lists them ("id", "date", ...).
const std::vector<std::string>& activity_required_fields();

// The schema's example activity ("examples"[0]): every field filled in, for templates.
const rapidjson::Value& activity_schema_example();

// Every way `record` breaks the schema, each as `field "X": what is wrong` (wording from the
// schema's "errorMessage"), placed at the value concerned, or at the record for a missing field
// (a record that is no object: that one problem). Empty when the record conforms.
std::vector<Error> check_activity_schema(const LocatedJson& record, const std::string& file);

// Whether `record` fits the schema: the validator alone, without the places and wording of
// check_activity_schema (which asks it first).
bool fits_activity_schema(const rapidjson::Value& record);

}  // namespace lapaudit
