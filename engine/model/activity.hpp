// SPDX-License-Identifier: Apache-2.0
#pragma once

// One thing that happened (a meeting, a statement, a report...) as the activity log records it,
// after it has been checked against the rule set. Plain data; see spec.md "Input: activities".

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "util/date.hpp"
#include "util/error.hpp"

namespace lapaudit {

// Counts of participants; a count the log leaves blank (or writes "n/a") is unknown, never 0.
struct Participants {
  std::optional<std::int64_t> women;
  std::optional<std::int64_t> men;
  std::optional<std::int64_t> other;  // blank: none counted as other (most notes count only
                                      // women and men)
};

// Where a record came from, so every report line can point back at the log.
struct RecordPlace {
  std::string file;
  int line = 0;
};

struct Activity {
  std::string id;
  std::string title;
  std::string description;  // read by the gender classifier, as the title is
  std::vector<std::string> groups;
  std::vector<int> actions;
  std::vector<std::string> partners;
  std::vector<std::string> tags;
  std::optional<Participants> participants;
  std::string kind;  // empty when the log does not say
  RecordPlace place;
  std::optional<int> gender_marker;
  Date date;
  std::optional<bool> sadd;
};

// A record the engine could not use: listed in every report with its place and reason.
struct Rejection {
  RecordPlace place;                  // the line of the first problem
  std::string id;                     // empty when the record has no usable id
  std::string reason;                 // every problem, joined with "; "
  std::vector<Error> problems;        // each problem with its own line and column
  std::vector<std::string> groups{};  // the valid groups and actions it lists, so that
  std::vector<int> actions{};         // `explain` can show it to the subjects it names
  std::string kind{};                 // the kind and title as written (even a kind the rule set
  std::string title{};                // does not know), to tell which findings it could change
};

}  // namespace lapaudit
