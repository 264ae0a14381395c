// SPDX-License-Identifier: Apache-2.0
#include "report/json_output.hpp"

namespace lapaudit::json_output {

void set_layout(Writer& w) {
  w.SetIndent(' ', 2);
  w.SetFormatOptions(rapidjson::kFormatSingleLineArray);
}

void text(Writer& w, std::string_view value) {
  w.String(value.data(), static_cast<rapidjson::SizeType>(value.size()));
}

void texts(Writer& w, const std::vector<std::string>& values) {
  w.StartArray();
  for (const auto& value : values) text(w, value);
  w.EndArray();
}

void finding_members(Writer& w, const Finding& finding) {
  w.Key("id");
  text(w, finding.id);
  w.Key("rule");
  text(w, finding.rule);
  w.Key("severity");
  text(w, finding.severity);
  w.Key("subject");
  w.StartObject();
  w.Key("kind");
  text(w, finding.subject.kind);
  w.Key("id");
  text(w, finding.subject.id);
  w.EndObject();
  w.Key("message");
  text(w, finding.message);
  w.Key("evidence");
  texts(w, finding.evidence);
  if (!finding.groups.empty()) {
    w.Key("groups");
    texts(w, finding.groups);
  }
  if (finding.rejected_total > 0) {
    w.Key("rejected_total");
    w.Uint64(finding.rejected_total);
    w.Key("rejected");
    w.StartArray();
    for (const auto& link : finding.rejected) {
      w.StartObject();
      w.Key("file");
      text(w, link.place.file);
      w.Key("line");
      w.Int(link.place.line);
      w.Key("id");
      link.id.empty() ? (void)w.Null() : text(w, link.id);
      w.Key("why");
      text(w, link.why);
      w.EndObject();
    }
    w.EndArray();
  }
  w.Key("waived");
  w.Bool(finding.waived);
  if (finding.waived) {
    w.Key("waiver_reason");
    text(w, finding.waiver_reason);
  }
}

void data_quality(Writer& w, const AuditReport& report) {
  DataCounts counts = report.data_counts();
  w.Key("data_quality");
  w.StartObject();
  w.Key("records");
  w.Uint64(counts.records);
  w.Key("accepted");
  w.Uint64(counts.accepted);
  w.Key("rejected");
  w.Uint64(counts.rejected);
  w.Key("out_of_period");
  w.Uint64(counts.out_of_period);
  w.Key("record_warnings");
  w.Uint64(counts.record_warnings);
  w.Key("links");
  w.Uint64(counts.links);
  w.Key("inferred_links");
  w.Uint64(counts.inferred_links);
  warnings(w, report.warnings);
  w.EndObject();
}

void warnings(Writer& w, const std::vector<ReportWarning>& warnings) {
  w.Key("warnings");
  w.StartArray();
  for (const auto& warning : warnings) {
    w.StartObject();
    w.Key("code");
    text(w, warning.code);
    w.Key("message");
    text(w, warning.message);
    if (!warning.field.empty()) {
      w.Key("field");
      text(w, warning.field);
      w.Key("resembles");
      text(w, warning.resembles);
    }
    if (warning.place) {
      w.Key("file");
      text(w, warning.place->file);
      w.Key("line");
      w.Int(warning.place->line);
    }
    w.EndObject();
  }
  w.EndArray();
}

}  // namespace lapaudit::json_output
