#include "json_report_writer.hpp"

#include <rapidjson/prettywriter.h>
#include <rapidjson/stringbuffer.h>

namespace lapaudit {
namespace {

using Writer = rapidjson::PrettyWriter<rapidjson::StringBuffer>;

void text(Writer& w, std::string_view value) {
  w.String(value.data(), static_cast<rapidjson::SizeType>(value.size()));
}

void key(Writer& w, const char* name) { w.Key(name); }

void texts(Writer& w, const std::vector<std::string>& values) {
  w.StartArray();
  for (const auto& value : values) text(w, value);
  w.EndArray();
}

void numbers(Writer& w, const std::vector<int>& values) {
  w.StartArray();
  for (int value : values) w.Int(value);
  w.EndArray();
}

void write_header(Writer& w, const AuditReport& report) {
  key(w, "schema");
  text(w, kReportSchema);
  key(w, "tool");
  w.StartObject();
  key(w, "name");
  text(w, "lapaudit");
  key(w, "version");
  text(w, report.tool_version);
  w.EndObject();
  key(w, "rules");
  w.StartObject();
  key(w, "name");
  text(w, report.rules_name);
  key(w, "digest");
  text(w, report.rules_digest);
  w.EndObject();
  key(w, "period");
  w.StartObject();
  key(w, "from");
  report.period ? text(w, report.period->from.to_string()) : (void)w.Null();
  key(w, "to");
  report.period ? text(w, report.period->to.to_string()) : (void)w.Null();
  key(w, "cycle");
  report.cycle.empty() ? (void)w.Null() : text(w, report.cycle);
  w.EndObject();
}

void write_inputs(Writer& w, const AuditReport& report) {
  key(w, "inputs");
  w.StartArray();
  for (const auto& input : report.inputs) {
    w.StartObject();
    key(w, "path");
    text(w, input.path);
    key(w, "digest");
    text(w, input.digest);
    key(w, "records");
    w.Uint64(input.records);
    key(w, "accepted");
    w.Uint64(input.accepted);
    key(w, "rejected");
    w.Uint64(input.rejected);
    key(w, "out_of_period");
    w.Uint64(input.out_of_period);
    w.EndObject();
  }
  w.EndArray();
}

void write_actions(Writer& w, const AuditReport& report) {
  key(w, "actions");
  w.StartArray();
  for (const auto& action : report.actions) {
    w.StartObject();
    key(w, "id");
    w.Int(action.id);
    key(w, "section");
    text(w, action.section);
    key(w, "status");
    text(w, status_name(action.status));
    key(w, "gender_activities");
    w.Uint64(action.gender_activities);
    key(w, "groups");
    w.StartArray();
    for (const auto& cover : action.groups) {
      w.StartObject();
      key(w, "id");
      text(w, cover.group);
      key(w, "covered");
      w.Bool(cover.covered);
      key(w, "evidence");
      texts(w, cover.evidence);
      w.EndObject();
    }
    w.EndArray();
    w.EndObject();
  }
  w.EndArray();
}

void write_groups(Writer& w, const AuditReport& report) {
  key(w, "groups");
  w.StartArray();
  for (const auto& group : report.groups) {
    w.StartObject();
    key(w, "id");
    text(w, group.id);
    key(w, "name");
    text(w, group.name);
    key(w, "status");
    text(w, status_name(group.status));
    key(w, "gender_activities");
    w.Uint64(group.gender_activities);
    key(w, "carried_actions");
    numbers(w, group.carried_actions);
    key(w, "uncovered_actions");
    numbers(w, group.uncovered_actions);
    key(w, "evidence");
    texts(w, group.evidence);
    w.EndObject();
  }
  w.EndArray();
}

void write_findings(Writer& w, const AuditReport& report) {
  key(w, "findings");
  w.StartArray();
  for (const auto& finding : report.findings) {
    w.StartObject();
    key(w, "id");
    text(w, finding.id);
    key(w, "rule");
    text(w, finding.rule);
    key(w, "severity");
    text(w, finding.severity);
    key(w, "subject");
    w.StartObject();
    key(w, "kind");
    text(w, finding.subject.kind);
    key(w, "id");
    text(w, finding.subject.id);
    w.EndObject();
    key(w, "message");
    text(w, finding.message);
    key(w, "evidence");
    texts(w, finding.evidence);
    key(w, "waived");
    w.Bool(finding.waived);
    if (finding.waived) {
      key(w, "waiver_reason");
      text(w, finding.waiver_reason);
    }
    w.EndObject();
  }
  w.EndArray();
}

void write_rejected(Writer& w, const AuditReport& report) {
  key(w, "rejected");
  w.StartArray();
  for (const auto& rejection : report.rejected) {
    w.StartObject();
    key(w, "file");
    text(w, rejection.place.file);
    key(w, "line");
    w.Int(rejection.place.line);
    key(w, "id");
    rejection.id.empty() ? (void)w.Null() : text(w, rejection.id);
    key(w, "reason");
    text(w, rejection.reason);
    w.EndObject();
  }
  w.EndArray();
}

}  // namespace

std::string write_json_report(const AuditReport& report) {
  rapidjson::StringBuffer buffer;
  Writer w(buffer);
  w.SetIndent(' ', 2);
  w.SetFormatOptions(rapidjson::kFormatSingleLineArray);
  w.StartObject();
  write_header(w, report);
  write_inputs(w, report);
  write_actions(w, report);
  write_groups(w, report);
  write_findings(w, report);
  write_rejected(w, report);
  w.EndObject();
  return std::string(buffer.GetString(), buffer.GetSize()) + "\n";
}

}  // namespace lapaudit
