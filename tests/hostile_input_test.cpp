// SPDX-License-Identifier: Apache-2.0
// End to end: inputs from many hands. Whatever lapaudit is fed, it must not crash, hang, lose a
// record or leave a half-written file; each case gives a clear message or a rejection.

#include <gtest/gtest.h>
#include <rapidjson/document.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <csignal>
#include <filesystem>
#include <random>
#include <set>
#include <sstream>

#include "test_util.hpp"

namespace lapaudit {
namespace {

namespace fs = std::filesystem;
using testing::run_lapaudit;

class HostileInputTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("lapaudit-hostile-" + std::to_string(::getpid()));
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }
  std::string path(const std::string& name) const { return (dir_ / name).string(); }

  fs::path dir_;
};

// The records, accepted, rejected counts of every input of a JSON report.
std::vector<std::array<std::uint64_t, 3>> accounting(const std::string& report) {
  rapidjson::Document document;
  document.Parse(report.c_str());
  std::vector<std::array<std::uint64_t, 3>> out;
  if (!document.IsObject() || !document.HasMember("inputs")) return out;
  for (const auto& input : document["inputs"].GetArray()) {
    out.push_back({input["records"].GetUint64(), input["accepted"].GetUint64(),
                   input["rejected"].GetUint64()});
  }
  return out;
}

TEST_F(HostileInputTest, AMillionLevelsOfNestingIsARejectionNotACrash) {
  std::string deep = "[" + std::string(1000000, '[') + std::string(1000000, ']') + "]";
  testing::write_file(path("deep.json"), deep);
  auto result = run_lapaudit("audit --format json " + path("deep.json"));
  EXPECT_EQ(result.exit_code, 1) << result.err;
  EXPECT_NE(result.out.find("\"reason\": \"the record is a list, not an activity"),
            std::string::npos)
      << result.out.substr(0, 2000);
}

TEST_F(HostileInputTest, DeepNestingInsideARecordIsARejection) {
  std::string value = std::string(100000, '[') + std::string(100000, ']');
  testing::write_file(path("deep-field.json"),
                      "[{\"id\": \"a\", \"date\": \"2024-01-01\", \"title\": \"t\", \"groups\": "
                      "[\"gso\"], \"tags\": " +
                          value + "}]");
  auto result = run_lapaudit("audit --format json " + path("deep-field.json"));
  EXPECT_EQ(result.exit_code, 1) << result.err;
  EXPECT_NE(result.out.find("nested more than 64 levels deep"), std::string::npos);
}

TEST_F(HostileInputTest, ALineOf16MegabytesHitsTheTextLimit) {
  std::string line =
      "{\"id\": \"big\", \"date\": \"2024-01-01\", \"groups\": [\"gso\"], \"title\": \"" +
      std::string(16u << 20, 'x') + "\"}\n";
  testing::write_file(
      path("big.ndjson"),
      line + R"({"id": "ok", "date": "2024-01-02", "title": "Meeting", "groups": ["gso"]})" + "\n");
  line.clear();
  line.shrink_to_fit();
  auto result = run_lapaudit("audit --format json " + path("big.ndjson"));
  EXPECT_EQ(result.exit_code, 1) << result.err;
  EXPECT_NE(result.out.find("field \\\"title\\\": 16777216 bytes, over the limit of 64 KiB for "
                            "one text (raise it with --max-text-kb)"),
            std::string::npos);
  EXPECT_EQ(accounting(result.out), (std::vector<std::array<std::uint64_t, 3>>{{2, 1, 1}}));
}

TEST_F(HostileInputTest, AnInputOverTheSizeLimitSaysWhichLimit) {
  auto result = run_lapaudit("audit --max-input-mb 1 -", std::string(2u << 20, ' ') + "[]");
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_EQ(result.err,
            "lapaudit: standard input: is larger than 1 MiB, the limit for one input: raise it "
            "with --max-input-mb if the file is right\n");
}

// The limit is checked while reading: a device that never ends is stopped there.
TEST_F(HostileInputTest, AnEndlessInputStopsAtTheLimit) {
  for (const char* args :
       {"audit --max-input-mb 5 - < /dev/zero", "validate --max-input-mb 5 - < /dev/zero"}) {
    std::string err = path("stderr.txt");
    std::string out = path("stdout.txt");
    std::string command = "cd '" + testing::source_path("") + "' && '" + LAPAUDIT_BINARY + "' " +
                          args + " >'" + out + "' 2>'" + err + "'";
    int status = std::system(command.c_str());
    ASSERT_TRUE(WIFEXITED(status)) << args;
    EXPECT_EQ(WEXITSTATUS(status), 2) << args;
    // audit says it on standard error, validate lists it with the other problems.
    EXPECT_NE((testing::read_file(err) + testing::read_file(out))
                  .find("standard input: is larger than 5 MiB, the limit for one input"),
              std::string::npos)
        << args << testing::read_file(err);
  }
}

// A rule set's file that is a device (here a link to /dev/zero) is refused, not read forever.
TEST_F(HostileInputTest, ARuleFileThatIsADeviceIsRefused) {
  fs::copy(testing::source_path("rules"), path("rules"));
  fs::remove(path("rules/groups.json"));
  fs::create_symlink("/dev/zero", path("rules/groups.json"));
  auto result = run_lapaudit("validate --rules " + path("rules") + " fixtures/ccm-12msp.json");
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_NE(
      result.err.find("groups.json: is not a file (a device or a pipe): give the file itself"),
      std::string::npos)
      << result.err;
}

// A sheet with many stray columns: the first warnings, then how many more, not one line each.
TEST_F(HostileInputTest, ManyWarningsAreCountedNotAllPrinted) {
  std::string header = "id,date,title,groups,actions";
  std::string row = "w-1,2024-03-05,A meeting,gso,4";
  for (int i = 0; i < 50; ++i) {
    header += ",extra" + std::to_string(i);
    row += ",";
  }
  testing::write_file(path("many.csv"), header + "\n" + row + "\n");
  auto result = run_lapaudit("audit " + path("many.csv"));
  EXPECT_NE(result.exit_code, 2) << result.err;
  EXPECT_EQ(std::count(result.err.begin(), result.err.end(), '\n'), 11) << result.err;
  EXPECT_NE(result.err.find("column \"extra9\" is not an activity field"), std::string::npos);
  EXPECT_EQ(result.err.find("column \"extra10\""), std::string::npos) << result.err;
  EXPECT_NE(result.err.find("lapaudit: warning: 40 more warnings like this one are not shown; "
                            "`lapaudit validate` lists them all"),
            std::string::npos)
      << result.err;
}

TEST_F(HostileInputTest, AFolderIsNotAnInput) {
  auto result = run_lapaudit("audit fixtures");
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_EQ(result.err, "lapaudit: fixtures: is a folder, not a file\n");
}

TEST_F(HostileInputTest, AnUnreadableFileIsNamed) {
  testing::write_file(path("secret.json"), "[]");
  fs::permissions(path("secret.json"), fs::perms::none);
  // Root reads every file: as root (CI), run lapaudit as the unprivileged user "nobody".
  std::string as_user;
  if (::geteuid() == 0) {
    if (std::system("command -v setpriv >/dev/null 2>&1") != 0) {
      GTEST_SKIP() << "running as root without setpriv: every file is readable";
    }
    as_user = "setpriv --reuid=65534 --regid=65534 --clear-groups ";
  }
  std::string err = path("stderr.txt");
  std::string command = "cd '" + testing::source_path("") + "' && " + as_user + "'" +
                        LAPAUDIT_BINARY + "' audit '" + path("secret.json") + "' >/dev/null 2>'" +
                        err + "'";
  int status = std::system(command.c_str());
  ASSERT_TRUE(WIFEXITED(status));
  EXPECT_EQ(WEXITSTATUS(status), 2);
  EXPECT_EQ(testing::read_file(err),
            "lapaudit: " + path("secret.json") + ": cannot be read: Permission denied\n");
}

TEST_F(HostileInputTest, ARuleSetMappingAnActionToAnUnknownGroupIsRefused) {
  fs::copy(testing::source_path("rules"), path("rules"));
  std::string actions = testing::read_file(path("rules/actions.json"));
  actions.replace(actions.find("{\"group\": \"clearance\", \"to_cycle\""), 22,
                  "{\"group\": \"demining\",");
  testing::write_file(path("rules/actions.json"), actions);
  auto result = run_lapaudit("audit --rules " + path("rules") + " fixtures/ccm-12msp.json");
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_NE(result.err.find("rules/actions.json:14:8: action 28 is assigned to unknown group "
                            "\"demining\""),
            std::string::npos)
      << result.err;
}

// The fixtures that cannot be read as a whole: the audit stops with exit 2 and a message.
const std::set<std::string> kUnreadableFixtures = {
    "empty.csv",     "empty.json",     "empty.ndjson",       "invalid-utf8.json",
    "nul-byte.json", "truncated.json", "missing-column.csv", "unterminated-quote.csv",
    "utf16.csv",     "utf16.json",     "utf16.ndjson",       "utf32.json"};

TEST_F(HostileInputTest, EveryFixtureAccountsForEveryRecord) {
  for (const auto& entry : fs::recursive_directory_iterator(testing::source_path("fixtures"))) {
    std::string ext = entry.path().extension().string();
    if (ext != ".json" && ext != ".csv" && ext != ".ndjson") continue;
    std::string name = entry.path().filename().string();
    if (name.rfind("workplan", 0) == 0 || name.rfind("waivers", 0) == 0) continue;
    auto result = run_lapaudit("audit --format json '" + entry.path().string() + "'");
    if (kUnreadableFixtures.count(name) != 0) {
      EXPECT_EQ(result.exit_code, 2) << entry.path();
      EXPECT_NE(result.err.find(name + ":"), std::string::npos) << entry.path() << result.err;
      EXPECT_EQ(result.out, "") << entry.path();
      continue;
    }
    EXPECT_NE(result.exit_code, 2) << entry.path() << result.err;
    auto inputs = accounting(result.out);
    EXPECT_EQ(inputs.size(), 1u) << entry.path();
    for (const auto& [records, accepted, rejected] : inputs) {
      EXPECT_EQ(records, accepted + rejected) << entry.path();
    }
  }
}

// The report, without what names the input files (their paths and digests).
std::string without_inputs(const std::string& report) {
  std::string out;
  std::istringstream lines(report);
  for (std::string line; std::getline(lines, line);) {
    if (line.find("\"path\":") != std::string::npos ||
        line.find("\"digest\": \"sha256:") != std::string::npos)
      continue;
    out += line + "\n";
  }
  return out;
}

TEST_F(HostileInputTest, OutputDoesNotDependOnTheOrderOfFilesOrRecords) {
  rapidjson::Document log;
  log.Parse(testing::read_file(testing::source_path("fixtures/ccm-12msp.json")).c_str());
  auto& records = log["activities"];
  std::vector<std::string> texts;
  for (auto& record : records.GetArray()) {
    rapidjson::StringBuffer buffer;
    rapidjson::Writer<rapidjson::StringBuffer> writer(buffer);
    record.Accept(writer);
    texts.emplace_back(buffer.GetString());
  }
  std::mt19937 random(7);
  std::shuffle(texts.begin(), texts.end(), random);
  std::string shuffled = "[\n";
  for (std::size_t i = 0; i < texts.size(); ++i) shuffled += (i ? ",\n" : "") + texts[i];
  testing::write_file(path("shuffled.json"), shuffled + "\n]\n");

  auto original =
      run_lapaudit("audit --format json fixtures/ccm-12msp.json fixtures/ccm-13msp.json");
  auto reordered =
      run_lapaudit("audit --format json fixtures/ccm-13msp.json " + path("shuffled.json"));
  EXPECT_EQ(original.exit_code, 1);
  EXPECT_EQ(without_inputs(original.out), without_inputs(reordered.out));
}

TEST_F(HostileInputTest, AFullDiskLeavesNothingHalfWritten) {
  auto result = run_lapaudit("audit -o /dev/full fixtures/ccm-12msp.json");
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_EQ(result.err, "lapaudit: /dev/full: cannot write the report: No space left on device\n");
}

TEST_F(HostileInputTest, ARunKilledWhileWritingLeavesThePreviousReport) {
  testing::write_file(path("report.json"), "previous report");
  pid_t child = ::fork();
  if (child == 0) {
    // Files may grow to 4 KiB: the kernel kills the run (SIGXFSZ) part way through writing the
    // report of about 20 KiB, at a point that does not depend on timing.
    rlimit limit{4096, 4096};
    ::setrlimit(RLIMIT_FSIZE, &limit);
    std::signal(SIGXFSZ, SIG_DFL);
    ::execl(LAPAUDIT_BINARY, "lapaudit", "audit", "--format", "json", "-o",
            path("report.json").c_str(), testing::source_path("fixtures/ccm-12msp.json").c_str(),
            static_cast<char*>(nullptr));
    ::_exit(127);
  }
  int status = 0;
  ::waitpid(child, &status, 0);
  ASSERT_TRUE(WIFSIGNALED(status)) << "exit status " << status;
  EXPECT_EQ(WTERMSIG(status), SIGXFSZ);
  EXPECT_EQ(testing::read_file(path("report.json")), "previous report");
  // What was written went to the temporary file beside it, which the run removed as it died.
  for (const auto& entry : fs::directory_iterator(dir_)) {
    EXPECT_EQ(entry.path().filename().string().rfind(".report.json.", 0), std::string::npos)
        << entry.path() << " left behind";
  }
}

}  // namespace
}  // namespace lapaudit
