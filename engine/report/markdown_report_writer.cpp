// SPDX-License-Identifier: Apache-2.0
#include "report/markdown_report_writer.hpp"

#include <algorithm>
#include <cctype>

#include "report/report_outline.hpp"
#include "util/text_util.hpp"

namespace lapaudit {
namespace {

constexpr std::string_view kAlwaysEscaped = "\\`*_[]<>|~#";

// A longer evidence list is given as ids on one line, so that a pasted report stays readable.
constexpr std::size_t kMaxTitledEvidence = 5;

bool starts_entity(std::string_view text, std::size_t at) {
  if (at + 1 >= text.size()) return false;
  char next = text[at + 1];
  return next == '#' || std::isalnum(static_cast<unsigned char>(next));
}

std::string row(const std::vector<std::string>& cells) {
  std::string line = "|";
  for (const auto& cell : cells) line += " " + (cell.empty() ? std::string("none") : cell) + " |";
  return line + "\n";
}

template <class Texts>
std::string escaped_list(const Texts& items) {
  std::vector<std::string> texts;
  for (const auto& item : items) texts.push_back(markdown_text(item));
  return join(texts);
}

std::string uncovered_groups(const ActionResult& action) {
  std::vector<std::string> groups;
  for (const auto& cover : action.groups) {
    if (!cover.covered) groups.push_back(cover.group);
  }
  return escaped_list(groups);
}

void write_heading(std::string& out, const AuditReport& report) {
  out += "# Gender audit, " + markdown_text(period_text(report)) + "\n\n";
  out += "Rule set: " + markdown_text(report.rules_title) + " (" +
         markdown_text(report.rules_name) + ", " + markdown_text(report.rules_digest) + ")\n\n";
  if (report.committee) out += markdown_text(committee_text(report)) + ".\n\n";
  out += markdown_text(data_counts_text(report)) + "\n\n";
  for (const auto& warning : report.warnings) {
    out += "> **Warning:** " + markdown_text(warning.message) + "\n\n";
  }
  out += "**" + markdown_text(summary_sentence(report)) + "** Findings: " + findings_count(report) +
         ".\n";
}

void write_actions(std::string& out, const AuditReport& report) {
  out += "\n## Gender-relevant actions\n\n";
  out += row({"Action", "Section", "Status", "Groups covered", "Gender-related activities",
              "Groups yet to cover it"});
  out += "| ---: | --- | --- | ---: | ---: | --- |\n";
  for (const auto& action : report.actions) {
    auto covered = std::count_if(action.groups.begin(), action.groups.end(),
                                 [](const GroupCover& cover) { return cover.covered; });
    out += row({std::to_string(action.id), markdown_text(action.section),
                std::string(status_name(action.status)),
                std::to_string(covered) + " of " + std::to_string(action.groups.size()) +
                    (inferred_groups(action).empty() ? "" : "\\*"),
                std::to_string(action.gender_activities), uncovered_groups(action)});
  }
  std::vector<std::string> inferred = inferred_link_lines(report);
  if (inferred.empty()) return;
  out += "\n\\" + markdown_text(kInferredNote) +
         " Inferred links: " + markdown_text(join(inferred, "; ")) + ".\n";
}

void write_groups(std::string& out, const AuditReport& report) {
  out += "\n## Working groups\n\n";
  out += row({"Group", "Working group", "Status", "Gender-related activities", "Actions carried",
              "Uncovered actions"});
  out += "| --- | --- | --- | ---: | --- | --- |\n";
  for (const auto& group : report.groups) {
    out += row({markdown_text(group.id), markdown_text(group.name),
                std::string(status_name(group.status)), std::to_string(group.gender_activities),
                join_numbers(group.carried_actions), join_numbers(group.uncovered_actions)});
  }
}

void write_silos(std::string& out, const AuditReport& report) {
  if (report.silos.empty()) return;
  out += "\n## Silos\n\nWorking groups that no gender-related activity of the period joins to " +
         markdown_text(report.silos.front().hub) + ", directly or through other groups:\n\n";
  for (const auto& silo : report.silos) {
    out += "- " + markdown_text(silo.group) + ": not joined to " + markdown_text(silo.hub) +
           "; joined to " +
           (silo.joined_with.empty() ? "no other group" : escaped_list(silo.joined_with)) + "\n";
  }
}

std::string plan_outcome_text(const PlanItemResult& item, const EvidenceIndex& evidence) {
  std::string text = plan_outcome(item);
  const EvidenceActivity* activity = item.fulfilled_on ? evidence.find(item.fulfilled_by) : nullptr;
  if (activity != nullptr) text += ": " + activity->title;
  return markdown_text(text);
}

void write_plan(std::string& out, const AuditReport& report, const EvidenceIndex& evidence) {
  if (!report.plan) return;
  const PlanSection& plan = *report.plan;
  out += "\n## Work plan: " + markdown_text(plan.name) + "\n\n";
  out += "From " + plan.start.to_string() + " (plan file " + markdown_text(plan.path) +
         "). Items: " + plan_summary(plan) + ".\n\n";
  out += row({"Due", "Track", "Item", "Status", "Done by, or what it needs"});
  out += "| --- | --- | --- | --- | --- |\n";
  for (const auto& item : plan.items) {
    out += row({markdown_text(item.due_text), markdown_text(track_name(plan, item.track)),
                markdown_text(item.id + ": " + item.title),
                std::string(plan_status_name(item.status)), plan_outcome_text(item, evidence)});
  }
}

void write_waivers(std::string& out, const AuditReport& report) {
  if (!report.waivers) return;
  out += "\n## Waivers\n\n";
  out += row({"Waiver", "Rule", "Subject", "Reason", "What became of it"});
  out += "| --- | --- | --- | --- | --- |\n";
  for (const auto& note : *report.waivers) {
    out += row({markdown_text(note.place.file + ":" + std::to_string(note.place.line)),
                markdown_text(note.rule), markdown_text(note.subject.kind + " " + note.subject.id),
                markdown_text(note.reason), markdown_text(waiver_outcome(note))});
  }
}

void write_evidence(std::string& out, const Finding& finding, const EvidenceIndex& evidence) {
  if (finding.evidence.empty()) return;
  if (finding.evidence.size() > kMaxTitledEvidence) {
    out += "  - Evidence (" + std::to_string(finding.evidence.size()) +
           " activities): " + escaped_list(finding.evidence) + "\n";
    return;
  }
  out += "  - Evidence:\n";
  for (const auto& id : finding.evidence) {
    const EvidenceActivity* activity = evidence.find(id);
    if (activity == nullptr) {
      out += "    - activity " + markdown_text(id) + "\n";
    } else {
      out += "    - " + activity->date + ", " + markdown_text(id) + ": " +
             markdown_text(activity->title) + "\n";
    }
  }
}

void write_finding(std::string& out, const Finding& finding, const EvidenceIndex& evidence) {
  out += "- **" + markdown_text(finding.severity) + "**: " + markdown_text(finding.message) +
         " (rule " + markdown_text(finding.rule) + ")\n";
  if (finding.waived) out += "  - Waived: " + markdown_text(finding.waiver_reason) + "\n";
  if (finding.rejected_total > 0) {
    out += "  - **" + markdown_text(rejected_links_text(finding)) + "**\n";
  }
  if (!finding.next_step.empty()) {
    out += "  - Next step: " + markdown_text(finding.next_step) + "\n";
  }
  write_evidence(out, finding, evidence);
}

void write_findings(std::string& out, const AuditReport& report, const EvidenceIndex& evidence) {
  out += "\n## Findings\n\nFindings: " + findings_count(report) +
         ". An action's finding is listed under each responsible group that has not covered the "
         "action.\n";
  for (const auto& entry : findings_by_group(report)) {
    if (entry.group.empty()) {
      out += "\n### Other findings\n\n";
    } else {
      out += "\n### " + markdown_text(entry.name) + " (" + markdown_text(entry.group) + ")\n\n";
    }
    for (const Finding* finding : entry.findings) write_finding(out, *finding, evidence);
  }
}

void write_inputs(std::string& out, const AuditReport& report) {
  out += "\n## Inputs\n\n";
  out += row({"File", "Records", "Accepted", "Rejected", "Out of period"});
  out += "| --- | ---: | ---: | ---: | ---: |\n";
  for (const auto& input : report.inputs) {
    out += row({markdown_text(input.path), std::to_string(input.records),
                std::to_string(input.accepted), std::to_string(input.rejected),
                std::to_string(input.out_of_period)});
  }
  if (report.rejected.empty()) return;
  out += "\n## Rejected records\n\n";
  out += row({"File", "Line", "Id", "Reason"});
  out += "| --- | ---: | --- | --- |\n";
  for (const auto& rejection : report.rejected) {
    out += row({markdown_text(rejection.place.file), std::to_string(rejection.place.line),
                rejection.id.empty() ? "(no id)" : markdown_text(rejection.id),
                markdown_text(rejection.reason)});
  }
}

// Where `text` holds a marker that would act at the start of a line: a list bullet ("-", "+"), a
// heading underline ("="), or the "." or ")" after an ordered list's number; npos when none.
// ("#", ">" and "*" are escaped everywhere.)
std::size_t line_start_marker(std::string_view text) {
  if (text.empty()) return std::string_view::npos;
  if (text[0] == '-' || text[0] == '+' || text[0] == '=') return 0;
  std::size_t after_number = text.find_first_not_of("0123456789");
  bool numbered = after_number > 0 && after_number < text.size() &&
                  (text[after_number] == '.' || text[after_number] == ')');
  return numbered ? after_number : std::string_view::npos;
}

}  // namespace

std::string markdown_text(std::string_view text) {
  text.remove_prefix(std::min(text.find_first_not_of(" \t\r\n"), text.size()));
  std::size_t marker = line_start_marker(text);
  std::string out;
  out.reserve(text.size());
  for (std::size_t at = 0; at < text.size(); ++at) {
    char c = text[at];
    if (c == '\n' || c == '\r' || c == '\t') {
      if (!out.empty() && out.back() != ' ') out += ' ';
      continue;
    }
    if (at == marker || kAlwaysEscaped.find(c) != std::string_view::npos ||
        (c == '&' && starts_entity(text, at))) {
      out += '\\';
    }
    out += c;
  }
  return out;
}

std::string write_markdown_report(const AuditReport& report, const EvidenceIndex& evidence) {
  std::string out;
  write_heading(out, report);
  write_actions(out, report);
  write_groups(out, report);
  write_silos(out, report);
  write_plan(out, report, evidence);
  write_findings(out, report, evidence);
  write_waivers(out, report);
  write_inputs(out, report);
  return escape_controls(out, LineBreaks::kKeep);
}

}  // namespace lapaudit
