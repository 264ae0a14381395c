// SPDX-License-Identifier: Apache-2.0
#include "test_util.hpp"

#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "model/committee.hpp"
#include "rules/rule_set_loader.hpp"

namespace lapaudit::testing {

RuleSet committee_of(const std::string& name) {
  const Cycle* cycle = default_rules().find_cycle(name);
  EXPECT_NE(cycle, nullptr) << name;
  return cycle ? committee_at(default_rules(), cycle->period.to) : default_rules();
}

const RuleSet& default_rules() {
  static const RuleSet* rules = [] {
    auto loaded = load_builtin_rule_set();
    if (!loaded) {
      for (const auto& error : loaded.error()) ADD_FAILURE() << error.to_string();
      return new RuleSet();
    }
    return new RuleSet(std::move(loaded.value()));
  }();
  return *rules;
}

ActivityLog log_from_json(const std::string& json, const std::string& file, InputFormat format) {
  ActivityLogBuilder builder(default_rules());
  std::optional<Error> error = builder.add(json, file, format);
  EXPECT_FALSE(error) << (error ? error->to_string() : "");
  return builder.take();
}

Audit audit_json(const std::string& json, const PeriodChoice& choice) {
  auto audit = run_audit(default_rules(), log_from_json(json), choice, "test");
  if (!audit) {
    ADD_FAILURE() << audit.error().to_string();
    std::abort();
  }
  return std::move(audit.value());
}

std::string activity_json(const std::string& id, const std::string& date, const std::string& groups,
                          const std::string& extra) {
  // A "title" among `extra` replaces the default one: a field named twice rejects the record.
  std::string title =
      extra.find("\"title\":") == std::string::npos ? "\"title\": \"Activity " + id + "\", " : "";
  return "{\"id\": \"" + id + "\", \"date\": \"" + date + "\", " + title + "\"groups\": " + groups +
         extra + "}";
}

std::string source_path(const std::string& relative) {
  return std::string(LAPAUDIT_SOURCE_DIR) + "/" + relative;
}

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

void write_file(const std::string& path, const std::string& content) {
  std::ofstream out(path, std::ios::binary);
  out << content;
}

std::string temp_path(const std::string& name) {
  return (std::filesystem::temp_directory_path() /
          ("lapaudit-" + std::to_string(::getpid()) + "-" + name))
      .string();
}

CommandResult run_lapaudit(const std::string& args, const std::string& input) {
  namespace fs = std::filesystem;
  fs::path dir = fs::temp_directory_path() / ("lapaudit-test-" + std::to_string(::getpid()) + "-" +
                                              std::to_string(std::rand()));
  fs::create_directories(dir);
  write_file((dir / "stdin").string(), input);
  std::string command = "cd '" + std::string(LAPAUDIT_SOURCE_DIR) + "' && '" +
                        std::string(LAPAUDIT_BINARY) + "' " + args + " <'" +
                        (dir / "stdin").string() + "' >'" + (dir / "stdout").string() + "' 2>'" +
                        (dir / "stderr").string() + "'";
  int status = std::system(command.c_str());
  CommandResult result;
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  result.out = read_file((dir / "stdout").string());
  result.err = read_file((dir / "stderr").string());
  fs::remove_all(dir);
  return result;
}

void expect_golden(const std::string& actual, const std::string& path) {
  std::string full = source_path(path);
  if (const char* update = std::getenv("LAPAUDIT_UPDATE_GOLDEN"); update && *update == '1') {
    write_file(full, actual);
    return;
  }
  ASSERT_TRUE(std::filesystem::exists(full))
      << "golden file missing: " << path << " (run with LAPAUDIT_UPDATE_GOLDEN=1)";
  EXPECT_EQ(read_file(full), actual) << "differs from golden file " << path;
}

std::vector<std::string> listed_commands() {
  auto help = run_lapaudit("--help").out;
  std::vector<std::string> out;
  std::istringstream lines(help.substr(help.find("Subcommands:")));
  std::string line;
  std::getline(lines, line);
  while (std::getline(lines, line)) {
    std::istringstream words(line);
    std::string name;
    if (words >> name) out.push_back(name);
  }
  return out;
}

}  // namespace lapaudit::testing
