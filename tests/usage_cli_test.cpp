// SPDX-License-Identifier: Apache-2.0
// End to end: what lapaudit says about its own command line (issue 23): a did-you-mean for an
// unknown command or option, option values in any case, and --help in words, not parser types.

#include <gtest/gtest.h>

#include <regex>
#include <sstream>

#include "test_util.hpp"

namespace lapaudit {
namespace {

using testing::run_lapaudit;

const char* kExample = "fixtures/ccm-12msp.json";

std::string with_example(const std::string& args) { return args + " " + kExample; }

TEST(UsageCliTest, UnknownCommandGetsTheNearestCommand) {
  auto result = run_lapaudit(with_example("audti"));
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_EQ(result.out, "");
  EXPECT_EQ(result.err,
            "lapaudit: \"audti\" is not a lapaudit command, did you mean \"audit\"? (commands: "
            "audit, validate, template, gaps, explain, graph, diff, rules, licenses)\n");
}

TEST(UsageCliTest, UnknownCommandFarFromAnyListsTheCommands) {
  auto result = run_lapaudit("report");
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_EQ(result.err,
            "lapaudit: \"report\" is not a lapaudit command (commands: audit, validate, template, "
            "gaps, explain, graph, diff, rules, licenses)\n");
}

TEST(UsageCliTest, NoCommandNamesThem) {
  auto result = run_lapaudit("");
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_EQ(result.err,
            "lapaudit: name a command: audit, validate, template, gaps, explain, graph, diff, "
            "rules, licenses (lapaudit --help lists the commands and options)\n");
}

TEST(UsageCliTest, UnknownOptionGetsTheNearestOption) {
  auto result = run_lapaudit(with_example("audit --cycel 12MSP"));
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_EQ(result.out, "");
  EXPECT_EQ(result.err,
            "lapaudit: audit has no option --cycel, did you mean --cycle? (lapaudit audit --help "
            "lists its options)\n");
}

TEST(UsageCliTest, UnknownOptionOfAnotherCommandAndOfTheLimitsGetsItsNearest) {
  EXPECT_EQ(run_lapaudit(with_example("gaps --cycle 12MSP --gruop gso")).err,
            "lapaudit: gaps has no option --gruop, did you mean --group? (lapaudit gaps --help "
            "lists its options)\n");
  EXPECT_EQ(run_lapaudit(with_example("audit --max-record 10")).err,
            "lapaudit: audit has no option --max-record, did you mean --max-records? (lapaudit "
            "audit --help lists its options)\n");
  EXPECT_EQ(run_lapaudit("--verbos audit").err,
            "lapaudit: audit has no option --verbos, did you mean --verbose? (lapaudit audit "
            "--help lists its options)\n");
}

// A short unknown option is no typo of any: no guess.
TEST(UsageCliTest, UnknownShortOptionGetsNoGuess) {
  auto result = run_lapaudit(with_example("audit -x"));
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_EQ(result.err,
            "lapaudit: audit has no option -x (lapaudit audit --help lists its options)\n");
}

TEST(UsageCliTest, FormatIsReadInAnyCase) {
  for (const char* format : {"HTML", "Markdown", "JSON", "Csv", "TEXT"}) {
    auto result = run_lapaudit(with_example(std::string("audit --cycle 12MSP --format ") + format));
    EXPECT_EQ(result.exit_code, 1) << format << ": " << result.err;
    EXPECT_EQ(result.err, "") << format;
  }
  auto html = run_lapaudit(with_example("audit --cycle 12MSP --format HTML"));
  EXPECT_EQ(html.out.rfind("<!DOCTYPE html>", 0), 0u) << html.out.substr(0, 80);
  EXPECT_EQ(run_lapaudit("template --format JSON").exit_code, 0);
  EXPECT_EQ(run_lapaudit("rules --format Json").exit_code, 0);
  EXPECT_EQ(run_lapaudit(with_example("graph --cycle 12MSP --format DOT")).exit_code, 0);
  EXPECT_EQ(run_lapaudit(with_example("audit --cycle 12MSP --format CSV --csv-table Groups")).err,
            "");
}

TEST(UsageCliTest, CycleIsReadInAnyCase) {
  auto lower = run_lapaudit(with_example("audit --format json --cycle 12msp"));
  auto upper = run_lapaudit(with_example("audit --format json --cycle 12MSP"));
  EXPECT_EQ(lower.exit_code, 1) << lower.err;
  EXPECT_EQ(lower.err, "");
  EXPECT_EQ(lower.out, upper.out);
  EXPECT_EQ(run_lapaudit(with_example("graph --cycle 3rc")).exit_code, 0);
}

TEST(UsageCliTest, GroupIsReadInAnyCase) {
  auto upper = run_lapaudit(with_example("gaps --cycle 12MSP --group VICTIM-ASSISTANCE"));
  auto lower = run_lapaudit(with_example("gaps --cycle 12MSP --group victim-assistance"));
  EXPECT_EQ(upper.exit_code, 1) << upper.err;
  EXPECT_EQ(upper.out, lower.out);
  auto explain = run_lapaudit(with_example("explain --cycle 12MSP --group Stockpile"));
  EXPECT_EQ(explain.exit_code, 0) << explain.err;
}

TEST(UsageCliTest, UnknownFormatSaysWhichAreKnown) {
  auto result = run_lapaudit(with_example("audit --format hmtl"));
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_EQ(result.err,
            "lapaudit: --format \"hmtl\" is not one of text, json, markdown, html, csv, did you "
            "mean \"html\"?\n");
}

TEST(UsageCliTest, BadNumberSaysWhatFits) {
  EXPECT_EQ(run_lapaudit(with_example("audit --max-records 0")).err,
            "lapaudit: --max-records \"0\" is not a whole number of 1 or more\n");
  EXPECT_EQ(run_lapaudit(with_example("audit --max-input-mb lots")).err,
            "lapaudit: --max-input-mb \"lots\" is not a whole number from 1 to 16777216\n");
  EXPECT_EQ(run_lapaudit(with_example("explain --action x")).err,
            "lapaudit: --action \"x\" is not a whole number\n");
}

TEST(UsageCliTest, MissingRequirementSaysWhatToGive) {
  EXPECT_EQ(run_lapaudit(with_example("gaps")).err,
            "lapaudit: gaps needs --group ID: the working group, e.g. victim-assistance\n");
  EXPECT_EQ(run_lapaudit("audit --cycle 12MSP").err,
            "lapaudit: audit needs ACTIVITIES: activity logs (.json, .ndjson, .jsonl, .csv; - "
            "reads standard input)\n");
  EXPECT_EQ(run_lapaudit("audit --cycle").err,
            "lapaudit: --cycle needs a value after it: audit one cycle of the rule set, e.g. "
            "12MSP\n");
  EXPECT_EQ(run_lapaudit(with_example("audit --cycle 12MSP --from 2024-01-01")).err,
            "lapaudit: --cycle and --from cannot be used together: give one of them\n");
}

// Type names that mean something to a programmer only, as CLI11 writes them.
const std::regex kParserWords(
    R"(\b(TEXT|UINT|INT|FLOAT|ENUM|BOOLEAN|POSITIVE|NONNEGATIVE)\b|:\{|\bin \[)");

TEST(UsageCliTest, HelpShowsNoParserTypes) {
  std::vector<std::string> helps = {"--help"};
  auto listed = testing::listed_commands();
  ASSERT_EQ(listed.size(), 9u);
  for (const auto& command : listed) helps.push_back(command + " --help");
  for (const auto& args : helps) {
    auto result = run_lapaudit(args);
    EXPECT_EQ(result.exit_code, 0) << args;
    std::smatch found;
    EXPECT_FALSE(std::regex_search(result.out, found, kParserWords))
        << "lapaudit " << args << " shows \"" << found.str() << "\":\n"
        << result.out;
  }
}

TEST(UsageCliTest, HelpStartsWithExamplesAndExitCodes) {
  auto help = run_lapaudit("--help").out;
  auto examples = help.find("Examples:\n  lapaudit audit --cycle 12MSP ccm-12msp.json\n");
  auto gaps = help.find("  lapaudit gaps --group victim-assistance --cycle 12MSP ccm-12msp.json\n");
  auto codes = help.find("Exit codes:\n  0  ");
  auto usage = help.find("Usage:");
  EXPECT_NE(examples, std::string::npos) << help;
  EXPECT_LT(examples, gaps);
  EXPECT_LT(gaps, codes);
  EXPECT_LT(codes, usage);
  EXPECT_NE(help.find("\n  2  the command could not do its work"), std::string::npos) << help;
}

TEST(UsageCliTest, FormatHelpListsTheFormats) {
  auto help = run_lapaudit("audit --help").out;
  EXPECT_NE(help.find("--format FORMAT "), std::string::npos) << help;
  EXPECT_NE(help.find("Report format: text (the default), json, markdown, html or csv"),
            std::string::npos)
      << help;
}

}  // namespace
}  // namespace lapaudit
