// SPDX-License-Identifier: Apache-2.0
#include "report/json_report_writer.hpp"

#include <rapidjson/prettywriter.h>

#include <algorithm>
#include <cstdint>

#include "report/json_output.hpp"

namespace lapaudit {
namespace {

using json_output::text;
using json_output::texts;
using json_output::Writer;

void key(Writer& w, const char* name) { w.Key(name); }

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
  key(w, "inferred_links");
  w.Uint64(report.inferred_links());
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

// The committee the period was judged with, and the changes to it within the period.
void write_committee(Writer& w, const AuditReport& report) {
  if (!report.committee) return;
  key(w, "committee");
  w.StartObject();
  key(w, "as_of");
  text(w, report.committee->as_of.to_string());
  key(w, "cycle");
  report.committee->cycle.empty() ? (void)w.Null() : text(w, report.committee->cycle);
  key(w, "changes");
  w.StartArray();
  for (const auto& change : report.committee->changes) {
    w.StartObject();
    key(w, "date");
    text(w, change.date.to_string());
    key(w, "change");
    text(w, change.what);
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
}

// What the report rests on: the records, and what a reader must know before trusting it.
void write_data_quality(Writer& w, const AuditReport& report) {
  std::uint64_t records = 0, accepted = 0, rejected = 0, out_of_period = 0, record_warnings = 0;
  for (const auto& input : report.inputs) {
    record_warnings += input.record_warnings;
    records += input.records;
    accepted += input.accepted;
    rejected += input.rejected;
    out_of_period += input.out_of_period;
  }
  key(w, "data_quality");
  w.StartObject();
  key(w, "records");
  w.Uint64(records);
  key(w, "accepted");
  w.Uint64(accepted);
  key(w, "rejected");
  w.Uint64(rejected);
  key(w, "out_of_period");
  w.Uint64(out_of_period);
  key(w, "record_warnings");
  w.Uint64(record_warnings);
  key(w, "warnings");
  w.StartArray();
  for (const auto& warning : report.warnings) {
    w.StartObject();
    key(w, "code");
    text(w, warning.code);
    key(w, "message");
    text(w, warning.message);
    w.EndObject();
  }
  w.EndArray();
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
    key(w, "summary");
    text(w, action.summary);
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
      key(w, "basis");
      text(w, basis_name(cover.basis));
      key(w, "source");
      text(w, cover.source);
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
    json_output::finding_members(w, finding);
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

void write_silos(Writer& w, const AuditReport& report) {
  key(w, "silos");
  w.StartArray();
  for (const auto& silo : report.silos) {
    w.StartObject();
    key(w, "group");
    text(w, silo.group);
    key(w, "hub");
    text(w, silo.hub);
    key(w, "joined_with");
    texts(w, silo.joined_with);
    w.EndObject();
  }
  w.EndArray();
}

void write_plan_item(Writer& w, const PlanItemResult& item) {
  w.StartObject();
  key(w, "id");
  text(w, item.id);
  key(w, "title");
  text(w, item.title);
  key(w, "track");
  item.track.empty() ? (void)w.Null() : text(w, item.track);
  key(w, "kind");
  text(w, item.kind);
  key(w, "due");
  text(w, item.due_text);
  key(w, "due_date");
  text(w, item.due.to_string());
  key(w, "groups");
  texts(w, item.groups);
  key(w, "partners");
  texts(w, item.partners);
  key(w, "tags");
  texts(w, item.tags);
  key(w, "actions");
  numbers(w, item.actions);
  key(w, "status");
  text(w, plan_status_name(item.status));
  key(w, "fulfilled_by");
  item.fulfilled_by.empty() ? (void)w.Null() : text(w, item.fulfilled_by);
  key(w, "fulfilled_on");
  item.fulfilled_on ? text(w, item.fulfilled_on->to_string()) : (void)w.Null();
  key(w, "closest");
  texts(w, item.closest);
  key(w, "lacking");
  texts(w, item.lacking);
  w.EndObject();
}

void write_plan(Writer& w, const AuditReport& report) {
  if (!report.plan) return;
  const PlanSection& plan = *report.plan;
  key(w, "plan");
  w.StartObject();
  key(w, "name");
  text(w, plan.name);
  key(w, "source");
  text(w, plan.source);
  key(w, "path");
  text(w, plan.path);
  key(w, "start");
  text(w, plan.start.to_string());
  key(w, "summary");
  w.StartObject();
  for (auto status : {PlanItemStatus::kDone, PlanItemStatus::kLate, PlanItemStatus::kOpen,
                      PlanItemStatus::kMissing}) {
    key(w, std::string(plan_status_name(status)).c_str());
    w.Uint64(static_cast<std::uint64_t>(
        std::count_if(plan.items.begin(), plan.items.end(),
                      [status](const PlanItemResult& item) { return item.status == status; })));
  }
  w.EndObject();
  key(w, "items");
  w.StartArray();
  for (const auto& item : plan.items) write_plan_item(w, item);
  w.EndArray();
  w.EndObject();
}

void write_waivers(Writer& w, const AuditReport& report) {
  if (!report.waivers) return;
  key(w, "waivers");
  w.StartArray();
  for (const auto& note : *report.waivers) {
    w.StartObject();
    key(w, "rule");
    text(w, note.rule);
    key(w, "subject");
    w.StartObject();
    key(w, "kind");
    text(w, note.subject.kind);
    key(w, "id");
    text(w, note.subject.id);
    w.EndObject();
    key(w, "reason");
    text(w, note.reason);
    key(w, "expires");
    text(w, note.expires.to_string());
    key(w, "file");
    text(w, note.place.file);
    key(w, "line");
    w.Int(note.place.line);
    key(w, "status");
    text(w, note.status);
    key(w, "findings");
    texts(w, note.findings);
    w.EndObject();
  }
  w.EndArray();
}

void write_report(const AuditReport& report, json_output::TextStream& stream) {
  Writer w(stream);
  json_output::set_layout(w);
  w.StartObject();
  write_header(w, report);
  write_committee(w, report);
  write_data_quality(w, report);
  write_inputs(w, report);
  write_actions(w, report);
  write_groups(w, report);
  write_findings(w, report);
  write_rejected(w, report);
  write_silos(w, report);
  write_plan(w, report);
  write_waivers(w, report);
  w.EndObject();
  stream.Put('\n');
  stream.Finish();
}

}  // namespace

std::string write_json_report(const AuditReport& report) {
  std::string out;
  json_output::TextStream stream(out);
  write_report(report, stream);
  return out;
}

void write_json_report(const AuditReport& report, const TextSink& sink) {
  std::string buffer;
  json_output::TextStream stream(buffer, sink);
  write_report(report, stream);
}

}  // namespace lapaudit
