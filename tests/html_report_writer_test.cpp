// SPDX-License-Identifier: Apache-2.0
// The HTML report: one page a coordinator opens by double-click. Every text from a log must show
// as text, the heat map must say the same as the statuses, and nothing may come from the network.

#include "report/html_report_writer.hpp"

#include <gtest/gtest.h>

#include "report/html_page_assets.hpp"
#include "test_util.hpp"

namespace lapaudit {
namespace {

using testing::audit_json;

const char* kLog = R"([
  {"id": "<img src=x onerror=alert(2)>", "date": "2024-03-01",
   "title": "<script>alert(1)</script> \"quoted\" & 'single'",
   "groups": ["clearance"], "actions": [28], "gender_marker": 2},
  {"id": "co-1", "date": "2024-04-01", "title": "Cooperation on gender",
   "groups": ["cooperation", "gso"], "actions": [39, 4], "gender_marker": 1}
])";

std::string html_of(const char* log) {
  Audit audit = audit_json(log);
  return write_html_report(audit.report, EvidenceIndex(audit.report, audit.log.activities));
}

std::size_t count(const std::string& text, const std::string& part) {
  std::size_t n = 0;
  for (auto at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) ++n;
  return n;
}

// The <td> of the heat map for `action` and `group`, or "".
std::string heat_cell(const std::string& html, int action, const std::string& group) {
  auto row = html.find("<tr data-action=\"" + std::to_string(action) + "\">");
  auto row_end = html.find("</tr>", row);
  for (auto at = html.find("<td class=\"cell", row); at < row_end;
       at = html.find("<td class=\"cell", at + 1)) {
    std::string cell = html.substr(at, html.find("</td>", at) - at);
    if (cell.find("data-group=\"" + group + "\"") != std::string::npos) return cell;
  }
  return "";
}

TEST(HtmlReportWriterTest, EscapeCoversTextAndAttributes) {
  EXPECT_EQ(html_escape("<a href=\"x\">'&'</a>"),
            "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
}

TEST(HtmlReportWriterTest, ScriptInATitleShowsAsText) {
  std::string html = html_of(kLog);
  EXPECT_NE(html.find("<bdi>&lt;script&gt;alert(1)&lt;/script&gt; &quot;quoted&quot; &amp; "
                      "&#39;single&#39;</bdi>"),
            std::string::npos);
  EXPECT_NE(html.find("<bdi>&lt;img src=x onerror=alert(2)&gt;</bdi>"), std::string::npos);
  EXPECT_EQ(count(html, "<script"), 1u);  // the page's own
  EXPECT_EQ(count(html, "<img"), 0u);
}

TEST(HtmlReportWriterTest, HeatMapHasACellForEveryActionAndGroup) {
  std::string html = html_of(kLog);
  EXPECT_EQ(count(html, "<td class=\"cell "), 9u * 8u);
  EXPECT_NE(heat_cell(html, 28, "clearance").find("data-coverage=\"covered\""), std::string::npos);
  EXPECT_NE(heat_cell(html, 28, "victim-assistance").find("data-coverage=\"not-responsible\""),
            std::string::npos);
  EXPECT_NE(heat_cell(html, 31, "victim-assistance").find("data-coverage=\"uncovered\""),
            std::string::npos);
  EXPECT_NE(heat_cell(html, 23, "gso").find("data-coverage=\"not-responsible\""),
            std::string::npos);
  EXPECT_NE(heat_cell(html, 4, "gso").find("title=\"gso, action 4: covered (co-1). Inferred link"),
            std::string::npos)
      << heat_cell(html, 4, "gso");
}

TEST(HtmlReportWriterTest, InferredLinksAreMarkedOnTheCellAndExplainedInPrint) {
  std::string html = html_of(kLog);
  // Action 4 by each of the 8 groups of the 12MSP cycle; 39 and 41 by cooperation.
  EXPECT_EQ(count(html, "<sup class=\"inferred-mark\">*</sup>"), 8u + 2u);
  EXPECT_NE(heat_cell(html, 41, "cooperation").find("class=\"cell uncovered inferred\""),
            std::string::npos);
  EXPECT_EQ(heat_cell(html, 23, "clearance").find("inferred"), std::string::npos);  // stated
  EXPECT_NE(html.find("<li>Action 41, cooperation: By elimination"), std::string::npos);
  EXPECT_NE(html.find("<li>Action 4, every group: The ranges"), std::string::npos);
}

TEST(HtmlReportWriterTest, LegendSaysInSymbolsAndWordsWhatEachColourMeans) {
  std::string html = html_of(kLog);
  EXPECT_NE(html.find("<span class=\"cell covered\" aria-hidden=\"true\">✓</span>covered</li>"),
            std::string::npos);
  EXPECT_NE(html.find("✗</span>responsible, not covered</li>"), std::string::npos);
  EXPECT_NE(html.find("–</span>not responsible</li>"), std::string::npos);
  // Action 4 by 6 groups; 23, 29, 31, 34, 36 and 41 by their one group each.
  EXPECT_EQ(count(html, "<span class=\"sr\"> responsible, not covered</span>"), 6u + 6u);
}

TEST(HtmlReportWriterTest, NeedsNothingFromTheNetwork) {
  std::string html = html_of(kLog);
  EXPECT_EQ(html.find("http://"), std::string::npos);
  EXPECT_EQ(html.find("https://"), std::string::npos);
  EXPECT_EQ(html.find(" src=\""), std::string::npos);
  EXPECT_EQ(html.find("<link"), std::string::npos);
  EXPECT_NE(html.find("default-src 'none'; style-src " + csp_hash(report_page_css()) +
                      "; script-src " + csp_hash(report_page_script())),
            std::string::npos);
}

TEST(HtmlReportWriterTest, CspHashIsTheBase64OfTheSha256) {
  EXPECT_EQ(csp_hash("alert(1)"), "'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='");
}

TEST(HtmlReportWriterTest, GroupRowsCarryTheFilterKey) {
  std::string html = html_of(kLog);
  EXPECT_NE(html.find("<option value=\"victim-assistance\">Victim Assistance "
                      "(victim-assistance)</option>"),
            std::string::npos);
  EXPECT_EQ(count(html, "<tr data-filter-group="), 8u);
}

TEST(HtmlReportWriterTest, PrintsOnA4) {
  std::string html = html_of(kLog);
  EXPECT_NE(html.find("@page { size: A4;"), std::string::npos);
  EXPECT_NE(html.find("@media print"), std::string::npos);
}

TEST(HtmlReportWriterTest, WorkPlanTitlesAreEscaped) {
  Audit audit = audit_json(kLog);
  PlanSection plan;
  plan.name = "<i>Plan</i>";
  plan.start = *Date::parse("2023-09-15");
  PlanItemResult item;
  item.id = "q1";
  item.title = "<script>alert(3)</script>";
  item.kind = "meeting";
  item.due_text = "2024-Q1";
  item.groups = {"gso"};
  plan.items = {item};
  audit.report.plan = plan;
  std::string html = write_html_report(audit.report);
  EXPECT_NE(html.find("<h2>Work plan: &lt;i&gt;Plan&lt;/i&gt;</h2>"), std::string::npos);
  EXPECT_NE(html.find("<td><bdi>q1</bdi>: <bdi>&lt;script&gt;alert(3)&lt;/script&gt;</bdi></td>"
                      "<td class=\"status plan-missing\">missing</td>"),
            std::string::npos)
      << html;
  EXPECT_EQ(count(html, "<script"), 1u);
}

}  // namespace
}  // namespace lapaudit
