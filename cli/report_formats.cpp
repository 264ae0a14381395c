#include "report_formats.hpp"

#include "json_report_writer.hpp"
#include "text_report_writer.hpp"

namespace lapaudit::cli {

const std::vector<std::string>& report_format_names() {
  static const std::vector<std::string> kNames = {"text", "json"};
  return kNames;
}

std::string render_report(const std::string& format, const AuditReport& report) {
  if (format == "json") return write_json_report(report);
  return write_text_report(report);
}

}  // namespace lapaudit::cli
