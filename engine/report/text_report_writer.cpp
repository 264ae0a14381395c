// SPDX-License-Identifier: Apache-2.0
#include "report/text_report_writer.hpp"

#include <algorithm>

#include "report/report_outline.hpp"
#include "util/text_util.hpp"

namespace lapaudit {
namespace {

std::size_t characters(std::string_view text) {
  return static_cast<std::size_t>(std::count_if(text.begin(), text.end(), [](char c) {
    return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  }));
}

std::string numbers(const std::vector<int>& values) {
  if (values.empty()) return "-";
  return join_numbers(values);
}

std::string period_line(const AuditReport& report) {
  return "Period: " + period_text(report) + "\n";
}

void write_actions(std::string& out, const AuditReport& report) {
  out += "\nGender-relevant actions\n";
  out += "  " + fit("Action", 7) + fit("Section", 34) + fit("Status", 12) +
         fit("Groups covered", 16) + "Activities\n";
  for (const auto& action : report.actions) {
    auto covered = std::count_if(action.groups.begin(), action.groups.end(),
                                 [](const GroupCover& cover) { return cover.covered; });
    std::string mark = inferred_groups(action).empty() ? "" : "*";
    out += "  " + fit(std::to_string(action.id), 7) + fit(action.section, 33) + " " +
           fit(status_name(action.status), 12) +
           fit(std::to_string(covered) + "/" + std::to_string(action.groups.size()) + mark, 16) +
           std::to_string(action.gender_activities) + "\n";
  }
  std::vector<std::string> inferred = inferred_link_lines(report);
  if (inferred.empty()) return;
  out += "  " + std::string(kInferredNote) + "\n";
  out += "    Inferred links: " + join(inferred, "; ") + ".\n";
}

// What the reader must know before trusting the statuses, first.
void write_warnings(std::string& out, const AuditReport& report) {
  for (const auto& warning : report.warnings) out += "Warning: " + warning.message + "\n";
}

void write_groups(std::string& out, const AuditReport& report) {
  out += "\nWorking groups\n";
  out +=
      "  " + fit("Group", 25) + fit("Status", 12) + fit("Activities", 12) + "Uncovered actions\n";
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
    out += "  [" + finding.severity + "] " + finding.subject.kind + " " +
           one_line(finding.subject.id) + ": " + one_line(finding.message) + "\n";
    out += "      rule: " + finding.rule;
    if (!finding.evidence.empty()) out += "; evidence: " + one_line(join(finding.evidence));
    out += "\n";
    if (finding.waived) out += "      waived: " + one_line(finding.waiver_reason) + "\n";
    if (finding.rejected_total > 0) out += "      " + one_line(rejected_links_text(finding)) + "\n";
  }
}

void write_silos(std::string& out, const AuditReport& report) {
  if (report.silos.empty()) return;
  out += "\nSilos: " + std::to_string(report.silos.size()) +
         " working group(s) that no gender-related work joins to " + report.silos.front().hub +
         ", directly or through other groups\n";
  for (const auto& silo : report.silos) {
    out += "  " + fit(silo.group, 25) + "not joined to " + silo.hub + "; joined to " +
           (silo.joined_with.empty() ? "no other group" : join(silo.joined_with)) + "\n";
  }
}

// Like plan_outcome, with the tags and actions an item asks for.
std::string item_outcome(const PlanItemResult& item) {
  if (item.fulfilled_on) return "by " + item.fulfilled_by + " on " + item.fulfilled_on->to_string();
  std::string parties = join(item.groups);
  if (!item.partners.empty()) parties += (parties.empty() ? "" : "; ") + join(item.partners);
  std::string out = "needs a gender-related " + item.kind + " with " + parties;
  if (!item.tags.empty()) out += ", tagged " + join(item.tags);
  if (!item.actions.empty()) out += ", on action(s) " + numbers(item.actions);
  if (!item.closest.empty()) {
    out += "; closest: " + join(item.closest) + ", without " + join(item.lacking);
  }
  return out;
}

void write_plan(std::string& out, const AuditReport& report) {
  if (!report.plan) return;
  const PlanSection& plan = *report.plan;
  out += "\nWork plan: " + plan.name + " (from " + plan.start.to_string() +
         "): " + plan_summary(plan) + "\n";
  out += "  " + fit("Due", 12) + fit("Track", 7) + fit("Status", 9) + "Item\n";
  for (const auto& item : plan.items) {
    out += "  " + fit(item.due_text, 12) + fit(item.track.empty() ? "-" : item.track, 7) +
           fit(plan_status_name(item.status), 9) + one_line(item.id) + ": " + one_line(item.title) +
           "\n";
    out += std::string(30, ' ') + item_outcome(item) + "\n";
  }
}

void write_waivers(std::string& out, const AuditReport& report) {
  if (!report.waivers) return;
  std::vector<std::string> counts;
  for (const char* status : {"applied", "expired", "unused"}) {
    auto count = std::count_if(report.waivers->begin(), report.waivers->end(),
                               [status](const WaiverNote& note) { return note.status == status; });
    counts.push_back(std::to_string(count) + " " + status);
  }
  out += "\nWaivers: " + std::to_string(report.waivers->size()) + " (" + join(counts) + ")\n";
  for (const auto& note : *report.waivers) {
    out += "  " + note.place.file + ":" + std::to_string(note.place.line) + ": " + note.rule +
           ", " + note.subject.kind + " " + one_line(note.subject.id) + ": ";
    if (note.status == "applied") {
      out += "waives " + join(note.findings) + " until " + note.expires.to_string() + "\n";
    } else if (note.status == "expired") {
      out += "EXPIRED on " + note.expires.to_string() + ": " +
             (note.findings.empty() ? std::string("it matches no finding either")
                                    : "no longer waives " + join(note.findings)) +
             "; renew it with a new date or remove it\n";
    } else {
      out += "UNUSED: no finding of this rule about this subject; remove it\n";
    }
  }
}

void write_inputs(std::string& out, const AuditReport& report) {
  out += "\nInputs\n";
  for (const auto& input : report.inputs) {
    out += "  " + one_line(input.path) + ": " + std::to_string(input.records) + " records, " +
           std::to_string(input.accepted) + " accepted, " + std::to_string(input.rejected) +
           " rejected, " + std::to_string(input.out_of_period) + " out of period\n";
  }
  if (report.rejected.empty()) return;
  out += "\nRejected records: " + std::to_string(report.rejected.size()) + "\n";
  for (const auto& rejection : report.rejected) {
    out += "  " + rejection.place.file + ":" + std::to_string(rejection.place.line) + ": ";
    if (!rejection.id.empty()) out += "\"" + one_line(rejection.id) + "\": ";
    out += one_line(rejection.reason) + "\n";
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
  if (report.committee) out += committee_text(report) + "\n";
  out += data_counts_text(report) + "\n";
  write_warnings(out, report);
  write_actions(out, report);
  write_groups(out, report);
  write_silos(out, report);
  write_plan(out, report);
  write_findings(out, report);
  write_waivers(out, report);
  write_inputs(out, report);
  return escape_controls(out, LineBreaks::kKeep);
}

}  // namespace lapaudit
