#pragma once

// Small pieces shared by the writers of JSON output (the report, gaps, diff): one way to write
// a text, a list of texts and a finding, so that a finding reads the same in every output.

#include <rapidjson/prettywriter.h>

#include <string>
#include <string_view>
#include <vector>

#include "audit_report.hpp"

namespace lapaudit::json_output {

// A RapidJSON output stream that writes straight into a std::string, so that a large report is
// not held twice (once in the writer's buffer, once copied out of it).
class TextStream {
 public:
  using Ch = char;
  explicit TextStream(std::string& out) : out_(&out) {}
  void Put(char c) { out_->push_back(c); }
  void Flush() {}

 private:
  std::string* out_;
};

using Writer = rapidjson::PrettyWriter<TextStream>;

// Sets the layout every JSON output of lapaudit shares: two-space indent, short lists on a line.
void set_layout(Writer& w);

void text(Writer& w, std::string_view value);
void texts(Writer& w, const std::vector<std::string>& values);

// A finding's members (id, rule, severity, subject, message, evidence, waived and, when waived,
// waiver_reason), inside an object the caller opens and closes, so it may add its own.
void finding_members(Writer& w, const Finding& finding);

}  // namespace lapaudit::json_output
