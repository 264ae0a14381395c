#pragma once

// One thing that happened (a meeting, a statement, a report...) as the activity log records it,
// after it has been checked against the rule set. Plain data; see spec.md "Input: activities".

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "date.hpp"
#include "error.hpp"

namespace lapaudit {

struct Participants {
  std::int64_t women = 0;
  std::int64_t men = 0;
  std::int64_t other = 0;
};

// Where a record came from, so every report line can point back at the log.
struct RecordPlace {
  std::string file;
  int line = 0;
};

struct Activity {
  std::string id;
  Date date;
  std::string title;
  std::string description;  // empty once loaded: see description_term
  std::string kind;         // empty when the log does not say
  std::vector<std::string> groups;
  std::vector<int> actions;
  std::vector<std::string> partners;
  std::optional<int> gender_marker;
  std::vector<std::string> tags;
  std::optional<Participants> participants;
  std::optional<bool> sadd;
  std::string source;
  RecordPlace place;
  // Set by the loader, which classifies each activity as it reads it and then drops the
  // description (most of a log's bytes, and no report prints it): the lexicon term the
  // classification found in the description, or "" when the description did not decide.
  // Unset while `description` holds the text itself.
  std::optional<std::string> description_term;
};

// A record the engine could not use: listed in every report with its place and reason.
struct Rejection {
  RecordPlace place;                  // the line of the first problem
  std::string id;                     // empty when the record has no usable id
  std::string reason;                 // every problem, joined with "; "
  std::vector<Error> problems;        // each problem with its own line and column
  std::vector<std::string> groups{};  // the valid groups and actions it lists, so that
  std::vector<int> actions{};         // `explain` can show it to the subjects it names
};

}  // namespace lapaudit
