// SPDX-License-Identifier: Apache-2.0
// The manual page (doc/lapaudit.1) keeps up with the program: every command that `lapaudit
// --help` lists, and every option that each command's --help shows, is in it.

#include <gtest/gtest.h>

#include <regex>
#include <set>
#include <sstream>

#include "test_util.hpp"

namespace lapaudit {
namespace {

// Long options ("--cycle") a help text shows.
std::set<std::string> options(const std::string& help) {
  std::set<std::string> out;
  std::regex option("--[a-z][a-z-]*");
  for (auto it = std::sregex_iterator(help.begin(), help.end(), option);
       it != std::sregex_iterator(); ++it) {
    out.insert(it->str());
  }
  return out;
}

// How groff writes "--name": "\-\-name".
std::string in_groff(const std::string& option) {
  std::string out;
  for (char c : option) out += c == '-' ? std::string("\\-") : std::string(1, c);
  return out;
}

TEST(ManualTest, EveryCommandIsInTheManual) {
  std::string manual = testing::read_file(testing::source_path("doc/lapaudit.1"));
  auto listed = testing::listed_commands();
  ASSERT_GE(listed.size(), 2u);
  for (const auto& command : listed) {
    EXPECT_NE(manual.find(".B " + command + "\n"), std::string::npos)
        << "doc/lapaudit.1 has no entry for the command " << command;
  }
}

TEST(ManualTest, EveryOptionOfEveryCommandIsInTheManual) {
  std::string manual = testing::read_file(testing::source_path("doc/lapaudit.1"));
  std::vector<std::string> helps = {"--help"};
  for (const auto& command : testing::listed_commands()) helps.push_back(command + " --help");
  for (const auto& args : helps) {
    for (const auto& option : options(testing::run_lapaudit(args).out)) {
      EXPECT_NE(manual.find(in_groff(option)), std::string::npos)
          << "doc/lapaudit.1 does not describe " << option << " (lapaudit " << args << ")";
    }
  }
}

}  // namespace
}  // namespace lapaudit
