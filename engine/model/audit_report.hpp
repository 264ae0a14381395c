// SPDX-License-Identifier: Apache-2.0
#pragma once

// What an audit found, as plain data for the report writers (json, text, ...): a status for
// every gender-relevant action and every working group, the findings behind them, and the
// accounting of every input record. Its JSON form is spec.md's "lapaudit/report/v1".

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/activity.hpp"
#include "model/activity_log.hpp"
#include "model/committee.hpp"
#include "util/date.hpp"

namespace lapaudit {

// After the UN-SWAP rating scale, lowest first.
enum class Status { kMissing, kApproaches, kMeets, kExceeds };
std::string_view status_name(Status status);

struct GroupCover {
  std::string group;
  bool covered = false;
  std::vector<std::string> evidence;  // ids of the activities by which it covered the action
  Basis basis = Basis::kStated;  // whether the rule set's link rests on a source or an inference
  std::string source{};          // that source, or the reasoning behind the inference
};

struct ActionResult {
  int id = 0;
  std::string section;
  std::string section_id{};
  std::string summary;
  Status status = Status::kMissing;
  std::size_t gender_activities = 0;  // gender-related activities of the period that list it
  std::vector<GroupCover> groups{};   // one per responsible group, in rule-set order
};

struct GroupResult {
  std::string id;
  std::string name;
  Status status = Status::kMissing;
  std::size_t gender_activities = 0;  // gender-related activities of the period that list it
  std::vector<int> carried_actions;   // the gender-relevant actions it is responsible for
  std::vector<int> uncovered_actions;
  std::vector<std::string> evidence;  // ids of its gender-related activities
};

struct Subject {
  std::string kind;  // "action", "group", ...
  std::string id;
};

// A rejected record that could have changed a finding, had it been accepted: the reader must know
// that the finding may be wrong until the record is fixed.
struct RejectedLink {
  RecordPlace place;
  std::string id;   // the record's id, or "" when it has none that could be read
  std::string why;  // what ties it to the finding: "names action 28", "mentions side-event"
};

struct Finding {
  std::string id;  // "<rule>/<subject kind>/<subject id>": stable from one audit to the next
  std::string rule;
  std::string severity;
  Subject subject;
  std::string message;
  std::vector<std::string> evidence;
  bool waived = false;
  std::string waiver_reason;
  std::string next_step{};  // what the subject's coordinators could do, from the rule; or ""
  // The working groups it concerns when its subject is neither an action nor a group (an
  // activity's groups); empty otherwise (see groups_concerned).
  std::vector<std::string> groups{};
  // Rejected records that could have changed it: the first kMaxRejectedLinks, and how many in all.
  std::vector<RejectedLink> rejected{};
  std::size_t rejected_total = 0;
};

inline constexpr std::size_t kMaxRejectedLinks = 5;

// A working group not joined, directly or through other groups, to the rule's hub group by
// gender-related activities of the period (Track 1, "breaking the silos").
struct Silo {
  std::string group;
  std::string hub;                       // the group it is not joined to ("gso")
  std::vector<std::string> joined_with;  // the other groups it is joined to, sorted
};

// What became of one item of the work plan (--plan): done (a matching activity between the
// plan's start and the due date), late (one after the due date), open (none yet, due after the
// period's end) or missing (none, and the due date has passed).
enum class PlanItemStatus { kDone, kLate, kOpen, kMissing };
std::string_view plan_status_name(PlanItemStatus status);

struct PlanItemResult {
  std::string id;
  std::string title;
  std::string track;     // a track id of the plan, or ""
  std::string kind;      // the activity kind that fulfils it
  std::string due_text;  // as the plan writes it: "2024-Q1" or "2024-03-31"
  Date due;              // the last day it is due by
  std::vector<std::string> groups;
  std::vector<std::string> partners;
  std::vector<std::string> tags;
  std::vector<int> actions;
  PlanItemStatus status = PlanItemStatus::kMissing;
  std::string fulfilled_by;  // the activity that did it (done, late), or ""
  std::optional<Date> fulfilled_on;
  std::vector<std::string> closest;  // not done: activities of the kind with some of the parties
  std::vector<std::string> lacking;  // the parties the first of `closest` lacks
};

struct PlanTrack {
  std::string id;
  std::string name;
};

struct PlanSection {
  std::string name;
  std::string source;
  std::string path;  // the plan file, as given
  Date start;
  std::vector<PlanTrack> tracks;
  std::vector<PlanItemResult> items;  // in the plan's order
};

// One waiver of the --waivers file and what became of it: "applied" (it waives `findings`),
// "expired" (its date passed before the period's end: it waives nothing) or "unused" (it
// matches no finding).
struct WaiverNote {
  std::string rule;
  Subject subject;
  std::string reason;
  Date expires;
  RecordPlace place;
  std::string status;
  std::vector<std::string> findings;  // ids of the findings it matches
};

// Something the reader must know before trusting the statuses: a stable code for tools and a
// sentence for people.
// Codes of data-quality warnings are stable: tools match on them (schemas/report.schema.json).
struct ReportWarning {
  std::string code;
  std::string message;
  // For "ignored-field": the column or key ignored, where, and the field it looks like.
  std::string field{};
  std::string resembles{};
  std::optional<RecordPlace> place{};
};

// What a report rests on, in numbers: every record read, and how many links of the actions to
// groups the rule set infers rather than a source states.
struct DataCounts {
  std::size_t records = 0;
  std::size_t accepted = 0;
  std::size_t rejected = 0;
  std::size_t out_of_period = 0;
  std::size_t record_warnings = 0;  // optional values left out of accepted records, with a warning
  std::size_t links = 0;
  std::size_t inferred_links = 0;
};

struct AuditReport {
  std::string tool_version;
  std::string rules_name;
  std::string rules_title;
  std::string rules_digest;
  std::optional<Period> period;        // empty when there was nothing to set it from
  std::string cycle;                   // the cycle's name when --cycle chose the period
  std::optional<Committee> committee;  // the committee the period was judged with
  std::vector<ReportWarning> warnings;
  std::vector<InputSummary> inputs;
  std::vector<ActionResult> actions;  // sorted by number
  std::vector<GroupResult> groups;    // sorted by id
  std::vector<Finding> findings;
  std::vector<Rejection> rejected;
  std::vector<Silo> silos;          // by hub, then group; empty when no silo rule runs
  std::optional<PlanSection> plan;  // when a work plan was given
  std::optional<std::vector<WaiverNote>> waivers;  // when a waivers file was given

  std::size_t unwaived_findings() const;
  // How many of the actions' links to groups rest on an inference, not a stated source.
  std::size_t inferred_links() const;
  // The inputs' counts summed, with the links.
  DataCounts data_counts() const;
};

}  // namespace lapaudit
