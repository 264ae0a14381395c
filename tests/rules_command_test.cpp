// SPDX-License-Identifier: Apache-2.0
// End to end: `lapaudit rules`, the rule set in plain words. What it lists is the data in the
// rule set folder, not something built into the command: an edited copy of rules/ is listed as
// edited, and a broken one is refused with its place.

#include <gtest/gtest.h>
#include <rapidjson/document.h>
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
       {"Rules: 12\n", "  track1-joint-with-gso  (kind joint-activity, on each group)\n",
        "      parameters: min 1; with_group gso\n",
        "  participation-balance  (kind participation-balance, on each group)\n",
        "      parameters: min_share 0.4\n", "      severity: below: medium, unknown: low\n",
        "      parameters: actions 28, 29, 31, 34, 36\n",
        "  12MSP  2023-09-15 to 2024-09-13; Twelfth Meeting of States Parties, 2024-09-10 to "
        "2024-09-13, Geneva\n",
        "  18-30  Survey, clearance and risk education (clearance)\n",
        "      clearance (up to the 12MSP cycle): stated: CCM website, Coordination Committee page "
        "on clearance and risk education",
        "      risk-education (from the 13MSP cycle): inferred: The 12MSP appointed a dedicated "
        "coordinator for risk education",
        "  risk-education           Risk Education, from the 13MSP cycle (Twelfth Meeting"}) {
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

namespace lapaudit {
namespace {

TEST(RulesCommandTest, JsonListsEveryActionOfThePlanWithItsSectionAndLinks) {
  auto result = testing::run_lapaudit("rules --format json");
  ASSERT_EQ(result.exit_code, 0) << result.err;
  rapidjson::Document json;
  json.Parse(result.out.c_str());
  ASSERT_TRUE(json.IsObject());
  EXPECT_STREQ(json["schema"].GetString(), "lapaudit/rules/v1");
  const auto& actions = json["actions"];
  ASSERT_EQ(actions.Size(), 50u);
  for (rapidjson::SizeType i = 0; i < actions.Size(); ++i) {
    EXPECT_EQ(actions[i]["id"].GetInt(), static_cast<int>(i) + 1);
    EXPECT_TRUE(actions[i]["section"].IsString()) << i + 1;
    EXPECT_GE(actions[i]["responsible"].Size(), 1u) << i + 1;
  }
  for (int id : {28, 29}) {
    const auto& action = actions[id - 1];
    EXPECT_STREQ(action["section"].GetString(), "clearance");
    EXPECT_TRUE(action["gender_relevant"].GetBool());
    const auto& links = action["responsible"];
    ASSERT_EQ(links.Size(), 2u);
    EXPECT_STREQ(links[0]["group"].GetString(), "clearance");
    EXPECT_TRUE(links[0]["from_cycle"].IsNull());
    EXPECT_STREQ(links[0]["to_cycle"].GetString(), "12MSP");
    EXPECT_STREQ(links[0]["basis"].GetString(), "stated");
    EXPECT_NE(std::string(links[0]["source"].GetString()).find("actions 18-30"), std::string::npos);
    EXPECT_STREQ(links[1]["group"].GetString(), "risk-education");
    EXPECT_STREQ(links[1]["from_cycle"].GetString(), "13MSP");
    EXPECT_STREQ(links[1]["basis"].GetString(), "inferred");
    EXPECT_GT(std::string(links[1]["source"].GetString()).size(), 40u);
  }
  EXPECT_FALSE(actions[11]["gender_relevant"].GetBool());  // action 12
  EXPECT_STREQ(actions[11]["section"].GetString(), "stockpile");
}

// A next action plan is data: a rule set folder with other actions, sections and groups, and
// a group created by its second meeting, runs with no change to lapaudit.
TEST(RulesCommandTest, ANextActionPlanNeedsDataOnly) {
  std::string dir = testing::source_path("tests/data/next-plan");
  auto listing = testing::run_lapaudit("rules --rules " + dir);
  ASSERT_EQ(listing.exit_code, 0) << listing.err;
  EXPECT_NE(listing.out.find("Action plan: the Invented Next Action Plan, in force from "
                             "2026-10-01 to 2031-09-30"),
            std::string::npos)
      << listing.out;
  std::string log = R"([
    {"id": "n-1", "date": "2027-03-01", "title": "Gender in land release",
     "groups": ["land-release", "gso"], "actions": [15, 2], "gender_marker": 2},
    {"id": "n-2", "date": "2028-03-01", "title": "Survivors of every gender",
     "groups": ["survivor-assistance"], "actions": [30], "gender_marker": 2}
  ])";
  auto first =
      testing::run_lapaudit("audit --rules " + dir + " --cycle 1MSP-NEXT --format json -", log);
  // Findings stand (exit 1): action 30 has no group before the second cycle, so it is missing.
  EXPECT_EQ(first.exit_code, 1) << first.err << first.out;
  rapidjson::Document report;
  report.Parse(first.out.c_str());
  ASSERT_TRUE(report.IsObject()) << first.out;
  EXPECT_EQ(report["groups"].Size(), 2u);  // survivor-assistance comes with the second cycle
  EXPECT_STREQ(report["actions"][1]["status"].GetString(), "meets");  // action 15
  auto second =
      testing::run_lapaudit("audit --rules " + dir + " --cycle 2MSP-NEXT --format json -", log);
  report.Parse(second.out.c_str());
  ASSERT_TRUE(report.IsObject()) << second.out;
  EXPECT_EQ(report["groups"].Size(), 3u);
  EXPECT_STREQ(report["actions"][2]["status"].GetString(), "meets");  // action 30
  // The Lausanne Action Plan's period is outside this plan's term: refused, with both dates.
  auto outside =
      testing::run_lapaudit("audit --rules " + dir + " --from 2024-01-01 --to 2024-12-31 -", log);
  EXPECT_EQ(outside.exit_code, 2);
  EXPECT_NE(outside.err.find("the period 2024-01-01 to 2024-12-31 lies outside the action plan "
                             "of this rule set: the Invented Next Action Plan is in force from "
                             "2026-10-01 to 2031-09-30"),
            std::string::npos)
      << outside.err;
}

}  // namespace
}  // namespace lapaudit
