// SPDX-License-Identifier: Apache-2.0
#pragma once

// An empty activity log with every column (or field) and a commented example, for a new user to
// start from something that loads (`lapaudit template`). The example is the one the published
// schema carries, so the template and the schema cannot drift apart.

#include <string>

namespace lapaudit {

// A CSV sheet: the header row, a comment row, and the example as a row commented out with "#".
std::string csv_log_template();
// A JSON log: {"comment", "example", "activities": []}; "comment" and "example" are ignored
// when the log is read.
std::string json_log_template();

}  // namespace lapaudit
