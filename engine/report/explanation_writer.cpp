// SPDX-License-Identifier: Apache-2.0
#include "report/explanation_writer.hpp"

#include <algorithm>

#include "report/report_outline.hpp"
#include "util/text_util.hpp"

namespace lapaudit {
namespace {

void write_list(std::string& out, const std::string& heading,
                const std::vector<std::string>& lines) {
  out += "\n" + heading + "\n";
  if (lines.empty()) out += "  none\n";
  for (const auto& line : lines) out += "  " + line + "\n";
}

void write_activities(std::string& out, const Explanation& explanation) {
  auto counted = std::count_if(explanation.activities.begin(), explanation.activities.end(),
                               [](const ActivityVerdict& v) { return v.counted; });
  out += "\nActivities that list " + explanation.subject.kind + " " + explanation.subject.id +
         ": " + std::to_string(explanation.activities.size()) + " (" + std::to_string(counted) +
         " counted)\n";
  for (const auto& activity : explanation.activities) {
    out += "  " + one_line(activity.id) + " (" + activity.date.to_string() + ", " +
           one_line(activity.place.file) + ":" + std::to_string(activity.place.line) + ") " +
           one_line(activity.title) + "\n";
    out += "      " + one_line(activity.why) + "\n";
  }
}

void write_rejected(std::string& out, const Explanation& explanation) {
  if (explanation.rejected.empty()) return;
  out += "\nRejected records that name it: " + std::to_string(explanation.rejected.size()) +
         " (not counted; correct them in the log)\n";
  for (const auto& rejection : explanation.rejected) {
    out +=
        "  " + one_line(rejection.place.file) + ":" + std::to_string(rejection.place.line) + ": ";
    if (!rejection.id.empty()) out += "\"" + one_line(rejection.id) + "\": ";
    out += one_line(rejection.reason) + "\n";
  }
}

void write_findings(std::string& out, const Explanation& explanation) {
  out += "\nFindings: " + std::to_string(explanation.findings.size()) + "\n";
  for (const auto& finding : explanation.findings) {
    out += "  [" + finding.severity + "] " + one_line(finding.message) + " (rule " + finding.rule +
           ")\n";
    if (finding.waived) out += "      waived: " + one_line(finding.waiver_reason) + "\n";
    if (finding.rejected_total > 0) out += "      " + one_line(rejected_links_text(finding)) + "\n";
  }
}

}  // namespace

std::string write_explanation_text(const Explanation& explanation, const AuditReport& report) {
  std::string out = explanation.title + "\n";
  out += "Period: " + period_text(report) + "\n";
  out += data_counts_text(report) + "\n";
  for (const auto& warning : report.warnings) out += "Warning: " + warning.message + "\n";
  out += "Status: " + explanation.decision + "\n";
  write_list(out, "Rules", explanation.rules);
  write_list(out,
             explanation.subject.kind == "action" ? "Responsible groups" : "Actions it carries",
             explanation.coverage);
  write_activities(out, explanation);
  write_rejected(out, explanation);
  write_findings(out, explanation);
  return escape_controls(out, LineBreaks::kKeep);
}

}  // namespace lapaudit
