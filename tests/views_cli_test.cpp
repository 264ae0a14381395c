// SPDX-License-Identifier: Apache-2.0
// End to end: gaps, explain, graph and diff, the real lapaudit binary on the bundled fixtures,
// compared with golden outputs under tests/golden/views/.

#include <gtest/gtest.h>

#include <cstdlib>

#include "test_util.hpp"

namespace lapaudit {
namespace {

using testing::expect_golden;
using testing::run_lapaudit;

const char* kTwelfth = "--cycle 12MSP fixtures/ccm-12msp.json";

TEST(ViewsCliTest, GapsTextMatchesGolden) {
  auto result = run_lapaudit(std::string("gaps --group victim-assistance ") + kTwelfth);
  EXPECT_EQ(result.exit_code, 1) << result.err;
  expect_golden(result.out, "tests/golden/views/gaps-victim-assistance-12msp.txt");
}

TEST(ViewsCliTest, GapsJsonMatchesGolden) {
  auto result = run_lapaudit(std::string("gaps --group transparency --format json ") + kTwelfth);
  EXPECT_EQ(result.exit_code, 1) << result.err;
  expect_golden(result.out, "tests/golden/views/gaps-transparency-12msp.json");
}

TEST(ViewsCliTest, GapsOfAGroupWithNothingAgainstItExitsZero) {
  auto result = run_lapaudit(std::string("gaps --group gso ") + kTwelfth);
  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_NE(result.out.find("Findings: 0\n"), std::string::npos) << result.out;
  EXPECT_NE(result.out.find("Next steps\n  none: nothing stands against the group\n"),
            std::string::npos);
}

TEST(ViewsCliTest, GapsOfAnUnknownGroupListsTheKnownOnes) {
  auto result = run_lapaudit(std::string("gaps --group victims ") + kTwelfth);
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_EQ(result.out, "");
  EXPECT_EQ(result.err,
            "lapaudit: unknown group \"victims\", did you mean \"victim-assistance\"? (groups: "
            "clearance, cooperation, gso, national-implementation, stockpile, transparency, "
            "universalization, victim-assistance)\n");
}

TEST(ViewsCliTest, GapsOfTheSiloFixtureShowTheSilo) {
  auto result = run_lapaudit(
      "gaps --group victim-assistance --cycle 12MSP fixtures/silo-victim-assistance.json");
  EXPECT_EQ(result.exit_code, 1) << result.err;
  expect_golden(result.out, "tests/golden/views/gaps-silo-victim-assistance.txt");
}

TEST(ViewsCliTest, GapsWithWorkPlanAndWaiversMatchesGolden) {
  auto result =
      run_lapaudit(std::string("gaps --group stockpile --plan fixtures/workplan-2023-2024.json "
                               "--waivers fixtures/waivers-12msp.json ") +
                   kTwelfth);
  EXPECT_EQ(result.exit_code, 1) << result.err;
  expect_golden(result.out, "tests/golden/views/gaps-stockpile-12msp-plan-waivers.txt");
}

TEST(ViewsCliTest, GapsWhoseOnlyFindingIsWaivedExitsZero) {
  std::string waivers = testing::temp_path("gaps-waivers.json");
  testing::write_file(waivers, R"({"waivers": [{"rule": "group-silo",
    "subject": {"kind": "group", "id": "victim-assistance"},
    "reason": "A joint meeting with the Gender Focal Points is set for October.",
    "expires": "2025-09-18"}, {"rule": "track1-joint-with-gso",
    "subject": {"kind": "group", "id": "victim-assistance"},
    "reason": "A joint meeting with the Gender Focal Points is set for October.",
    "expires": "2025-09-18"}]})");
  auto result = run_lapaudit("gaps --group victim-assistance --cycle 12MSP --waivers " + waivers +
                             " fixtures/silo-victim-assistance.json");
  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_NE(result.out.find("\nFindings: 2 (2 waived)\n"), std::string::npos) << result.out;
  EXPECT_NE(result.out.find("\nNext steps\n  none: every finding about the group is waived\n"),
            std::string::npos);
  EXPECT_NE(result.out.find("waived: A joint meeting with the Gender Focal Points is set for "
                            "October.\n"),
            std::string::npos);
}

TEST(ViewsCliTest, GapsAsMarkdownHoldsTheGroupAlone) {
  auto result =
      run_lapaudit(std::string("gaps --group victim-assistance --format markdown ") + kTwelfth);
  EXPECT_EQ(result.exit_code, 1) << result.err;
  EXPECT_NE(result.out.find("\n| victim-assistance | Victim Assistance | approaches |"),
            std::string::npos)
      << result.out;
  EXPECT_EQ(result.out.find("\n| national-implementation |"), std::string::npos) << result.out;
  EXPECT_EQ(result.out.find("Action 23"), std::string::npos) << result.out;
}

TEST(ViewsCliTest, AuditOfTheSiloFixtureHasOnlyTheSiloFinding) {
  auto result =
      run_lapaudit("audit --cycle 12MSP --format json fixtures/silo-victim-assistance.json");
  EXPECT_EQ(result.exit_code, 1) << result.err;
  EXPECT_NE(result.out.find(R"("silos": [{
      "group": "victim-assistance",
      "hub": "gso",
      "joined_with": []
    }])"),
            std::string::npos)
      << result.out;
  EXPECT_NE(result.out.find("\"id\": \"group-silo/group/victim-assistance\""), std::string::npos);
  EXPECT_EQ(result.out.find("group-coverage/"), std::string::npos);
}

// The Gender Focal Points' notes in German (issue 23): a German gender term counts the
// activity; "Frau" (Mrs) in an ordinary note does not.
TEST(ViewsCliTest, GermanActivityIsGenderRelated) {
  std::string log = "[" +
                    testing::activity_json("de-1", "2024-03-05", "[\"victim-assistance\"]",
                                           ", \"actions\": [31], \"description\": \"Daten nach "
                                           "Geschlecht aufgeschlüsselt\"") +
                    ", " +
                    testing::activity_json("de-2", "2024-03-06", "[\"victim-assistance\"]",
                                           ", \"actions\": [31], \"description\": \"Treffen "
                                           "mit Frau Schmidt\"") +
                    "]";
  auto result = run_lapaudit("explain --action 31 --cycle 12MSP -", log);
  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_NE(result.out.find("Activities that list action 31: 2 (1 counted)"), std::string::npos)
      << result.out;
  EXPECT_NE(result.out.find("term \"nach Geschlecht aufgeschlüsselt\" in the description"),
            std::string::npos)
      << result.out;
}

TEST(ViewsCliTest, ExplainActionMatchesGolden) {
  auto result = run_lapaudit(std::string("explain --action 31 ") + kTwelfth);
  EXPECT_EQ(result.exit_code, 0) << result.err;
  expect_golden(result.out, "tests/golden/views/explain-action-31-12msp.txt");
}

TEST(ViewsCliTest, ExplainGroupMatchesGolden) {
  auto result = run_lapaudit("explain --group stockpile fixtures/ccm-12msp.json --cycle 12MSP");
  EXPECT_EQ(result.exit_code, 0) << result.err;
  expect_golden(result.out, "tests/golden/views/explain-group-stockpile-12msp.txt");
}

TEST(ViewsCliTest, ExplainShowsAWaiverOfAFinding) {
  auto result = run_lapaudit(
      std::string("explain --action 31 --waivers fixtures/waivers-12msp.json ") + kTwelfth);
  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_NE(result.out.find("(rule sadd-victim-assistance)\n      waived: 12msp-012 was a meeting "
                            "on national disability frameworks"),
            std::string::npos)
      << result.out;
}

TEST(ViewsCliTest, ExplainNeedsASubject) {
  auto result = run_lapaudit(std::string("explain ") + kTwelfth);
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_EQ(result.err, "lapaudit: explain needs a subject: --action N or --group ID\n");
}

TEST(ViewsCliTest, GraphDotMatchesGolden) {
  auto result = run_lapaudit(std::string("graph ") + kTwelfth);
  EXPECT_EQ(result.exit_code, 0) << result.err;
  expect_golden(result.out, "tests/golden/views/graph-12msp.dot");
}

TEST(ViewsCliTest, GraphJsonOfTheRuleSetAloneMatchesGolden) {
  auto result = run_lapaudit("graph --format json");
  EXPECT_EQ(result.exit_code, 0) << result.err;
  expect_golden(result.out, "tests/golden/views/graph-rules.json");
}

TEST(ViewsCliTest, GraphWithActivitiesRendersWithGraphviz) {
  if (std::system("command -v dot >/dev/null 2>&1") != 0) {
    GTEST_SKIP() << "Graphviz `dot` is not installed (Debian package graphviz; "
                    "scripts/setup.sh installs it): the DOT output was not rendered";
  }
  std::string dot = testing::temp_path("views-graph.dot");
  std::string svg = dot + ".svg";
  auto result = run_lapaudit(std::string("graph --activities -o ") + dot + " " + kTwelfth);
  ASSERT_EQ(result.exit_code, 0) << result.err;
  ASSERT_EQ(std::system(("dot -Tsvg '" + dot + "' -o '" + svg + "'").c_str()), 0);
  std::string picture = testing::read_file(svg);
  EXPECT_NE(picture.find("<svg"), std::string::npos);
  EXPECT_NE(picture.find("transparency"), std::string::npos);
  EXPECT_NE(picture.find("12msp&#45;020"), std::string::npos);
}

class DiffCliTest : public ::testing::Test {
 protected:
  void SetUp() override {
    old_report_ = testing::temp_path("diff-12msp.json");
    new_report_ = testing::temp_path("diff-13msp.json");
    ASSERT_EQ(
        run_lapaudit("audit --cycle 12MSP fixtures/ccm-12msp.json --format json -o " + old_report_)
            .exit_code,
        1);
    ASSERT_EQ(
        run_lapaudit("audit --cycle 13MSP fixtures/ccm-13msp.json --format json -o " + new_report_)
            .exit_code,
        1);
  }
  std::string old_report_;
  std::string new_report_;
};

TEST_F(DiffCliTest, TextBetweenTheTwoCyclesMatchesGolden) {
  auto result = run_lapaudit("diff " + old_report_ + " " + new_report_);
  EXPECT_EQ(result.exit_code, 0) << result.err;
  expect_golden(result.out, "tests/golden/views/diff-12msp-13msp.txt");
}

TEST_F(DiffCliTest, JsonBetweenTheTwoCyclesMatchesGolden) {
  auto result = run_lapaudit("diff --format json " + old_report_ + " " + new_report_);
  EXPECT_EQ(result.exit_code, 0) << result.err;
  expect_golden(result.out, "tests/golden/views/diff-12msp-13msp.json");
}

TEST_F(DiffCliTest, RefusesAnActivityLogWithAClearMessage) {
  auto result = run_lapaudit("diff " + old_report_ + " fixtures/ccm-13msp.json");
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_EQ(result.out, "");
  EXPECT_EQ(result.err,
            "lapaudit: fixtures/ccm-13msp.json:1:1: this is not a lapaudit report: it has no "
            "\"schema\" naming one (lapaudit diff compares reports written by lapaudit audit "
            "--format json)\n");
}

TEST_F(DiffCliTest, RefusesAnUnknownSchemaVersion) {
  std::string path = testing::temp_path("diff-v9.json");
  std::string text = testing::read_file(new_report_);
  text.replace(text.find("lapaudit/report/v1"), 18, "lapaudit/report/v9");
  testing::write_file(path, text);
  auto result = run_lapaudit("diff " + old_report_ + " " + path);
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_EQ(result.err, "lapaudit: " + path +
                            ":2:13: report schema \"lapaudit/report/v9\" is not one this "
                            "lapaudit reads (it reads lapaudit/report/v1); compare it with the "
                            "lapaudit that wrote it\n");
}

}  // namespace
}  // namespace lapaudit
