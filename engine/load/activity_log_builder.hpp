// SPDX-License-Identifier: Apache-2.0
#pragma once

// Reads the activity log of one run from its input files (JSON, NDJSON, CSV), checking each
// record: every record read is either accepted or rejected, per input and in total.

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "load/field_values.hpp"
#include "model/activity.hpp"
#include "model/activity_log.hpp"
#include "model/rule_set.hpp"
#include "util/error.hpp"

namespace lapaudit {

struct LocatedJson;
struct RecordOutcome;

enum class InputFormat { kJson, kNdjson, kCsv };

// The format a file name implies (".json", ".ndjson"/".jsonl", ".csv"; "-" is JSON), or an
// Error naming the file and the extensions that are understood.
Result<InputFormat> format_for_path(const std::string& path);

// The format of an input given its text too: for standard input ("-"), which has no name to
// tell, the text decides (NDJSON when its first line is a whole record, CSV when it starts with
// neither "[" nor "{", JSON otherwise); for a file, its name decides.
Result<InputFormat> format_for_input(const std::string& path, std::string_view text);

// Sane bounds on what one run reads, so that a broken or hostile input fails with a clear
// message instead of exhausting the machine. Each can be raised from the command line.
struct LoadLimits {
  // One input file (--max-input-mb): a whole plan's log is a few MiB; 512 MiB leaves room for
  // generated benchmark logs and stops a wrong file (a device, a disk image) early.
  std::size_t max_input_bytes = std::size_t{512} << 20;
  std::size_t max_text_bytes = std::size_t{64} * 1024;  // one text field (--max-text-kb)
  std::size_t max_records = 50'000'000;                 // all inputs together (--max-records)
  // Not a bound but carried with them, since every command that reads logs takes both: how a
  // date written with "." or "/" reads (--date-order); by default it is not read.
  DateOrder date_order = DateOrder::kIsoOnly;
};

// Builds an ActivityLog from one or more inputs. Ids must be unique across all of them.
class ActivityLogBuilder {
 public:
  explicit ActivityLogBuilder(const RuleSet& rules, LoadLimits limits = {})
      : rules_(rules), limits_(limits) {}

  // Reads one input's text. Returns the Error when the input as a whole cannot be read (broken
  // JSON, wrong shape), nothing otherwise; the records it yielded before that stay in the log.
  std::optional<Error> add(std::string_view text, const std::string& path, InputFormat format);

  // Called every 65,536 records with the input being read and the records read so far in all
  // inputs, so that a long run can show it is alive.
  void on_progress(std::function<void(const std::string& path, std::size_t records)> callback) {
    progress_ = std::move(callback);
  }

  const ActivityLog& log() const { return log_; }
  ActivityLog take() { return std::move(log_); }

 private:
  void add_record(const LocatedJson& record, InputSummary& summary,
                  std::vector<Error> problems = {});
  void add_outcome(RecordOutcome outcome, InputSummary& summary);
  void check_unique_id(RecordOutcome& outcome, const std::string& path);
  std::optional<Error> add_text(std::string_view text, const std::string& path, InputFormat format);
  std::optional<Error> add_records(std::string_view body, const std::string& path,
                                   InputFormat format);
  // Problems of a record that break the limits (over-long texts).
  std::vector<Error> limit_problems(const LocatedJson& record, const std::string& path) const;

  const RuleSet& rules_;
  LoadLimits limits_;
  std::size_t total_records_ = 0;
  std::function<void(const std::string&, std::size_t)> progress_;
  std::string current_file_;  // the input's name, given to its activities
  bool over_record_limit_ = false;
  ActivityLog log_;
  // Where each id was first seen: its input (index in log_.inputs) and line.
  struct IdPlace {
    std::size_t input = 0;
    int line = 0;
  };
  std::unordered_map<std::string, IdPlace> first_place_of_id_;
  std::map<std::string, bool> warned_fields_;  // "file\nfield"
};

}  // namespace lapaudit
