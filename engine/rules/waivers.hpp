// SPDX-License-Identifier: Apache-2.0
#pragma once

// Waivers (--waivers FILE): findings the focal points have accepted, each for a stated reason
// until a date. A waived finding stays in the report, marked waived with its reason, and does
// not make the exit code 1. A waiver whose date has passed waives nothing and is reported as
// expired; one that matches no finding is reported as unused. Nothing is ever deleted silently.
//
// File: a JSON list, or an object with a "waivers" list, of
//   {"rule": "...", "subject": {"kind": "group", "id": "stockpile"}, "reason": "...",
//    "expires": "YYYY-MM-DD"}
// (the subject as the JSON report writes it).

#include <string>
#include <string_view>
#include <vector>

#include "load/file_source.hpp"
#include "model/audit_report.hpp"
#include "model/rule_set.hpp"
#include "util/error.hpp"

namespace lapaudit {

struct Waiver {
  std::string rule;
  Subject subject;
  std::string reason;
  Date expires;  // the last day it waives
  RecordPlace place;
};

// Parses and checks waivers: every problem with its place (an unknown rule, with a suggestion;
// an empty reason; a date that is not one; the same finding waived twice).
Result<std::vector<Waiver>, Errors> load_waivers(std::string_view text, const std::string& file,
                                                 const RuleSet& rules);
Result<std::vector<Waiver>, Errors> load_waivers_file(const FileSource& files,
                                                      const std::string& path,
                                                      const RuleSet& rules);

// Marks the findings `waivers` accept as waived, as of `as_of` (the period's last day: a waiver
// expiring before it has expired; without a period none has). Returns one note per waiver, in
// the file's order.
std::vector<WaiverNote> apply_waivers(const std::vector<Waiver>& waivers,
                                      std::vector<Finding>& findings,
                                      const std::optional<Date>& as_of);

}  // namespace lapaudit
