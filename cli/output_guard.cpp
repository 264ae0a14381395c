// SPDX-License-Identifier: Apache-2.0
#include "output_guard.hpp"

#include <filesystem>

namespace lapaudit::cli {
namespace fs = std::filesystem;

namespace {

bool is_standard_stream(const std::string& path) { return path.empty() || path == "-"; }

// The input that `output` is (the same file), or nullptr.
const CommandFiles::Input* same_file(const fs::path& output, const CommandFiles& files) {
  std::error_code ec;
  for (const auto& input : files.inputs) {
    if (is_standard_stream(input.path)) continue;
    if (fs::equivalent(output, input.path, ec)) return &input;
  }
  for (const auto& folder : files.input_folders) {
    for (const auto& entry : fs::directory_iterator(folder.path, ec)) {
      if (fs::equivalent(output, entry.path(), ec)) return &folder;
    }
  }
  return nullptr;
}

}  // namespace

CommandFiles files_of(const CommonOptions& options) {
  CommandFiles files;
  files.output = options.output;
  for (const auto& input : options.inputs) files.inputs.push_back({input, "activity log"});
  if (!options.rules_dir.empty()) files.input_folders.push_back({options.rules_dir, "rule set"});
  if (!options.plan_file.empty()) files.inputs.push_back({options.plan_file, "work plan"});
  if (!options.waivers_file.empty()) files.inputs.push_back({options.waivers_file, "waivers"});
  return files;
}

bool output_spares_inputs(const CommandFiles& files) {
  if (is_standard_stream(files.output)) return true;
  std::error_code ec;
  // A file that does not exist yet cannot be an input; a device (/dev/null) is not replaced.
  if (!fs::is_regular_file(files.output, ec)) return true;
  const CommandFiles::Input* input = same_file(files.output, files);
  if (input == nullptr) return true;
  std::string what = input->path == files.output
                         ? "it is the " + input->role + " this command reads"
                         : "it is the same file as " + input->path + ", the " + input->role +
                               " this command reads";
  report_error(Error{files.output, 0, 0,
                     "the output (-o) cannot be written here: " + what +
                         ", and writing there would replace it. Nothing was read or written; "
                         "choose another file name for -o"});
  return false;
}

bool may_replace_with_template(const std::string& output, bool force) {
  if (force || is_standard_stream(output)) return true;
  std::error_code ec;
  if (!fs::is_regular_file(output, ec) || fs::file_size(output, ec) == 0 || ec) return true;
  report_error(Error{output, 0, 0,
                     "this file already exists and is not empty (it may be a log you filled in): "
                     "the template would replace it. Nothing was written; choose another file "
                     "name for -o, or add --force to replace it"});
  return false;
}

}  // namespace lapaudit::cli
