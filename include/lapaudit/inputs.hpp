// SPDX-License-Identifier: Apache-2.0
#pragma once

// lapaudit's public API, part 1 of 4: what an audit reads.
//   - the rule set: the built-in one or a folder of rules/*.json (load_rule_set,
//   load_builtin_rule_set)
//   - the activity logs: JSON, NDJSON or CSV, each record checked, accepted or rejected with its
//     file and line (ActivityLogBuilder), within LoadLimits
//   - the focal points' work plan and the waivers, both optional (load_work_plan, load_waivers)
//   - an empty log to start from (csv_log_template, json_log_template)
// Every reading function returns a Result: the value, or an Error naming the file, the line and
// what is wrong, in words for the person who keeps the file.
//
// The rest of the API: lapaudit/audit.hpp (run the audit), lapaudit/views.hpp (gaps,
// explanations, differences), lapaudit/reports.hpp (the report formats).

#include "load/activity_log_builder.hpp"
#include "load/activity_template.hpp"
#include "load/file_source.hpp"
#include "load/input_text.hpp"
#include "model/activity_log.hpp"
#include "model/rule_set.hpp"
#include "rules/rule_set_loader.hpp"
#include "rules/waivers.hpp"
#include "rules/work_plan.hpp"
#include "util/error.hpp"
