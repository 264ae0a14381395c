// SPDX-License-Identifier: Apache-2.0
#pragma once

// Small pieces shared by the writers of JSON output (the report, gaps, diff): one way to write
// a text, a list of texts and a finding, so that a finding reads the same in every output.

#include <rapidjson/prettywriter.h>

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "model/audit_report.hpp"
#include "util/text_sink.hpp"

namespace lapaudit::json_output {

// A RapidJSON output stream that writes straight into a std::string, so that a large report is
// not held twice (once in the writer's buffer, once copied out of it); or, given a sink, that
// hands the text on to it a piece at a time (`out` then holds at most a piece).
class TextStream {
 public:
  using Ch = char;
  static constexpr std::size_t kPiece = std::size_t{1} << 20;

  explicit TextStream(std::string& out) : out_(&out) {}
  TextStream(std::string& buffer, const TextSink& sink) : out_(&buffer), sink_(&sink) {
    out_->reserve(kPiece);
  }
  void Put(char c) {
    out_->push_back(c);
    if (sink_ != nullptr && out_->size() >= kPiece) Finish();
  }
  void Flush() {}  // RapidJSON's, at the end of each value: the pieces stay whole
  // Hands on what is held (with a sink): call it once the text is complete.
  void Finish() {
    if (sink_ == nullptr || out_->empty()) return;
    (*sink_)(*out_);
    out_->clear();
  }

 private:
  std::string* out_;
  const TextSink* sink_ = nullptr;
};

using Writer = rapidjson::PrettyWriter<TextStream>;

// Sets the layout every JSON output of lapaudit shares: two-space indent, short lists on a line.
void set_layout(Writer& w);

void text(Writer& w, std::string_view value);
void texts(Writer& w, const std::vector<std::string>& values);

// A finding's members (id, rule, severity, subject, message, evidence, waived and, when waived,
// waiver_reason), inside an object the caller opens and closes, so it may add its own.
void finding_members(Writer& w, const Finding& finding);

// "data_quality": what the report rests on (the records read, accepted, rejected and out of
// period; the links and inferred links) and its warnings.
void data_quality(Writer& w, const AuditReport& report);

// "warnings": the report's warnings, each {code, message} and, for an ignored field, its field,
// the field it resembles, file and line.
void warnings(Writer& w, const std::vector<ReportWarning>& warnings);

}  // namespace lapaudit::json_output
