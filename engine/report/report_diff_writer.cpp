// SPDX-License-Identifier: Apache-2.0
#include "report/report_diff_writer.hpp"

#include <rapidjson/prettywriter.h>

#include "report/json_output.hpp"
#include "report/text_report_writer.hpp"
#include "util/text_util.hpp"

namespace lapaudit {
namespace {

using json_output::text;
using json_output::Writer;

std::string status_text(const std::optional<Status>& status) {
  return status ? std::string(status_name(*status)) : "-";
}

void write_changes_text(std::string& out, const char* heading,
                        const std::vector<StatusChange>& changes) {
  if (changes.empty()) return;
  out += std::string("\n") + heading + ": " + std::to_string(changes.size()) + "\n";
  for (const auto& change : changes) {
    out += "  " + fit(change.subject.kind + " " + one_line(change.subject.id), 32);
    if (!change.before) {
      out += "only in the new report (" + status_text(change.after) + ")\n";
    } else if (!change.after) {
      out += "only in the old report (" + status_text(change.before) + ")\n";
    } else {
      out += status_text(change.before) + " → " + status_text(change.after);
      if (change.map_changed)
        out += "  (who carries it changed: see above; not a change in the work)";
      out += "\n";
    }
  }
}

void write_links_text(std::string& out, const ReportDiff& diff) {
  if (diff.moved_links.empty()) return;
  out += "\nWho carries the actions: " + std::to_string(diff.moved_links.size()) +
         " action(s) changed hands\n";
  for (const auto& change : diff.moved_links) {
    out += "  " + fit("action " + std::to_string(change.action), 32) +
           one_line(join(change.before)) + " → " + one_line(join(change.after)) + "\n";
  }
}

void write_findings_text(std::string& out, const char* heading,
                         const std::vector<Finding>& findings) {
  if (findings.empty()) return;
  out += std::string("\n") + heading + ": " + std::to_string(findings.size()) + "\n";
  for (const auto& finding : findings) {
    out += "  [" + finding.severity + "] " + finding.subject.kind + " " +
           one_line(finding.subject.id) + ": " + one_line(finding.message) + "\n";
    if (finding.waived) out += "      waived: " + one_line(finding.waiver_reason) + "\n";
  }
}

void write_silos_text(std::string& out, const char* heading, const std::vector<SiloChange>& silos) {
  if (silos.empty()) return;
  out += std::string("\n") + heading + ": " + std::to_string(silos.size()) + "\n";
  for (const auto& silo : silos) {
    out += "  " + one_line(silo.group) + " (hub " + one_line(silo.hub) + ")\n";
  }
}

void write_changes_json(Writer& w, const char* name, const std::vector<StatusChange>& changes) {
  w.Key(name);
  w.StartArray();
  for (const auto& change : changes) {
    w.StartObject();
    w.Key("subject");
    w.StartObject();
    w.Key("kind");
    text(w, change.subject.kind);
    w.Key("id");
    text(w, change.subject.id);
    w.EndObject();
    w.Key("old");
    change.before ? text(w, status_name(*change.before)) : (void)w.Null();
    w.Key("new");
    change.after ? text(w, status_name(*change.after)) : (void)w.Null();
    w.Key("map_changed");
    w.Bool(change.map_changed);
    w.EndObject();
  }
  w.EndArray();
}

void write_findings_json(Writer& w, const char* name, const std::vector<Finding>& findings) {
  w.Key(name);
  w.StartArray();
  for (const auto& finding : findings) {
    w.StartObject();
    json_output::finding_members(w, finding);
    w.EndObject();
  }
  w.EndArray();
}

void write_silos_json(Writer& w, const char* name, const std::vector<SiloChange>& silos) {
  w.Key(name);
  w.StartArray();
  for (const auto& silo : silos) {
    w.StartObject();
    w.Key("group");
    text(w, silo.group);
    w.Key("hub");
    text(w, silo.hub);
    w.EndObject();
  }
  w.EndArray();
}

}  // namespace

namespace {

std::string write_diff_lines(const ReportDiff& diff) {
  std::string out =
      "Changes from " + one_line(diff.before_label) + " to " + one_line(diff.after_label) + "\n";
  if (!diff.same_rules) {
    out += "Note: the rule set changed (" + diff.before_rules.substr(0, 19) + "… → " +
           diff.after_rules.substr(0, 19) +
           "…): some changes come from the rules, not from the activities. A status marked "
           "\"who carries it changed\" moved because the action-group map moved.\n";
  }
  if (diff.empty()) return out + "\nNo change: the same statuses, findings and silos.\n";
  write_links_text(out, diff);
  write_changes_text(out, "Statuses up", diff.up);
  write_changes_text(out, "Statuses down", diff.down);
  write_changes_text(out, "Subjects in one report only", diff.other);
  write_findings_text(out, "New findings", diff.new_findings);
  write_findings_text(out, "Resolved findings", diff.resolved_findings);
  write_findings_text(out, "Findings still open, changed (message, severity or waiver)",
                      diff.changed_findings);
  write_silos_text(out, "Groups that became silos", diff.new_silos);
  write_silos_text(out, "Groups that left a silo", diff.ended_silos);
  return out;
}

}  // namespace

// A forged or damaged report may hold any text: every value is shown on its line, escaped.
std::string write_diff_text(const ReportDiff& diff) {
  return escape_controls(write_diff_lines(diff), LineBreaks::kKeep);
}

std::string write_diff_json(const ReportDiff& diff) {
  std::string out;
  json_output::TextStream stream(out);
  Writer w(stream);
  json_output::set_layout(w);
  w.StartObject();
  w.Key("schema");
  text(w, kDiffSchema);
  w.Key("old");
  text(w, diff.before_label);
  w.Key("new");
  text(w, diff.after_label);
  w.Key("same_rules");
  w.Bool(diff.same_rules);
  w.Key("rules");
  w.StartObject();
  w.Key("old");
  text(w, diff.before_rules);
  w.Key("new");
  text(w, diff.after_rules);
  w.EndObject();
  w.Key("moved_links");
  w.StartArray();
  for (const auto& change : diff.moved_links) {
    w.StartObject();
    w.Key("action");
    w.Int(change.action);
    w.Key("old");
    json_output::texts(w, change.before);
    w.Key("new");
    json_output::texts(w, change.after);
    w.EndObject();
  }
  w.EndArray();
  w.Key("statuses");
  w.StartObject();
  write_changes_json(w, "up", diff.up);
  write_changes_json(w, "down", diff.down);
  write_changes_json(w, "one_report_only", diff.other);
  w.EndObject();
  w.Key("findings");
  w.StartObject();
  write_findings_json(w, "new", diff.new_findings);
  write_findings_json(w, "resolved", diff.resolved_findings);
  write_findings_json(w, "changed", diff.changed_findings);
  w.EndObject();
  w.Key("silos");
  w.StartObject();
  write_silos_json(w, "new", diff.new_silos);
  write_silos_json(w, "ended", diff.ended_silos);
  w.EndObject();
  w.EndObject();
  out += '\n';
  return out;
}

}  // namespace lapaudit
