// SPDX-License-Identifier: Apache-2.0
// lapaudit licenses: lapaudit's licence, and each library this build of it contains or uses,
// with the version it was built with, its licence and where its source is; --full prints the
// notices and licence texts whole. The text is THIRD-PARTY-NOTICES as the build recorded it
// (cmake/third_party_notices.cmake): nothing here names a library.

#include <map>
#include <memory>
#include <sstream>
#include <string_view>
#include <vector>

#include "cli_support.hpp"
#include "commands.hpp"
#include "output_file.hpp"
#include "version.hpp"

namespace lapaudit::generated {
std::string_view third_party_notices();
}  // namespace lapaudit::generated

namespace lapaudit::cli {
namespace {

struct LicensesOptions {
  bool full = false;
  std::string output;
};

// One paragraph of the notices (Debian's copyright format): each field's first line.
using Paragraph = std::map<std::string, std::string>;

std::vector<Paragraph> paragraphs(std::string_view text) {
  std::vector<Paragraph> out(1);
  std::istringstream lines{std::string(text)};
  std::string line;
  while (std::getline(lines, line)) {
    if (line.empty()) {
      if (!out.back().empty()) out.emplace_back();
      continue;
    }
    auto colon = line.find(": ");
    if (line[0] == ' ' || colon == std::string::npos) continue;  // a continuation line
    out.back()[line.substr(0, colon)] = line.substr(colon + 2);
  }
  return out;
}

std::string field(const Paragraph& paragraph, const std::string& name) {
  auto it = paragraph.find(name);
  return it == paragraph.end() ? std::string() : it->second;
}

void write_library(std::string& out, const Paragraph& library) {
  out += "\n  " + field(library, "Library");
  std::string version = field(library, "Version");
  if (!version.empty()) out += " " + version;
  out += "\n      licence: " + field(library, "License-Title") + " (" + field(library, "License") +
         ")\n      in lapaudit: " + field(library, "In-Lapaudit") +
         "\n      source: " + field(library, "Upstream-Source");
  std::string debian = field(library, "Debian-Version");
  if (!debian.empty()) out += "; Debian package " + debian;
  out += "\n";
}

std::string summary(std::string_view notices) {
  std::string out;
  for (const auto& paragraph : paragraphs(notices)) {
    if (field(paragraph, "Files") == "*") {
      out += std::string("lapaudit ") + kVersion + " is free software under the " +
             field(paragraph, "License-Title") +
             " (SPDX-License-Identifier: " + field(paragraph, "License") + ").\nCopyright " +
             field(paragraph, "Copyright") +
             ". It comes with no warranty: see the licence for the details.\n\n"
             "This build of lapaudit contains or uses these libraries:\n";
    } else if (!field(paragraph, "Library").empty()) {
      write_library(out, paragraph);
    }
  }
  return out +
         "\nThe copyright notices and licence texts in full: lapaudit licenses --full (in the "
         "Debian package: /usr/share/doc/lapaudit/copyright).\n";
}

int run_licenses_command(const LicensesOptions& options) {
  std::string_view notices = generated::third_party_notices();
  std::string text = options.full ? std::string(notices) : summary(notices);
  return write_output(options.output, text) ? kExitClean : kExitError;
}

}  // namespace

Command add_licenses_command(CLI::App& app) {
  auto options = std::make_shared<LicensesOptions>();
  CLI::App* command = app.add_subcommand(
      "licenses",
      "lapaudit's licence (Apache-2.0), and each library this build contains or uses: its "
      "version, licence and where its source is");
  command->add_flag("--full", options->full,
                    "The copyright notices and licence texts in full (Debian's copyright format)");
  command
      ->add_option("-o,--output", options->output,
                   "Write the listing to FILE (default: standard output)")
      ->type_name("FILE");
  return {command, [options] { return run_licenses_command(*options); }, {}};  // reads no file
}

}  // namespace lapaudit::cli
