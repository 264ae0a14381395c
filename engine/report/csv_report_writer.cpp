// SPDX-License-Identifier: Apache-2.0
#include "report/csv_report_writer.hpp"

#include <algorithm>
#include <array>

#include "report/report_outline.hpp"
#include "util/text_util.hpp"

namespace lapaudit {
namespace {

constexpr std::string_view kByteOrderMark = "\xEF\xBB\xBF";
constexpr std::string_view kListSeparator = "; ";

// What spreadsheets read as the start of a formula, full-width forms included.
constexpr std::array<std::string_view, 10> kFormulaStarts = {
    "=", "+", "-", "@", "\t", "\r", "\xEF\xBC\x9D", "\xEF\xBC\x8B", "\xEF\xBC\x8D", "\xEF\xBC\xA0"};

bool looks_like_formula(std::string_view text) {
  return std::any_of(kFormulaStarts.begin(), kFormulaStarts.end(),
                     [&](std::string_view start) { return text.starts_with(start); });
}

std::string line(const std::vector<std::string>& cells) {
  std::string out;
  for (std::size_t index = 0; index < cells.size(); ++index) {
    if (index > 0) out += ',';
    out += csv_cell(cells[index]);
  }
  return out + "\r\n";
}

std::string evidence_details(const Finding& finding, const EvidenceIndex& evidence) {
  std::vector<std::string> lines;
  for (const auto& id : finding.evidence) {
    const EvidenceActivity* activity = evidence.find(id);
    lines.push_back(activity == nullptr
                        ? std::string(id)
                        : activity->date + " " + std::string(id) + ": " + activity->title);
  }
  return join(lines, "\n");
}

// What the report rests on, as the first rows of the findings: the counts, then each warning,
// under the rule "data-quality", so that the table keeps one shape.
std::string data_quality_rows(const AuditReport& report) {
  std::string out = line({"data-quality/records", "info", "data", "records", "", "data-quality",
                          data_counts_text(report), "", "", "no", "", "", ""});
  for (const auto& warning : report.warnings) {
    out += line({"data-quality/" + warning.code, "warning", "data", warning.code, "",
                 "data-quality", warning.message, "", "", "no", "", "", ""});
  }
  return out;
}

std::string findings_table(const AuditReport& report, const EvidenceIndex& evidence) {
  std::string out = line({"Finding", "Severity", "Subject", "Subject id", "Working groups", "Rule",
                          "Message", "Evidence", "Evidence details", "Waived", "Waiver reason",
                          "Next step", "Rejected records that could change it"});
  out += data_quality_rows(report);
  for (const auto& finding : report.findings) {
    out += line({finding.id, finding.severity, finding.subject.kind, finding.subject.id,
                 join(groups_concerned(report, finding), kListSeparator), finding.rule,
                 finding.message, join(finding.evidence, kListSeparator),
                 evidence_details(finding, evidence), finding.waived ? "yes" : "no",
                 finding.waiver_reason, finding.next_step, rejected_links_text(finding)});
  }
  return out;
}

std::string actions_table(const AuditReport& report) {
  std::string out =
      line({"Action", "Section", "Summary", "Status", "Gender-related activities",
            "Responsible groups", "Groups covered", "Groups yet to cover it", "Inferred links"});
  for (const auto& action : report.actions) {
    std::vector<std::string> responsible;
    std::vector<std::string> covered;
    std::vector<std::string> uncovered;
    std::vector<std::string> inferred;  // the groups whose link rests on an inference
    for (const auto& cover : action.groups) {
      responsible.push_back(cover.group);
      if (cover.basis == Basis::kInferred) inferred.push_back(cover.group);
      (cover.covered ? covered : uncovered).push_back(cover.group);
    }
    out += line({std::to_string(action.id), action.section, action.summary,
                 std::string(status_name(action.status)), std::to_string(action.gender_activities),
                 join(responsible, kListSeparator), join(covered, kListSeparator),
                 join(uncovered, kListSeparator), join(inferred, kListSeparator)});
  }
  return out;
}

std::string groups_table(const AuditReport& report) {
  std::string out = line({"Group", "Working group", "Status", "Gender-related activities",
                          "Actions carried", "Uncovered actions"});
  for (const auto& group : report.groups) {
    out += line({group.id, group.name, std::string(status_name(group.status)),
                 std::to_string(group.gender_activities),
                 join_numbers(group.carried_actions, kListSeparator),
                 join_numbers(group.uncovered_actions, kListSeparator)});
  }
  return out;
}

}  // namespace

std::string csv_cell(std::string_view text) {
  std::string value = looks_like_formula(text) ? "'" + std::string(text) : std::string(text);
  if (value.find_first_of(",\"\r\n") == std::string::npos) return value;
  std::string quoted = "\"";
  for (char c : value) {
    if (c == '"') quoted += '"';
    quoted += c;
  }
  return quoted + "\"";
}

std::string write_csv_report(const AuditReport& report, CsvTable table,
                             const EvidenceIndex& evidence) {
  std::string out(kByteOrderMark);
  switch (table) {
    case CsvTable::kFindings:
      return out + findings_table(report, evidence);
    case CsvTable::kActions:
      return out + actions_table(report);
    case CsvTable::kGroups:
      return out + groups_table(report);
  }
  return out;
}

}  // namespace lapaudit
