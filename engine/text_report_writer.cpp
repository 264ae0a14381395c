#include "text_report_writer.hpp"

#include <algorithm>

#include "text_util.hpp"

namespace lapaudit {
namespace {

std::size_t characters(std::string_view text) {
  return static_cast<std::size_t>(std::count_if(text.begin(), text.end(), [](char c) {
    return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  }));
}

std::string numbers(const std::vector<int>& values) {
  if (values.empty()) return "-";
  std::vector<std::string> texts;
  for (int value : values) texts.push_back(std::to_string(value));
  return join(texts);
}

std::string period_line(const AuditReport& report) {
  if (!report.period) return "Period: none (no activity has a date to set it from)\n";
  std::string line = "Period: " + report.period->from.to_string() + " to " +
                     report.period->to.to_string();
  if (!report.cycle.empty()) line += " (cycle " + report.cycle + ")";
  return line + "\n";
}

void write_actions(std::string& out, const AuditReport& report) {
  out += "\nGender-relevant actions\n";
  out += "  " + fit("Action", 7) + fit("Section", 34) + fit("Status", 12) +
         fit("Groups covered", 16) + "Activities\n";
  for (const auto& action : report.actions) {
    auto covered = std::count_if(action.groups.begin(), action.groups.end(),
                                 [](const GroupCover& cover) { return cover.covered; });
    out += "  " + fit(std::to_string(action.id), 7) + fit(action.section, 33) + " " +
           fit(status_name(action.status), 12) +
           fit(std::to_string(covered) + "/" + std::to_string(action.groups.size()), 16) +
           std::to_string(action.gender_activities) + "\n";
  }
}

void write_groups(std::string& out, const AuditReport& report) {
  out += "\nWorking groups\n";
  out += "  " + fit("Group", 25) + fit("Status", 12) + fit("Activities", 12) +
         "Uncovered actions\n";
  for (const auto& group : report.groups) {
    out += "  " + fit(group.id, 25) + fit(status_name(group.status), 12) +
           fit(std::to_string(group.gender_activities), 12) + numbers(group.uncovered_actions) +
           "\n";
  }
}

void write_findings(std::string& out, const AuditReport& report) {
  std::size_t unwaived = report.unwaived_findings();
  out += "\nFindings: " + std::to_string(report.findings.size());
  if (unwaived != report.findings.size()) {
    out += " (" + std::to_string(unwaived) + " not waived)";
  }
  out += "\n";
  for (const auto& finding : report.findings) {
    out += "  [" + finding.severity + "] " + finding.subject.kind + " " + finding.subject.id +
           ": " + finding.message + "\n";
    out += "      rule: " + finding.rule;
    if (!finding.evidence.empty()) out += "; evidence: " + join(finding.evidence);
    out += "\n";
    if (finding.waived) out += "      waived: " + finding.waiver_reason + "\n";
  }
}

void write_inputs(std::string& out, const AuditReport& report) {
  out += "\nInputs\n";
  for (const auto& input : report.inputs) {
    out += "  " + input.path + ": " + std::to_string(input.records) + " records, " +
           std::to_string(input.accepted) + " accepted, " + std::to_string(input.rejected) +
           " rejected, " + std::to_string(input.out_of_period) + " out of period\n";
  }
  if (report.rejected.empty()) return;
  out += "\nRejected records: " + std::to_string(report.rejected.size()) + "\n";
  for (const auto& rejection : report.rejected) {
    out += "  " + rejection.place.file + ":" + std::to_string(rejection.place.line) + ": ";
    if (!rejection.id.empty()) out += "\"" + rejection.id + "\": ";
    out += rejection.reason + "\n";
  }
}

}  // namespace

std::string fit(std::string_view text, std::size_t width) {
  std::size_t count = characters(text);
  if (count <= width) return std::string(text) + std::string(width - count, ' ');
  std::string out;
  std::size_t kept = 0;
  for (char c : text) {
    bool lead = (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    if (lead && ++kept > width - 1) break;
    out += c;
  }
  return out + "…";
}

std::string write_text_report(const AuditReport& report) {
  std::string out = "Gender audit: " + report.rules_title + "\n";
  out += period_line(report);
  out += "Rule set: " + report.rules_name + " (" + report.rules_digest.substr(0, 19) + "…)\n";
  write_actions(out, report);
  write_groups(out, report);
  write_findings(out, report);
  write_inputs(out, report);
  return out;
}

}  // namespace lapaudit
