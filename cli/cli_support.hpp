// SPDX-License-Identifier: Apache-2.0
#pragma once

// What every lapaudit command shares: the common options, loading the rule set and the
// activity logs they name, writing the output whole or not at all, and the exit codes.
// The engine knows nothing of this; this is the only layer that prints.

#include <CLI/CLI.hpp>
#include <optional>
#include <string>
#include <vector>

#include "lapaudit/audit.hpp"
#include "lapaudit/inputs.hpp"

namespace lapaudit::cli {

// Exit codes, as spec.md fixes them.
inline constexpr int kExitClean = 0;     // ran; no unwaived finding
inline constexpr int kExitFindings = 1;  // ran; at least one unwaived finding
inline constexpr int kExitError = 2;     // usage, rule set, input or output error

struct CommonOptions {
  std::string rules_dir;  // empty: the built-in rule set
  std::string cycle;
  std::string from;
  std::string to;
  std::string format = "text";
  std::string output;  // empty or "-": standard output
  bool strict = false;
  std::optional<double> max_rejected_share;  // --max-rejected-share, from 0 to 1
  std::vector<std::string> inputs;
  LoadLimits limits;
  std::string plan_file;     // --plan; empty: none
  std::string waivers_file;  // --waivers; empty: none
};

// --rules, --cycle, --from, --to, -o, --strict, --max-rejected-share and the limits. Formats and
// inputs are added per command.
void add_common_options(CLI::App& command, CommonOptions& options);

// --max-input-mb, --max-text-kb, --max-records (for commands without the common options).
void add_limit_options(CLI::App& command, LoadLimits& limits);
// --date-order dmy|mdy: how the logs' dates written with "." or "/" read (added by
// add_limit_options, with the other options on reading logs).
void add_date_order_option(CLI::App& command, LoadLimits& limits);

// --plan FILE and --waivers FILE, for the commands that judge activities (audit, gaps).
void add_plan_options(CLI::App& command, CommonOptions& options);

// The work plan and waivers an audit takes besides its log. Keep it alive while the audit runs:
// inputs() points into it.
struct AuditExtras {
  std::optional<WorkPlan> plan;
  std::optional<std::vector<Waiver>> waivers;
  AuditInputs inputs() const;
};

// Loads what --plan and --waivers name, with every problem of both files.
Result<AuditExtras, Errors> read_audit_extras(const CommonOptions& options, const RuleSet& rules);
// The same, or nullopt after reporting every problem.
std::optional<AuditExtras> load_audit_extras(const CommonOptions& options, const RuleSet& rules);

// The audit the options ask for, with `rules`: the period, --plan and --waivers, the inputs.
// Returns nullopt after reporting why it could not run.
std::optional<Audit> audit_as_asked(const CommonOptions& options, const RuleSet& rules);

// Prints "lapaudit: <error>" to standard error.
void report_error(const Error& error);
void report_errors(const Errors& errors);

// The rule set the options name, or nullopt after reporting why it cannot be used.
std::optional<RuleSet> load_rules(const CommonOptions& options);

// The period the options choose, or nullopt after reporting a bad date.
// A cycle is named as `rules` writes it, whatever the case given (--cycle 12msp).
std::optional<PeriodChoice> period_choice(const CommonOptions& options, const RuleSet& rules);

// The text of one input: the file at `path`, or standard input for "-", read up to `max_bytes`
// (--max-input-mb): more is an Error that names the option.
Result<InputText> read_input(const std::string& path, std::size_t max_bytes);

// Reads the input at `path` into `builder` and logs its format and counts (-v). An Error when
// it cannot be read whole: a file that cannot be read, an unknown extension, or text broken
// part way (the records before the break stay in the log).
std::optional<Error> add_input(ActivityLogBuilder& builder, const std::string& path,
                               const LoadLimits& limits);

// A share as --max-rejected-share takes it: "0.25" or "25%", from 0 to 1 (0% to 100%).
std::optional<double> parse_share(const std::string& text);

// Today's date, for the warning that a period is not over: the environment variable
// LAPAUDIT_TODAY (YYYY-MM-DD) when set, so that tests do not depend on the day they run.
std::optional<Date> today();

// Reads every input into one log. Returns nullopt after reporting an input that cannot be
// read at all, (with --strict) any rejected record, or (with --max-rejected-share) a larger
// share of rejected records than allowed.
std::optional<ActivityLog> load_inputs(const CommonOptions& options, const RuleSet& rules);

// Logs the warnings of a load (unknown fields...) at warning level: of each kind, the first
// kMaxWarningsShown, then how many more of that kind there are (a sheet with 100,000 stray
// columns would otherwise print 100,000 lines before the report).
inline constexpr std::size_t kMaxWarningsShown = 10;
void log_warnings(const ActivityLog& log);

}  // namespace lapaudit::cli
