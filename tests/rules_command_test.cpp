// End to end: `lapaudit rules`, the rule set in plain words. What it lists is the data in the
// rule set folder, not something built into the command: an edited copy of rules/ is listed as
// edited, and a broken one is refused with its place.

#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <string>

#include "test_util.hpp"

namespace lapaudit {
namespace {

using testing::read_file;
using testing::run_lapaudit;
using testing::source_path;
using testing::write_file;

namespace fs = std::filesystem;

// A copy of the built-in rules/ folder, removed when the test ends.
class RulesCopy {
 public:
  explicit RulesCopy(const std::string& name)
      : dir_(fs::temp_directory_path() /
             ("lapaudit-rules-" + std::to_string(::getpid()) + "-" + name)) {
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    for (const auto& entry : fs::directory_iterator(source_path("rules"))) {
      fs::copy_file(entry.path(), dir_ / entry.path().filename());
    }
  }
  ~RulesCopy() { fs::remove_all(dir_); }

  std::string path() const { return dir_.string(); }
  std::string path(const std::string& file) const { return (dir_ / file).string(); }

  // Replaces the first `from` in `file` by `to`; fails the test when `from` is not there.
  void edit(const std::string& file, const std::string& from, const std::string& to) const {
    std::string text = read_file(path(file));
    auto at = text.find(from);
    ASSERT_NE(at, std::string::npos) << from;
    write_file(path(file), text.replace(at, from.size(), to));
  }

 private:
  fs::path dir_;
};

// The "Digest: sha256:..." line of a listing: it names the exact rule files listed.
std::string digest_line(const std::string& listing) {
  auto from = listing.find("\nDigest: sha256:");
  if (from == std::string::npos) return {};
  return listing.substr(from + 1, listing.find('\n', from + 1) - from - 1);
}

// The line of the rule object whose "id" is `id` in the rules file `text` (its "{" is on the
// line before the id).
int rule_line(const std::string& text, const std::string& id) {
  auto at = text.find("\"id\": \"" + id + "\"");
  return static_cast<int>(std::count(text.begin(), text.begin() + static_cast<long>(at), '\n'));
}

TEST(RulesCommandTest, ListsEveryRuleWithItsKindParametersAndSeverity) {
  auto result = run_lapaudit("rules");
  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(result.err, "");
  for (const char* expected :
       {"Rules: 11\n", "  track1-joint-with-gso  (kind joint-activity, on each group)\n",
        "      parameters: min 1; with_group gso\n",
        "  participation-balance  (kind participation-balance, on each group)\n",
        "      parameters: min_share 0.4\n", "      severity: below: medium, unknown: low\n",
        "      parameters: actions 28, 29, 31, 34, 36\n",
        "  12MSP  2023-09-15 to 2024-09-13; Twelfth Meeting of States Parties, 2024-09-10 to "
        "2024-09-13, Geneva\n"}) {
    EXPECT_NE(result.out.find(expected), std::string::npos) << expected;
  }
}

TEST(RulesCommandTest, AnEditedRuleSetIsListedAsEdited) {
  RulesCopy rules("edited");
  rules.edit("checks.json", "\"min_share\": 0.4", "\"min_share\": 0.5");
  auto result = run_lapaudit("rules --rules " + rules.path());
  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_NE(result.out.find("      parameters: min_share 0.5\n"), std::string::npos);
  EXPECT_EQ(result.out.find("min_share 0.4"), std::string::npos);
  EXPECT_NE(digest_line(result.out), digest_line(run_lapaudit("rules").out));
}

TEST(RulesCommandTest, AnUnknownRuleKindIsRefusedWithItsPlaceAndASuggestion) {
  RulesCopy rules("unknown-kind");
  rules.edit("checks.json", "\"kind\": \"recency\"", "\"kind\": \"recent\"");
  auto result = run_lapaudit("rules --rules " + rules.path());
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_EQ(result.out, "");
  int line = rule_line(read_file(rules.path("checks.json")), "group-recency");
  EXPECT_EQ(result.err, "lapaudit: " + rules.path("checks.json") + ":" + std::to_string(line) +
                            ":5: rule \"group-recency\": unknown rule kind \"recent\", did "
                            "you mean \"recency\"?\nlapaudit: the rule set " +
                            rules.path() + " cannot be used (1 problem)\n");
}

TEST(RulesCommandTest, OutputFileGetsTheListing) {
  RulesCopy scratch("output");
  std::string output = scratch.path("rules.txt");
  auto result = run_lapaudit("rules -o " + output);
  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(result.out, "");
  EXPECT_EQ(read_file(output), run_lapaudit("rules").out);
}

}  // namespace
}  // namespace lapaudit
