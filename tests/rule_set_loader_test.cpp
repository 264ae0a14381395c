// SPDX-License-Identifier: Apache-2.0
#include "rules/rule_set_loader.hpp"

#include <gtest/gtest.h>

#include "util/text_util.hpp"

namespace lapaudit {
namespace {

// The built-in rule set's files, with `name` replaced by `content`.
MemoryFileSource builtin_with(const std::string& name, const std::string& content) {
  MemoryFileSource files;
  for (const char* part : {"ruleset.json", "sections.json", "actions.json", "groups.json",
                           "partners.json", "cycles.json", "lexicon.json", "checks.json"}) {
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
  EXPECT_EQ(rules->groups.size(), 9u);
  EXPECT_EQ(rules->find_action(4)->responsible.size(), 9u);  // every group, risk-education too
  ASSERT_EQ(rules->find_action(23)->responsible.size(), 1u);
  EXPECT_EQ(rules->find_action(23)->responsible[0].group, "clearance");
  EXPECT_EQ(rules->find_action(23)->responsible[0].basis, Basis::kStated);
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
  for (const char* expected :
       {"r/sections.json:26:8: section \"victim-assistance\" is assigned to unknown group "
        "\"victim-assistance\" (groups: gso, clearance, or * for every group)",
        "r/actions.json:16:8: action 28 is assigned to unknown group \"risk-education\" (groups: "
        "gso, clearance, or * for every group)"}) {
    EXPECT_NE(std::find(all.begin(), all.end(), expected), all.end()) << expected << "\n"
                                                                      << join(all, "\n");
  }
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
    {"id": 4, "summary": "s", "responsible": ["gso"]},
    {"id": 4, "summary": "t", "responsible": ["gso"]}
  ]})");
  auto rules = load_rule_set(files, "r");
  ASSERT_FALSE(rules.ok());
  // (The built-in checks then also name actions this rule set lacks: 28, 29, 31, 34, 36.)
  ASSERT_FALSE(rules.error().empty());
  EXPECT_EQ(messages(rules.error())[0], "r/actions.json:3:12: action 4 is defined twice");
}

TEST(RuleSetLoaderTest, BadCycleDateIsRefused) {
  auto files = builtin_with("cycles.json", R"({"cycles": [
    {"name": "12MSP", "from": "2023-09-15", "to": "2024-02-30"},
    {"name": "13MSP", "from": "2024-09-14", "to": "2025-09-18"}
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

// A message naming a placeholder the rule does not fill would be printed with its braces in
// every report: the rule set is refused, with the names it may use.
TEST(RuleSetLoaderTest, AMessageWithAnUnknownOrUnclosedPlaceholderIsRefused) {
  auto rule = [](const std::string& message) {
    return R"({"rules": [
    {"id": "x", "kind": "coverage", "subject": "action", "description": "d",
     "severity": {"missing": "high", "approaches": "medium"},
     "message": {"missing": ")" +
           message + R"(", "approaches": "Action {action}"}}
  ]})";
  };
  auto unknown = load_rule_set(builtin_with("checks.json", rule("Action {nonexistent}")), "r");
  ASSERT_FALSE(unknown.ok());
  EXPECT_EQ(messages(unknown.error()),
            std::vector<std::string>{
                "r/checks.json:2:5: rule \"x\": the message for \"missing\" names the placeholder "
                "{nonexistent}, which a coverage rule does not fill (it fills: action, section, "
                "summary, count, responsible_count, uncovered_count, uncovered_groups, group, "
                "group_name, uncovered_actions)"});
  auto typo = load_rule_set(builtin_with("checks.json", rule("Action {acton}")), "r");
  ASSERT_FALSE(typo.ok());
  EXPECT_NE(messages(typo.error())[0].find("{acton}, which a coverage rule does not fill, did "
                                           "you mean \"action\"?"),
            std::string::npos)
      << messages(typo.error())[0];
  auto unclosed = load_rule_set(builtin_with("checks.json", rule("Action {action")), "r");
  ASSERT_FALSE(unclosed.ok());
  EXPECT_NE(messages(unclosed.error())[0].find(
                "the message for \"missing\" opens a placeholder with \"{\" that is never "
                "closed with \"}\""),
            std::string::npos)
      << messages(unclosed.error())[0];
  EXPECT_TRUE(
      load_rule_set(builtin_with("checks.json", rule("Action {action} ({section})")), "r").ok());
}

// The built-in file `name` with `from` replaced by `to`.
MemoryFileSource builtin_edited(const std::string& name, const std::string& from,
                                const std::string& to) {
  std::string text = builtin_rule_files().read(std::string(kBuiltinRulesDir) + "/" + name).value();
  std::size_t at = text.find(from);
  EXPECT_NE(at, std::string::npos) << from;
  if (at != std::string::npos) text.replace(at, from.size(), to);
  return builtin_with(name, text);
}

bool has_message_with(const Errors& errors, const std::string& part) {
  return std::any_of(errors.begin(), errors.end(), [&](const Error& error) {
    return error.to_string().find(part) != std::string::npos;
  });
}

TEST(RuleSetLoaderTest, RuleParametersNameOnlyKnownActionsAndGroupsOnce) {
  auto actions = load_rule_set(builtin_edited("checks.json", R"("actions": [28, 29, 31, 34, 36])",
                                              R"("actions": [28, 29, 99, 28])"),
                               "r");
  ASSERT_FALSE(actions.ok());
  EXPECT_TRUE(has_message_with(actions.error(),
                               "parameter \"actions\" names unknown action 99 "
                               "(the rule set's actions: "))
      << join(messages(actions.error()), "\n");
  EXPECT_TRUE(has_message_with(actions.error(), "parameter \"actions\" lists \"28\" twice"))
      << join(messages(actions.error()), "\n");
  auto groups = load_rule_set(
      builtin_edited("checks.json", R"("params": {"min_share": 0.4})",
                     R"("params": {"min_share": 0.4, "groups": ["gso", "gso", "demining"]})"),
      "r");
  ASSERT_FALSE(groups.ok());
  EXPECT_TRUE(has_message_with(groups.error(),
                               "parameter \"groups\" names unknown group "
                               "\"demining\""))
      << join(messages(groups.error()), "\n");
  EXPECT_TRUE(has_message_with(groups.error(), "parameter \"groups\" lists \"gso\" twice"))
      << join(messages(groups.error()), "\n");
}

TEST(RuleSetLoaderTest, BlankTermsAndTagsAreRefused) {
  auto term =
      load_rule_set(builtin_edited("lexicon.json", R"("en": ["gender",)", R"("en": ["  ",)"), "r");
  ASSERT_FALSE(term.ok());
  EXPECT_TRUE(has_message_with(term.error(), "a term is empty or only spaces"))
      << join(messages(term.error()), "\n");
  auto tag = load_rule_set(
      builtin_edited("lexicon.json", R"("tags": ["gender",)", R"("tags": ["", "gender",)"), "r");
  ASSERT_FALSE(tag.ok());
  EXPECT_TRUE(has_message_with(tag.error(), "r/lexicon.json:3:12: a gender tag is empty"))
      << join(messages(tag.error()), "\n");
}

TEST(RuleSetLoaderTest, ARuleSetThatWouldJudgeNothingIsUsableWithWarnings) {
  EXPECT_TRUE(load_builtin_rule_set()->warnings.empty());
  auto rules = load_rule_set(builtin_with("checks.json", R"({"rules": []})"), "r");
  ASSERT_TRUE(rules.ok()) << join(messages(rules.error()), "\n");
  EXPECT_EQ(messages(rules->warnings),
            std::vector<std::string>{"r/checks.json: the list of checks (\"rules\") is empty: the "
                                     "audit will raise no finding"});
}

TEST(RuleSetLoaderTest, MissingDirectoryIsReadable) {
  auto rules = load_rule_set(DiskFileSource(), "/nonexistent/rules");
  ASSERT_FALSE(rules.ok());
  EXPECT_EQ(messages(rules.error())[0],
            "/nonexistent/rules/ruleset.json: cannot be read: No such file or directory");
}

}  // namespace
}  // namespace lapaudit

namespace lapaudit {
namespace {

// The built-in sections.json with `from` replaced by `to`.
MemoryFileSource sections_edited(const std::string& from, const std::string& to) {
  std::string text =
      builtin_rule_files().read(std::string(kBuiltinRulesDir) + "/sections.json").value();
  auto at = text.find(from);
  EXPECT_NE(at, std::string::npos) << from;
  if (at != std::string::npos) text.replace(at, from.size(), to);
  return builtin_with("sections.json", text);
}

bool has_message(const Errors& errors, const std::string& part) {
  return std::any_of(errors.begin(), errors.end(), [&](const Error& error) {
    return error.to_string().find(part) != std::string::npos;
  });
}

TEST(RuleSetLoaderTest, EveryActionOfThePlanNeedsASection) {
  auto rules = load_rule_set(
      sections_edited(R"("first": 38, "last": 42)", R"("first": 39, "last": 41)"), "r");
  ASSERT_FALSE(rules.ok());
  EXPECT_TRUE(has_message(rules.error(),
                          "r/sections.json: action(s) 38, 42 lie in no section: "
                          "every action of the plan (1-50) needs one"))
      << join(messages(rules.error()), "\n");
}

TEST(RuleSetLoaderTest, OverlappingSectionsAreRefused) {
  auto rules = load_rule_set(
      sections_edited(R"("first": 38, "last": 42)", R"("first": 37, "last": 42)"), "r");
  ASSERT_FALSE(rules.ok());
  EXPECT_TRUE(has_message(rules.error(),
                          "sections \"victim-assistance\" and \"cooperation\" "
                          "overlap (an action belongs to one section)"))
      << join(messages(rules.error()), "\n");
}

TEST(RuleSetLoaderTest, AnInferredLinkNeedsItsReasoning) {
  auto rules = load_rule_set(
      sections_edited(R"("basis": "inferred",
        "reason": "By elimination: the actions between)",
                      R"("basis": "inferred", "x": "By elimination: the actions between)"),
      "r");
  ASSERT_FALSE(rules.ok());
  EXPECT_TRUE(has_message(rules.error(), "field \"reason\" is missing"))
      << join(messages(rules.error()), "\n");
}

// The built-in actions.json with `from` replaced by `to`.
MemoryFileSource actions_edited(const std::string& from, const std::string& to) {
  std::string text =
      builtin_rule_files().read(std::string(kBuiltinRulesDir) + "/actions.json").value();
  auto at = text.find(from);
  EXPECT_NE(at, std::string::npos) << from;
  if (at != std::string::npos) text.replace(at, from.size(), to);
  return builtin_with("actions.json", text);
}

TEST(RuleSetLoaderTest, ALinkToAnUnknownCycleIsNamedWithASuggestion) {
  auto rules = load_rule_set(actions_edited(R"("group": "clearance", "to_cycle": "12MSP")",
                                            R"("group": "clearance", "to_cycle": "12-MSP")"),
                             "r");
  ASSERT_FALSE(rules.ok());
  EXPECT_TRUE(has_message(rules.error(),
                          "r/actions.json:14:8: action 28 names unknown cycle "
                          "\"12-MSP\", did you mean \"12MSP\"?"))
      << join(messages(rules.error()), "\n");
}

TEST(RuleSetLoaderTest, ALinkToAGroupBeforeItExistedIsRefused) {
  auto rules = load_rule_set(actions_edited(R"("group": "risk-education", "from_cycle": "13MSP")",
                                            R"("group": "risk-education", "to_cycle": "12MSP")"),
                             "r");
  ASSERT_FALSE(rules.ok());
  EXPECT_TRUE(has_message(rules.error(),
                          "action 28 is assigned to risk-education up to the 12MSP "
                          "cycle, but risk-education exists only from the 13MSP "
                          "cycle"))
      << join(messages(rules.error()), "\n");
}

TEST(RuleSetLoaderTest, AGroupListedTwiceForTheSameCyclesIsRefused) {
  auto rules = load_rule_set(actions_edited(R"("group": "risk-education", "from_cycle": "13MSP")",
                                            R"("group": "clearance", "from_cycle": "12MSP")"),
                             "r");
  ASSERT_FALSE(rules.ok());
  EXPECT_TRUE(has_message(rules.error(), "action 28 lists clearance twice for the same cycles"))
      << join(messages(rules.error()), "\n");
}

TEST(RuleSetLoaderTest, TheBuiltInMapSaysWhatIsStatedAndWhatIsInferred) {
  auto rules = load_builtin_rule_set();
  ASSERT_TRUE(rules.ok());
  const PlanAction* a28 = rules->find_action(28);
  ASSERT_NE(a28, nullptr);
  EXPECT_EQ(a28->section_id, "clearance");
  EXPECT_EQ(a28->section, "Survey, clearance and risk education");
  ASSERT_EQ(a28->responsible.size(), 2u);
  EXPECT_EQ(a28->responsible[0].group, "clearance");
  EXPECT_EQ(a28->responsible[0].cycles.to_cycle, "12MSP");
  EXPECT_EQ(a28->responsible[1].group, "risk-education");
  EXPECT_EQ(a28->responsible[1].basis, Basis::kInferred);
  EXPECT_FALSE(a28->carried_by("victim-assistance"));
  EXPECT_EQ(rules->find_group("clearance")->name, "Clearance and Risk Education");
  EXPECT_EQ(rules->find_cycle("3RC")->meeting->place, "Vientiane, Lao PDR");
  ASSERT_TRUE(rules->plan_term.has_value());
  EXPECT_EQ(rules->plan_term->dates.from.to_string(), "2021-09-20");
}

}  // namespace
}  // namespace lapaudit
