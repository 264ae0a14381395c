// SPDX-License-Identifier: Apache-2.0
// End to end: no run overwrites what it reads (cli/output_guard), `template` does not replace a
// filled-in log without --force, and a replaced -o file keeps its permissions; -o through a
// symbolic link replaces the link's target (cli/output_file).

#include <gtest/gtest.h>
#include <sys/stat.h>

#include <filesystem>
#include <string>

#include "test_util.hpp"

namespace lapaudit {
namespace {

namespace fs = std::filesystem;
using testing::read_file;
using testing::run_lapaudit;
using testing::temp_path;
using testing::write_file;

class OutputGuardCliTest : public ::testing::Test {
 protected:
  void SetUp() override {
    folder_ = temp_path("output-guard");
    fs::remove_all(folder_);
    fs::create_directories(folder_);
    log_ = folder_ + "/log.json";
    fs::copy_file(testing::source_path("fixtures/ccm-12msp.json"), log_);
    original_ = read_file(log_);
  }
  void TearDown() override { fs::remove_all(folder_); }

  // The command is refused with exit 2, names `named` and leaves the log as it was.
  void expect_refused(const std::string& args, const std::string& named) {
    auto result = run_lapaudit(args);
    EXPECT_EQ(result.exit_code, 2) << args << "\n" << result.err;
    EXPECT_NE(result.err.find("the output (-o) cannot be written here"), std::string::npos)
        << result.err;
    EXPECT_NE(result.err.find(named), std::string::npos) << result.err;
    EXPECT_EQ(result.out, "");
    EXPECT_EQ(read_file(log_), original_) << args;
  }

  std::string folder_;
  std::string log_;
  std::string original_;
};

TEST_F(OutputGuardCliTest, AnOutputNamingTheLogIsRefusedByEveryCommand) {
  for (const char* command : {"audit --format json", "audit --format csv", "gaps --group gso",
                              "explain --action 28", "graph"}) {
    expect_refused(std::string(command) + " -o " + log_ + " " + log_, "activity log");
  }
}

TEST_F(OutputGuardCliTest, LinksToTheLogAreTheSameFile) {
  fs::create_symlink(log_, folder_ + "/link.json");
  expect_refused("audit -o " + folder_ + "/link.json " + log_, log_);
  fs::create_hard_link(log_, folder_ + "/hard.json");
  expect_refused("audit --format json -o " + folder_ + "/hard.json " + log_, "same file as");
  // And the other way round: the log named through the link, the output by its own name.
  expect_refused("audit -o " + log_ + " " + folder_ + "/link.json", "link.json");
}

TEST_F(OutputGuardCliTest, RuleSetPlanWaiversAndReportsAreInputsToo) {
  std::string rules = folder_ + "/rules";
  fs::copy(testing::source_path("rules"), rules);
  std::string actions = rules + "/actions.json";
  std::string rule_file = read_file(actions);
  auto result = run_lapaudit("audit --rules " + rules + " -o " + actions + " " + log_);
  EXPECT_EQ(result.exit_code, 2) << result.err;
  EXPECT_NE(result.err.find("rule set"), std::string::npos) << result.err;
  EXPECT_EQ(read_file(actions), rule_file);
  result = run_lapaudit("rules --rules " + rules + " -o " + actions);
  EXPECT_EQ(result.exit_code, 2) << result.err;
  EXPECT_EQ(read_file(actions), rule_file);

  std::string plan = folder_ + "/plan.json";
  fs::copy_file(testing::source_path("fixtures/workplan-2023-2024.json"), plan);
  std::string plan_text = read_file(plan);
  result = run_lapaudit("audit --plan " + plan + " -o " + plan + " " + log_);
  EXPECT_EQ(result.exit_code, 2) << result.err;
  EXPECT_NE(result.err.find("work plan"), std::string::npos) << result.err;
  EXPECT_EQ(read_file(plan), plan_text);

  std::string waivers = folder_ + "/waivers.json";
  fs::copy_file(testing::source_path("fixtures/waivers-12msp.json"), waivers);
  std::string waiver_text = read_file(waivers);
  result = run_lapaudit("audit --waivers " + waivers + " -o " + waivers + " " + log_);
  EXPECT_EQ(result.exit_code, 2) << result.err;
  EXPECT_EQ(read_file(waivers), waiver_text);

  std::string report = folder_ + "/report.json";
  ASSERT_NE(run_lapaudit("audit --format json -o " + report + " " + log_).exit_code, 2);
  std::string report_text = read_file(report);
  result = run_lapaudit("diff " + report + " " + report + " -o " + report);
  EXPECT_EQ(result.exit_code, 2) << result.err;
  EXPECT_NE(result.err.find("report"), std::string::npos) << result.err;
  EXPECT_EQ(read_file(report), report_text);
}

TEST_F(OutputGuardCliTest, AnyOtherOutputIsWritten) {
  std::string report = folder_ + "/report.txt";
  auto result = run_lapaudit("audit -o " + report + " " + log_);
  EXPECT_NE(result.exit_code, 2) << result.err;
  EXPECT_NE(read_file(report).find("Gender audit"), std::string::npos);
  EXPECT_NE(run_lapaudit("audit -o /dev/null " + log_).exit_code, 2);
}

TEST_F(OutputGuardCliTest, TemplateDoesNotReplaceAFilledInLogWithoutForce) {
  std::string sheet = folder_ + "/activities.csv";
  ASSERT_EQ(run_lapaudit("template -o " + sheet).exit_code, 0);  // a new file
  write_file(sheet, read_file(sheet) + "cg-001,2024-03-05,A meeting,gso,4\n");
  std::string filled = read_file(sheet);
  auto result = run_lapaudit("template -o " + sheet);
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_NE(result.err.find("already exists and is not empty"), std::string::npos) << result.err;
  EXPECT_NE(result.err.find("--force"), std::string::npos) << result.err;
  EXPECT_EQ(read_file(sheet), filled);
  result = run_lapaudit("template --force -o " + sheet);
  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(read_file(sheet), run_lapaudit("template").out);
  write_file(sheet, "");  // an empty file holds nothing to lose
  EXPECT_EQ(run_lapaudit("template -o " + sheet).exit_code, 0);
}

TEST_F(OutputGuardCliTest, AReplacedReportKeepsItsPermissions) {
  std::string report = folder_ + "/private.txt";
  write_file(report, "old\n");
  ASSERT_EQ(::chmod(report.c_str(), 0600), 0);
  ASSERT_NE(run_lapaudit("audit -o " + report + " " + log_).exit_code, 2);
  struct stat after {};
  ASSERT_EQ(::stat(report.c_str(), &after), 0);
  EXPECT_EQ(after.st_mode & 0777, 0600u);
  EXPECT_NE(read_file(report), "old\n");
}

TEST_F(OutputGuardCliTest, OutputThroughALinkReplacesItsTarget) {
  std::string target = folder_ + "/report.txt";
  std::string link = folder_ + "/latest.txt";
  write_file(target, "old\n");
  fs::create_symlink(target, link);
  ASSERT_NE(run_lapaudit("audit -o " + link + " " + log_).exit_code, 2);
  EXPECT_TRUE(fs::is_symlink(link));
  EXPECT_NE(read_file(target).find("Gender audit"), std::string::npos);
}

}  // namespace
}  // namespace lapaudit
