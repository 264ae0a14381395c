// SPDX-License-Identifier: Apache-2.0
#include "report/gaps_writer.hpp"

#include <rapidjson/prettywriter.h>

#include "report/json_output.hpp"
#include "report/report_outline.hpp"
#include "report/text_report_writer.hpp"
#include "util/text_util.hpp"

namespace lapaudit {
namespace {

using json_output::text;
using json_output::texts;
using json_output::Writer;

void write_actions_text(std::string& out, const GroupGaps& gaps) {
  out += "\nActions it carries\n";
  if (gaps.actions.empty()) out += "  none\n";
  for (const auto& action : gaps.actions) {
    out += "  " + fit(std::to_string(action.id), 5) + fit(action.section, 33) + " ";
    if (action.covered) {
      out += "covered by " + one_line(join(action.evidence)) + "\n";
    } else {
      out +=
          "NOT COVERED (action status: " + std::string(status_name(action.action_status)) + ")\n";
    }
  }
}

void write_findings_text(std::string& out, const GroupGaps& gaps) {
  std::size_t waived = gaps.findings.size() - gaps.unwaived_findings();
  out += "\nFindings: " + std::to_string(gaps.findings.size());
  if (waived > 0) out += " (" + std::to_string(waived) + " waived)";
  out += "\n";
  for (const auto& finding : gaps.findings) {
    out += "  [" + finding.severity + "] " + finding.subject.kind + " " +
           one_line(finding.subject.id) + ": " + one_line(finding.message) + "\n";
    out += "      rule: " + finding.rule;
    if (!finding.evidence.empty()) out += "; evidence: " + one_line(join(finding.evidence));
    out += "\n";
    if (finding.waived) out += "      waived: " + one_line(finding.waiver_reason) + "\n";
    if (finding.rejected_total > 0) out += "      " + one_line(rejected_links_text(finding)) + "\n";
  }
}

void write_group_json(Writer& w, const GroupGaps& gaps) {
  const GroupResult& group = gaps.group;
  w.Key("group");
  w.StartObject();
  w.Key("id");
  text(w, group.id);
  w.Key("name");
  text(w, group.name);
  w.Key("status");
  text(w, status_name(group.status));
  w.Key("gender_activities");
  w.Uint64(group.gender_activities);
  w.Key("evidence");
  texts(w, group.evidence);
  w.Key("silo");
  w.Bool(gaps.silo.has_value());
  w.EndObject();
}

void write_actions_json(Writer& w, const GroupGaps& gaps) {
  w.Key("actions");
  w.StartArray();
  for (const auto& action : gaps.actions) {
    w.StartObject();
    w.Key("id");
    w.Int(action.id);
    w.Key("section");
    text(w, action.section);
    w.Key("covered");
    w.Bool(action.covered);
    w.Key("action_status");
    text(w, status_name(action.action_status));
    w.Key("evidence");
    texts(w, action.evidence);
    w.EndObject();
  }
  w.EndArray();
}

void write_findings_json(Writer& w, const GroupGaps& gaps) {
  w.Key("findings");
  w.StartArray();
  for (const auto& finding : gaps.findings) {
    w.StartObject();
    json_output::finding_members(w, finding);
    w.Key("next_step");
    finding.next_step.empty() ? (void)w.Null() : text(w, finding.next_step);
    w.EndObject();
  }
  w.EndArray();
}

std::string no_next_step(const GroupGaps& gaps) {
  if (gaps.findings.empty()) return "none: nothing stands against the group";
  if (gaps.unwaived_findings() == 0) return "none: every finding about the group is waived";
  return "none: the rule set suggests none for these findings";
}

}  // namespace

std::string write_gaps_text(const AuditReport& report, const GroupGaps& gaps) {
  const GroupResult& group = gaps.group;
  std::string out = "Gaps of " + group.name + " (" + group.id + ")\n";
  out += "Period: " + period_text(report) + "\n";
  out += "Rule set: " + report.rules_name + " (" + report.rules_digest.substr(0, 19) + "…)\n";
  out += data_counts_text(report) + "\n";
  for (const auto& warning : report.warnings) out += "Warning: " + warning.message + "\n";
  out += "Status: " + std::string(status_name(group.status)) + ", " +
         std::to_string(group.gender_activities) + " gender-related activit" +
         (group.gender_activities == 1 ? "y" : "ies") + " in the period\n";
  write_actions_text(out, gaps);
  if (gaps.silo) {
    out += "\nSilo: not joined to " + gaps.silo->hub + " by gender-related work; joined to " +
           (gaps.silo->joined_with.empty() ? "no other group" : join(gaps.silo->joined_with)) +
           "\n";
  }
  write_findings_text(out, gaps);
  out += "\nNext steps\n";
  if (gaps.next_steps.empty()) out += "  " + no_next_step(gaps) + "\n";
  for (std::size_t i = 0; i < gaps.next_steps.size(); ++i) {
    out += "  " + std::to_string(i + 1) + ". " + one_line(gaps.next_steps[i]) + "\n";
  }
  return escape_controls(out, LineBreaks::kKeep);
}

std::string write_gaps_json(const AuditReport& report, const GroupGaps& gaps) {
  std::string out;
  json_output::TextStream stream(out);
  Writer w(stream);
  json_output::set_layout(w);
  w.StartObject();
  w.Key("schema");
  text(w, kGapsSchema);
  w.Key("rules");
  w.StartObject();
  w.Key("name");
  text(w, report.rules_name);
  w.Key("digest");
  text(w, report.rules_digest);
  w.EndObject();
  w.Key("period");
  w.StartObject();
  w.Key("from");
  report.period ? text(w, report.period->from.to_string()) : (void)w.Null();
  w.Key("to");
  report.period ? text(w, report.period->to.to_string()) : (void)w.Null();
  w.Key("cycle");
  report.cycle.empty() ? (void)w.Null() : text(w, report.cycle);
  w.EndObject();
  json_output::data_quality(w, report);
  write_group_json(w, gaps);
  write_actions_json(w, gaps);
  write_findings_json(w, gaps);
  w.Key("next_steps");
  texts(w, gaps.next_steps);
  w.EndObject();
  out += '\n';
  return out;
}

}  // namespace lapaudit
