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
  w.Key("waived");
  w.Bool(finding.waived);
  if (finding.waived) {
    w.Key("waiver_reason");
    text(w, finding.waiver_reason);
  }
}

}  // namespace lapaudit::json_output
