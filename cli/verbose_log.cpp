// SPDX-License-Identifier: Apache-2.0
#include "verbose_log.hpp"

#include <spdlog/spdlog.h>

#include <algorithm>

#include "lapaudit/reports.hpp"

namespace lapaudit::cli {
namespace {

std::string plural(std::size_t count, const char* word) {
  return std::to_string(count) + " " + word + (count == 1 ? "" : "s");
}

// "a, b, c", or "none".
std::string listed(const std::vector<std::string>& items) {
  return items.empty() ? "none" : join(items);
}
std::string listed(const std::vector<int>& items) {
  return items.empty() ? "none" : join_numbers(items);
}

std::string period_words(const AuditReport& report) {
  if (!report.period) return "none (no activity to set it from)";
  std::string out = report.period->from.to_string() + " to " + report.period->to.to_string();
  return report.cycle.empty() ? out : out + " (cycle " + report.cycle + ")";
}

void log_committee(const Audit& audit) {
  const AuditReport& report = audit.report;
  if (!report.committee) return;
  std::vector<std::string> groups;
  for (const auto& group : audit.rules->groups) groups.push_back(group.id);
  std::string cycle =
      report.committee->cycle.empty() ? "" : " (cycle " + report.committee->cycle + ")";
  spdlog::info("committee in force on {}{}: {}: {}", report.committee->as_of.to_string(), cycle,
               plural(groups.size(), "working group"), listed(groups));
  for (const auto& change : report.committee->changes) {
    spdlog::info("committee change within the period, on {}: {}", change.date.to_string(),
                 change.what);
  }
}

bool is_gender_relevant(const AuditReport& report, int action) {
  return std::any_of(report.actions.begin(), report.actions.end(),
                     [action](const ActionResult& result) { return result.id == action; });
}

// "cg-001 (2024-03-05), groups gso, clearance; actions 28, 31": what an activity lists.
std::string activity_words(const Activity& activity) {
  return "activity " + one_line(activity.id) + " of " + activity.date.to_string() + ", groups " +
         listed(activity.groups) + ", actions " + listed(activity.actions);
}

// What an activity counted for: its groups and its gender-relevant actions.
std::string counted_for(const AuditReport& report, const Activity& activity) {
  std::vector<int> relevant;
  std::vector<int> other;
  for (int action : activity.actions) {
    (is_gender_relevant(report, action) ? relevant : other).push_back(action);
  }
  std::string out =
      "counted for groups " + listed(activity.groups) + " and actions " + listed(relevant);
  if (!other.empty()) out += " (not for " + listed(other) + ": not gender-relevant actions)";
  return out;
}

void log_activity(const Audit& audit, std::size_t index) {
  const Activity& activity = audit.log.activities[index];
  std::string place = one_line(activity.place.file) + ":" + std::to_string(activity.place.line);
  GenderReason reason = audit.reason(index);
  std::string outcome;
  if (!reason.related) {
    outcome = "not counted: " + reason.explain();
  } else if (!audit.in_period[index]) {
    outcome = "gender-related (" + reason.explain() + ") but outside the period: not counted";
  } else {
    outcome = "gender-related (" + reason.explain() + "): " + counted_for(audit.report, activity);
  }
  spdlog::debug("{}: {}; {}", place, activity_words(activity), outcome);
}

}  // namespace

const char* format_name(InputFormat format) {
  switch (format) {
    case InputFormat::kJson:
      return "JSON";
    case InputFormat::kNdjson:
      return "NDJSON (one record a line)";
    case InputFormat::kCsv:
      return "CSV";
  }
  return "unknown";
}

std::string records_summary(std::size_t inputs, const std::vector<InputSummary>& read) {
  std::size_t records = 0, accepted = 0, rejected = 0;
  for (const auto& input : read) {
    records += input.records;
    accepted += input.accepted;
    rejected += input.rejected;
  }
  return plural(inputs, "input") + ", " + plural(records, "record") + ": " +
         std::to_string(accepted) + " accepted, " + std::to_string(rejected) + " rejected";
}

void log_input_summary(const InputSummary& input, InputFormat format) {
  spdlog::info("{}: read as {}: {}, {} accepted, {} rejected", one_line(input.path),
               format_name(format), plural(input.records, "record"), input.accepted,
               input.rejected);
}

void log_load(const ActivityLog& log) {
  spdlog::info("all inputs: {}", records_summary(log.inputs.size(), log.inputs));
  for (const auto& rejection : log.rejections) {
    spdlog::debug("{}:{}: record {} rejected: {}", one_line(rejection.place.file),
                  rejection.place.line,
                  rejection.id.empty() ? "without a usable id" : one_line(rejection.id),
                  one_line(rejection.reason));
  }
}

void log_audit(const Audit& audit) {
  const AuditReport& report = audit.report;
  spdlog::info("audited period: {}", period_words(report));
  log_committee(audit);
  for (const auto& input : report.inputs) {
    spdlog::info("{}: accepted activities outside the period (not counted): {}",
                 one_line(input.path), input.out_of_period);
  }
  if (!spdlog::should_log(spdlog::level::debug)) return;
  if (audit.in_period.size() != audit.log.activities.size() ||
      audit.gender_related.size() != audit.log.activities.size()) {
    spdlog::debug("the verdict on each activity is no longer kept; none can be listed");
    return;
  }
  for (std::size_t index = 0; index < audit.log.activities.size(); ++index) {
    log_activity(audit, index);
  }
}

}  // namespace lapaudit::cli
