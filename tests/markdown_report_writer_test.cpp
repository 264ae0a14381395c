// SPDX-License-Identifier: Apache-2.0
// The Markdown report: what a focal point pastes into the Progress Report must read as written,
// whatever the activity log holds, and render as CommonMark tables and lists.

#include "report/markdown_report_writer.hpp"

#include <gtest/gtest.h>

#include <cstdlib>
#include <regex>

#include "test_util.hpp"

namespace lapaudit {
namespace {

using testing::audit_json;

// victim-assistance logs 28 (which clearance carries in the 12MSP cycle, so it covers it for no
// group); cooperation covers 39 with a hostile title.
const char* kLog = R"([
  {"id": "va-1", "date": "2024-03-01", "title": "Survivors' network | women <b>leaders</b>",
   "groups": ["victim-assistance"], "actions": [28], "gender_marker": 2},
  {"id": "co|1", "date": "2024-04-01", "title": "Line one\nline two *not bold*",
   "groups": ["cooperation", "gso"], "actions": [39, 4], "gender_marker": 1}
])";

std::string markdown_of(const char* log) {
  Audit audit = audit_json(log);
  return write_markdown_report(audit.report, EvidenceIndex(audit.report, audit.log.activities));
}

bool has_program(const char* name) {
  return std::system(("command -v " + std::string(name) + " >/dev/null 2>&1").c_str()) == 0;
}

// Renders `markdown` with `command` (reading a file of this process and test) and returns the
// HTML.
std::string render(const std::string& command, const std::string& markdown) {
  std::string path =
      testing::temp_path(std::string("markdown-") +
                         ::testing::UnitTest::GetInstance()->current_test_info()->name() + ".md");
  testing::write_file(path, markdown);
  std::string html = path + ".html";
  EXPECT_EQ(std::system((command + " '" + path + "' > '" + html + "'").c_str()), 0);
  return testing::read_file(html);
}

// A work plan of two items, one done and one missing, with markup in its texts.
PlanSection plan_with_markup() {
  PlanSection plan;
  plan.name = "Plan | 2024";
  plan.path = "plan.json";
  plan.start = *Date::parse("2023-09-15");
  plan.tracks = {{"silos", "Breaking *the* silos"}};
  PlanItemResult done;
  done.id = "q1";
  done.title = "Meet <the> ISU";
  done.track = "silos";
  done.kind = "meeting";
  done.due_text = "2024-Q1";
  done.status = PlanItemStatus::kDone;
  done.fulfilled_by = "va-1";
  done.fulfilled_on = Date::parse("2024-03-01");
  PlanItemResult missing = done;
  missing.id = "q2";
  missing.title = "Side event";
  missing.due_text = "2024-Q2";
  missing.status = PlanItemStatus::kMissing;
  missing.fulfilled_by = "";
  missing.fulfilled_on.reset();
  missing.groups = {"gso", "clearance"};
  plan.items = {done, missing};
  return plan;
}

TEST(MarkdownReportWriterTest, TextEscapesEveryMarkupCharacter) {
  EXPECT_EQ(markdown_text("a|b <i>x</i> *y* _z_ `c` [l](u) \\ #1 ~s~"),
            "a\\|b \\<i\\>x\\</i\\> \\*y\\* \\_z\\_ \\`c\\` \\[l\\](u) \\\\ \\#1 \\~s\\~");
}

TEST(MarkdownReportWriterTest, AmpersandIsEscapedOnlyBeforeAnEntity) {
  EXPECT_EQ(markdown_text("A & B &amp; &#60;"), "A & B \\&amp; \\&\\#60;");
}

TEST(MarkdownReportWriterTest, TextStartingWithAListOrHeadingMarkerStaysText) {
  EXPECT_EQ(markdown_text("- not a list"), "\\- not a list");
  EXPECT_EQ(markdown_text("+ not a list"), "\\+ not a list");
  EXPECT_EQ(markdown_text("==="), "\\===");
  EXPECT_EQ(markdown_text("12. Meeting"), "12\\. Meeting");
  EXPECT_EQ(markdown_text("3) Meeting"), "3\\) Meeting");
  EXPECT_EQ(markdown_text("    code? no"), "code? no");
  EXPECT_EQ(markdown_text("2024-03-01 to 2024-04-01"), "2024-03-01 to 2024-04-01");
  EXPECT_EQ(markdown_text("a - b 1. c"), "a - b 1. c");
}

TEST(MarkdownReportWriterTest, LineBreaksInATitleBecomeSpaces) {
  EXPECT_EQ(markdown_text("one\ntwo\r\nthree\tfour"), "one two three four");
}

TEST(MarkdownReportWriterTest, OpensWithPeriodRuleSetAndSummary) {
  Audit audit = audit_json(kLog);
  std::string markdown = write_markdown_report(audit.report);
  EXPECT_EQ(
      markdown.substr(0, markdown.find("\n\n## ")),
      "# Gender audit, 2024-03-01 to 2024-04-01\n\n"
      "Rule set: CCM Lausanne Action Plan 2021-2026: gender audit (built-in rule set) "
      "(ccm-lap-gender, " +
          testing::default_rules().digest +
          ")\n\n"
          "Working groups and their actions as in force on 2024-04-01 (cycle 12MSP), the "
          "period's last day.\n\n"
          "Records: 2 read, 2 accepted, 0 rejected, 0 outside the period. Links of actions to "
          "working groups: 16, 10 of them inferred by the rule set rather than stated by a "
          "source.\n\n"
          "**1 of 9 gender-relevant actions meets the bar; 5 working groups recorded no "
          "gender-related activity.** Findings: " +
          std::to_string(audit.report.findings.size()) + ".");
}

TEST(MarkdownReportWriterTest, ActionFindingIsListedUnderTheGroupThatLacksIt) {
  std::string markdown = markdown_of(kLog);
  auto heading = markdown.find("### Victim Assistance (victim-assistance)");
  ASSERT_NE(heading, std::string::npos) << markdown;
  auto next = markdown.find("\n### ", heading + 1);
  std::string section = markdown.substr(heading, next - heading);
  EXPECT_NE(section.find("Action 31 (Victim assistance): no gender-related activity"),
            std::string::npos)
      << section;
  EXPECT_EQ(section.find("Action 39"), std::string::npos) << section;
}

TEST(MarkdownReportWriterTest, EvidenceShowsDateIdAndEscapedTitle) {
  std::string markdown = markdown_of(kLog);
  EXPECT_NE(markdown.find("    - 2024-03-01, va-1: Survivors' network \\| women "
                          "\\<b\\>leaders\\</b\\>\n"),
            std::string::npos)
      << markdown;
  EXPECT_NE(markdown.find("    - 2024-04-01, co\\|1: Line one line two \\*not bold\\*\n"),
            std::string::npos)
      << markdown;
}

TEST(MarkdownReportWriterTest, RendersAsCommonMarkWithoutRawHtml) {
  if (!has_program("cmark")) {
    GTEST_SKIP() << "cmark is not installed (Debian package cmark; scripts/setup.sh installs "
                    "it): the Markdown report was not rendered";
  }
  std::string html = render("cmark --unsafe", markdown_of(kLog));
  EXPECT_EQ(html.find("<b>"), std::string::npos) << html;
  EXPECT_EQ(html.find("<em>"), std::string::npos) << html;
  EXPECT_NE(html.find("<li>2024-03-01, va-1: Survivors' network | women &lt;b&gt;leaders&lt;/b&gt;"
                      "</li>"),
            std::string::npos)
      << html;
  EXPECT_NE(html.find("<h2>Working groups</h2>"), std::string::npos);
}

TEST(MarkdownReportWriterTest, TablesKeepTheirColumnsInGitHubMarkdown) {
  if (!has_program("cmark-gfm")) {
    GTEST_SKIP() << "cmark-gfm is not installed (Debian package cmark-gfm; scripts/setup.sh "
                    "installs it): the Markdown tables were not rendered";
  }
  Audit audit = audit_json(kLog);
  audit.report.inputs[0].path = "log | with <pipes>.json";
  std::string html = render("cmark-gfm --unsafe -e table", write_markdown_report(audit.report));
  EXPECT_NE(html.find("<td>log | with &lt;pipes&gt;.json</td>"), std::string::npos) << html;
  std::smatch match;
  std::string rest = html;
  std::regex row(R"(<tr>([\s\S]*?)</tr>)");
  std::size_t rows = 0;
  while (std::regex_search(rest, match, row)) {
    std::string cells = match[1].str();
    auto count = [&](const std::string& tag) {
      std::size_t n = 0;
      for (auto at = cells.find(tag); at != std::string::npos; at = cells.find(tag, at + 1)) ++n;
      return n;
    };
    std::size_t width = count("<td") + count("<th");
    EXPECT_TRUE(width == 6 || width == 5) << match[1].str();
    rest = match.suffix();
    ++rows;
  }
  EXPECT_EQ(rows, 1u + 9u + 1u + 8u + 1u + 1u);
}

TEST(MarkdownReportWriterTest, WorkPlanSectionListsEveryItemWithWhatDidIt) {
  Audit audit = audit_json(kLog);
  audit.report.plan = plan_with_markup();
  std::string markdown =
      write_markdown_report(audit.report, EvidenceIndex(audit.report, audit.log.activities));
  auto plan = markdown.find("## Work plan: Plan \\| 2024\n\n");
  ASSERT_NE(plan, std::string::npos) << markdown;
  EXPECT_LT(plan, markdown.find("## Findings"));
  EXPECT_NE(markdown.find("Items: 1 done, 0 late, 0 open, 1 missing.\n"), std::string::npos);
  EXPECT_NE(
      markdown.find("| 2024-Q1 | Breaking \\*the\\* silos | q1: Meet \\<the\\> ISU | done | "
                    "va-1 on 2024-03-01: Survivors' network \\| women \\<b\\>leaders\\</b\\> |\n"),
      std::string::npos)
      << markdown;
  EXPECT_NE(markdown.find("| 2024-Q2 | Breaking \\*the\\* silos | q2: Side event | missing | needs "
                          "a gender-related meeting with gso, clearance |\n"),
            std::string::npos)
      << markdown;
}

TEST(MarkdownReportWriterTest, NoWorkPlanSectionWithoutAPlan) {
  EXPECT_EQ(markdown_of(kLog).find("## Work plan"), std::string::npos);
}

}  // namespace
}  // namespace lapaudit
