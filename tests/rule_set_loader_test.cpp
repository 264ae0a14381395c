#include "rule_set_loader.hpp"

#include <gtest/gtest.h>

#include "text_util.hpp"

namespace lapaudit {
namespace {

// The built-in rule set's files, with `name` replaced by `content`.
MemoryFileSource builtin_with(const std::string& name, const std::string& content) {
  MemoryFileSource files;
  for (const char* part : {"ruleset.json", "actions.json", "groups.json", "partners.json",
                           "cycles.json", "lexicon.json", "checks.json"}) {
    std::string path = std::string("r/") + part;
    auto text = builtin_rule_files().read(std::string(kBuiltinRulesDir) + "/" + part);
    files.add(path, part == name ? content : text.value());
  }
  return files;
}

std::vector<std::string> messages(const Errors& errors) {
  std::vector<std::string> out;
  for (const auto& error : errors) out.push_back(error.to_string());
  return out;
}

TEST(RuleSetLoaderTest, BuiltInRuleSetHoldsTheConceptNotesActions) {
  auto rules = load_builtin_rule_set();
  ASSERT_TRUE(rules.ok()) << join(messages(rules.error()), "\n");
  std::vector<int> ids;
  for (const auto& action : rules->actions) ids.push_back(action.id);
  EXPECT_EQ(ids, (std::vector<int>{4, 23, 28, 29, 31, 34, 36, 39, 41}));
  EXPECT_EQ(rules->groups.size(), 8u);
  EXPECT_EQ(rules->find_action(4)->responsible.size(), 8u);
  EXPECT_EQ(rules->find_action(23)->responsible, std::vector<std::string>{"clearance"});
  ASSERT_NE(rules->find_cycle("12MSP"), nullptr);
  EXPECT_EQ(rules->find_cycle("12MSP")->period.from.to_string(), "2023-09-15");
  EXPECT_EQ(rules->find_cycle("12MSP")->period.to.to_string(), "2024-09-13");
  EXPECT_EQ(rules->digest.rfind("sha256:", 0), 0u);
}

TEST(RuleSetLoaderTest, UnknownGroupInTheMapIsNamedWithItsPlace) {
  auto files = builtin_with("groups.json", R"({"groups": [
    {"id": "gso", "name": "GSO"},
    {"id": "clearance", "name": "Clearance"}
  ]})");
  auto rules = load_rule_set(files, "r");
  ASSERT_FALSE(rules.ok());
  auto all = messages(rules.error());
  EXPECT_NE(std::find(all.begin(), all.end(),
                      "r/actions.json:16:22: action 28 is assigned to unknown group "
                      "\"victim-assistance\" (groups: gso, clearance)"),
            all.end())
      << join(all, "\n");
}

TEST(RuleSetLoaderTest, UnknownSiloHubIsRefused) {
  auto checks = builtin_rule_files().read(std::string(kBuiltinRulesDir) + "/checks.json").value();
  auto at = checks.find(R"("hub": "gso")");
  ASSERT_NE(at, std::string::npos);
  checks.replace(at, 12, R"("hub": "gs0")");
  auto rules = load_rule_set(builtin_with("checks.json", checks), "r");
  ASSERT_FALSE(rules.ok());
  auto all = join(messages(rules.error()), "\n");
  EXPECT_NE(all.find("parameter \"hub\" names unknown group \"gs0\", did you mean \"gso\"?"),
            std::string::npos)
      << all;
}

TEST(RuleSetLoaderTest, DuplicateActionIsRefused) {
  auto files = builtin_with("actions.json", R"({"actions": [
    {"id": 4, "section": "A", "summary": "s", "responsible": ["gso"]},
    {"id": 4, "section": "B", "summary": "t", "responsible": ["gso"]}
  ]})");
  auto rules = load_rule_set(files, "r");
  ASSERT_FALSE(rules.ok());
  EXPECT_EQ(messages(rules.error()),
            std::vector<std::string>{"r/actions.json:3:12: action 4 is defined twice"});
}

TEST(RuleSetLoaderTest, BadCycleDateIsRefused) {
  auto files = builtin_with("cycles.json", R"({"cycles": [
    {"name": "12MSP", "from": "2023-09-15", "to": "2024-02-30"}
  ]})");
  auto rules = load_rule_set(files, "r");
  ASSERT_FALSE(rules.ok());
  EXPECT_EQ(messages(rules.error()),
            std::vector<std::string>{"r/cycles.json:2:51: field \"to\": \"2024-02-30\" is not a "
                                     "calendar date (YYYY-MM-DD)"});
}

TEST(RuleSetLoaderTest, BrokenJsonNamesFileAndLine) {
  auto files = builtin_with("lexicon.json", "{\"tags\": [\"gender\",\n\"sadd\"\n");
  auto rules = load_rule_set(files, "r");
  ASSERT_FALSE(rules.ok());
  EXPECT_EQ(messages(rules.error())[0],
            "r/lexicon.json:3:1: the JSON is cut short or a comma is missing here (is the file "
            "complete?)");
}

TEST(RuleSetLoaderTest, UnknownRuleKindSuggestsTheKnownOne) {
  auto files = builtin_with("checks.json", R"({"rules": [
    {"id": "x", "kind": "coverag", "subject": "action", "description": "d"}
  ]})");
  auto rules = load_rule_set(files, "r");
  ASSERT_FALSE(rules.ok());
  EXPECT_EQ(messages(rules.error()),
            std::vector<std::string>{"r/checks.json:2:5: rule \"x\": unknown rule kind "
                                     "\"coverag\", did you mean \"coverage\"?"});
}

TEST(RuleSetLoaderTest, MissingDirectoryIsReadable) {
  auto rules = load_rule_set(DiskFileSource(), "/nonexistent/rules");
  ASSERT_FALSE(rules.ok());
  EXPECT_EQ(messages(rules.error())[0],
            "/nonexistent/rules/ruleset.json: cannot be read: No such file or directory");
}

}  // namespace
}  // namespace lapaudit
