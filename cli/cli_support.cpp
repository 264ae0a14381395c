// SPDX-License-Identifier: Apache-2.0
#include "cli_support.hpp"

#include <spdlog/spdlog.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <iostream>
#include <iterator>
#include <limits>
#include <map>
#include <memory>
#include <string>
#include <unordered_map>

#include "lapaudit/inputs.hpp"
#include "option_values.hpp"
#include "verbose_log.hpp"
#include "version.hpp"

namespace lapaudit::cli {

void add_limit_options(CLI::App& command, LoadLimits& limits) {
  auto* group = command.add_option_group("Limits", "Bounds on what one run reads");
  group
      ->add_option_function<std::size_t>(
          "--max-input-mb", [&limits](std::size_t mb) { limits.max_input_bytes = mb << 20; },
          "Largest input file, in MiB (default: 512)")
      ->check(whole_number(1, std::uint64_t{1} << 24))
      ->type_name("MB");
  group
      ->add_option_function<std::size_t>(
          "--max-text-kb", [&limits](std::size_t kb) { limits.max_text_bytes = kb << 10; },
          "Longest text in a record, in KiB (default: 64)")
      ->check(whole_number(1, std::uint64_t{1} << 30))
      ->type_name("KB");
  group
      ->add_option("--max-records", limits.max_records,
                   "Most records in all inputs together (default: 50000000)")
      ->check(whole_number(1, std::numeric_limits<std::size_t>::max()))
      ->type_name("N");
  add_date_order_option(command, limits);
}

void add_date_order_option(CLI::App& command, LoadLimits& limits) {
  static const std::map<std::string, DateOrder> kOrders = {{"dmy", DateOrder::kDayFirst},
                                                           {"mdy", DateOrder::kMonthFirst}};
  command
      .add_option("--date-order", limits.date_order,
                  "How to read dates written with . or / (05.03.2024, 12/10/2023): dmy (day "
                  "first) or mdy (month first); without it only YYYY-MM-DD dates are read")
      ->transform(CLI::CheckedTransformer(kOrders, CLI::ignore_case))
      ->type_name("dmy|mdy");
}

void add_common_options(CLI::App& command, CommonOptions& options) {
  add_limit_options(command, options.limits);
  command
      .add_option("--rules", options.rules_dir,
                  "Rule set folder (default: the rule set built into lapaudit)")
      ->type_name("DIR");
  auto* cycle =
      command.add_option("--cycle", options.cycle, "Audit one cycle of the rule set, e.g. 12MSP")
          ->type_name("NAME");
  command.add_option("--from", options.from, "First day of the period (included)")
      ->type_name("YYYY-MM-DD")
      ->excludes(cycle);
  command.add_option("--to", options.to, "Last day of the period (included)")
      ->type_name("YYYY-MM-DD")
      ->excludes(cycle);
  command
      .add_option("-o,--output", options.output,
                  "Write the report to FILE (default: standard output)")
      ->type_name("FILE");
  command.add_flag("--strict", options.strict, "Treat any rejected record as an error (exit 2)");
  command
      .add_option_function<std::string>(
          "--max-rejected-share",
          [&options](const std::string& text) { options.max_rejected_share = parse_share(text); },
          "Treat more rejected records than this share of those read as an error (exit 2), "
          "e.g. 0.25 or 25%")
      ->type_name("SHARE")
      ->check(CLI::Validator(
          [](const std::string& text) {
            return parse_share(text) ? std::string()
                                     : "\"" + text +
                                           "\" is not a share: write a number from 0 to 1 "
                                           "(0.25) or a percentage (25%)";
          },
          "SHARE"));
}

std::optional<double> parse_share(const std::string& text) {
  std::string number = text;
  double scale = 1;
  if (!number.empty() && number.back() == '%') {
    number.pop_back();
    scale = 100;
  }
  if (number.empty() || number.find_first_not_of("0123456789.") != std::string::npos) {
    return std::nullopt;
  }
  char* end = nullptr;
  double value = std::strtod(number.c_str(), &end);
  if (end != number.c_str() + number.size()) return std::nullopt;
  value /= scale;
  if (!(value >= 0 && value <= 1)) return std::nullopt;
  return value;
}

std::optional<Date> today() {
  if (const char* fixed = std::getenv("LAPAUDIT_TODAY")) return Date::parse(fixed);
  std::chrono::year_month_day day{
      std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now())};
  char text[16];
  std::snprintf(text, sizeof text, "%04d-%02u-%02u", static_cast<int>(day.year()),
                static_cast<unsigned>(day.month()), static_cast<unsigned>(day.day()));
  return Date::parse(text);
}

void add_plan_options(CLI::App& command, CommonOptions& options) {
  command
      .add_option("--plan", options.plan_file,
                  "The focal points' work plan (JSON): each item is checked as done, late, "
                  "open or missing")
      ->type_name("FILE");
  command
      .add_option("--waivers", options.waivers_file,
                  "Accepted findings (JSON): each waived with its reason until its date")
      ->type_name("FILE");
}

AuditInputs AuditExtras::inputs() const {
  return {plan ? &*plan : nullptr, waivers ? &*waivers : nullptr};
}

Result<AuditExtras, Errors> read_audit_extras(const CommonOptions& options, const RuleSet& rules) {
  AuditExtras extras;
  Errors errors;
  DiskFileSource disk;
  if (!options.plan_file.empty()) {
    auto plan = load_work_plan_file(disk, options.plan_file, rules);
    if (plan) extras.plan = std::move(plan.value());
    if (!plan) errors = plan.error();
  }
  if (!options.waivers_file.empty()) {
    auto waivers = load_waivers_file(disk, options.waivers_file, rules);
    if (waivers) extras.waivers = std::move(waivers.value());
    if (!waivers) errors.insert(errors.end(), waivers.error().begin(), waivers.error().end());
  }
  if (!errors.empty()) return errors;
  return extras;
}

std::optional<AuditExtras> load_audit_extras(const CommonOptions& options, const RuleSet& rules) {
  auto extras = read_audit_extras(options, rules);
  if (extras) return std::move(extras.value());
  report_errors(extras.error());
  return std::nullopt;
}

void report_error(const Error& error) {
  std::fprintf(stderr, "lapaudit: %s\n", error.to_string().c_str());
}

void report_errors(const Errors& errors) {
  for (const auto& error : errors) report_error(error);
}

std::optional<RuleSet> load_rules(const CommonOptions& options) {
  auto loaded = options.rules_dir.empty()
                    ? load_builtin_rule_set()
                    : load_rule_set(DiskFileSource(settings_file_limit(true)), options.rules_dir);
  if (!loaded) {
    report_errors(loaded.error());
    std::fprintf(stderr, "lapaudit: the rule set %s cannot be used (%zu problem%s)\n",
                 options.rules_dir.empty() ? "built into lapaudit" : options.rules_dir.c_str(),
                 loaded.error().size(), loaded.error().size() == 1 ? "" : "s");
    return std::nullopt;
  }
  spdlog::info("rule set {} ({})", loaded->name, loaded->digest);
  return std::move(loaded.value());
}

std::optional<PeriodChoice> period_choice(const CommonOptions& options, const RuleSet& rules) {
  PeriodChoice choice;
  if (!options.cycle.empty()) choice.cycle = cycle_as_written(options.cycle, rules);
  for (auto [text, slot, name] : {std::tuple{&options.from, &choice.from, "--from"},
                                  std::tuple{&options.to, &choice.to, "--to"}}) {
    if (text->empty()) continue;
    *slot = Date::parse(*text);
    if (!*slot) {
      report_error(Error{"", 0, 0,
                         std::string(name) + ": \"" + *text +
                             "\" is not a calendar date (write it as YYYY-MM-DD)"});
      return std::nullopt;
    }
  }
  return choice;
}

Result<InputText> read_input(const std::string& path, std::size_t max_bytes) {
  ReadLimit limit{.max_bytes = max_bytes,
                  .advice = "raise it with --max-input-mb if the file is right",
                  .regular_files_only = false};
  if (path != "-") return InputText::open(path, limit);
  return InputText::read(STDIN_FILENO, "standard input", limit);
}

namespace {

// "lapaudit: reading log.json: 1310720 records (412000 a second)" on standard error (the records
// read so far in all inputs), rewritten in place, only when standard error is a terminal and
// warnings are shown (not with --quiet).
class ProgressLine {
 public:
  ProgressLine()
      : shown_(::isatty(STDERR_FILENO) == 1 && spdlog::should_log(spdlog::level::warn)),
        start_(std::chrono::steady_clock::now()) {}
  ~ProgressLine() {
    if (used_) std::fputs("\r\033[K", stderr);
  }
  ProgressLine(const ProgressLine&) = delete;
  ProgressLine& operator=(const ProgressLine&) = delete;

  bool shown() const { return shown_; }
  void operator()(const std::string& path, std::size_t records) {
    double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
    std::fprintf(stderr, "\rlapaudit: reading %s: %zu records (%.0f a second)\033[K", path.c_str(),
                 records, seconds > 0 ? static_cast<double>(records) / seconds : 0.0);
    used_ = true;
  }

 private:
  bool shown_;
  bool used_ = false;
  std::chrono::steady_clock::time_point start_;
};

}  // namespace

std::optional<Error> add_input(ActivityLogBuilder& builder, const std::string& path,
                               const LoadLimits& limits) {
  auto text = read_input(path, limits.max_input_bytes);
  if (!text) return text.error();
  auto format = format_for_input(path, text->view());
  if (!format) return format.error();
  std::size_t inputs_before = builder.log().inputs.size();
  auto added = builder.add(text->view(), path, format.value());
  // An input refused before its first record (over --max-input-mb) has no summary.
  if (builder.log().inputs.size() > inputs_before) {
    log_input_summary(builder.log().inputs.back(), format.value());
  }
  return added;
}

namespace {

// With --max-rejected-share, reports a larger share of rejected records (each, then the share).
bool too_many_rejected(const CommonOptions& options, const ActivityLog& log) {
  if (!options.max_rejected_share) return false;
  std::size_t records = 0;
  for (const auto& input : log.inputs) records += input.records;
  std::size_t rejected = log.rejections.size();
  if (records == 0 ||
      static_cast<double>(rejected) <= *options.max_rejected_share * static_cast<double>(records)) {
    return false;
  }
  for (const auto& rejection : log.rejections) report_errors(rejection.problems);
  auto percent = [](double share) { return std::to_string(std::lround(share * 100)) + "%"; };
  std::fprintf(stderr,
               "lapaudit: %zu of the %zu records read (%s) were rejected, more than "
               "--max-rejected-share allows (%s). Correct the records above and run the audit "
               "again, or raise the share.\n",
               rejected, records,
               percent(static_cast<double>(rejected) / static_cast<double>(records)).c_str(),
               percent(*options.max_rejected_share).c_str());
  return true;
}

}  // namespace

std::optional<ActivityLog> load_inputs(const CommonOptions& options, const RuleSet& rules) {
  ActivityLogBuilder builder(rules, options.limits);
  ProgressLine progress;
  if (progress.shown()) builder.on_progress(std::ref(progress));
  // In a fixed order, so that which of two records with the same id is rejected does not
  // depend on the order of the files on the command line.
  std::vector<std::string> paths = options.inputs;
  std::sort(paths.begin(), paths.end());
  for (const auto& path : paths) {
    if (auto error = add_input(builder, path, options.limits)) {
      report_error(*error);
      return std::nullopt;
    }
  }
  ActivityLog log = builder.take();
  log_warnings(log);
  log_load(log);
  if (options.strict && !log.rejections.empty()) {
    for (const auto& rejection : log.rejections) report_errors(rejection.problems);
    std::fprintf(stderr, "lapaudit: %zu record%s rejected; --strict allows none\n",
                 log.rejections.size(), log.rejections.size() == 1 ? "" : "s");
    return std::nullopt;
  }
  if (too_many_rejected(options, log)) return std::nullopt;
  return log;
}

std::optional<Audit> audit_as_asked(const CommonOptions& options, const RuleSet& rules) {
  for (const auto& warning : rules.warnings) spdlog::warn("{}", warning.to_string());
  auto choice = period_choice(options, rules);
  if (!choice) return std::nullopt;
  auto extras = load_audit_extras(options, rules);
  if (!extras) return std::nullopt;
  auto log = load_inputs(options, rules);
  if (!log) return std::nullopt;
  AuditInputs inputs = extras->inputs();
  inputs.today = today();
  auto audit = run_audit(rules, std::move(*log), *choice, kVersion, inputs);
  if (!audit) {
    report_error(audit.error());
    return std::nullopt;
  }
  log_audit(audit.value());
  return std::move(audit.value());
}

namespace {

// What a warning is about, without the names and numbers it quotes: warnings of one kind
// ("column \"x\" is not an activity field...") share it.
std::string warning_kind(const std::string& message) {
  std::string kind;
  bool quoted = false;
  for (char c : message) {
    if (c == '"') quoted = !quoted;
    if (!quoted && (c < '0' || c > '9')) kind += c;
  }
  return kind;
}

}  // namespace

void log_warnings(const ActivityLog& log) {
  std::unordered_map<std::string, std::size_t> totals;
  for (const auto& warning : log.warnings) ++totals[warning_kind(warning.message)];
  std::unordered_map<std::string, std::size_t> shown;
  for (const auto& warning : log.warnings) {
    std::string kind = warning_kind(warning.message);
    std::size_t count = ++shown[kind];
    if (count > kMaxWarningsShown) continue;
    spdlog::warn("{}", warning.to_string());
    std::size_t total = totals[kind];
    if (count == kMaxWarningsShown && total > count) {
      spdlog::warn(
          "{} more warnings like this one are not shown; `lapaudit validate` lists them all",
          total - count);
    }
  }
}

}  // namespace lapaudit::cli
