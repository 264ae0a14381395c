// SPDX-License-Identifier: Apache-2.0
// libFuzzer target: audit reports read back for `lapaudit diff`.
#include <cstddef>
#include <cstdint>
#include <cstdlib>

#include "report/json_report_writer.hpp"
#include "report/report_reader.hpp"
#include "views/report_diff.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  auto report = lapaudit::read_report({reinterpret_cast<const char*>(data), size}, "fuzz.json");
  if (!report.ok()) {
    if (report.error().message.empty()) std::abort();
    return 0;
  }
  // What was read can be written, read again and compared with itself.
  auto again = lapaudit::read_report(lapaudit::write_json_report(report.value()), "again.json");
  if (!again.ok()) std::abort();
  if (!lapaudit::diff_reports(report.value(), again.value()).empty()) std::abort();
  return 0;
}
