// SPDX-License-Identifier: Apache-2.0
#include "report/html_report_writer.hpp"

#include <algorithm>

#include "report/html_page_assets.hpp"
#include "report/report_outline.hpp"
#include "util/text_util.hpp"

namespace lapaudit {
namespace {

// Input-derived text, isolated so that right-to-left titles do not reorder the text around them.
std::string bdi(std::string_view text) { return "<bdi>" + html_escape(text) + "</bdi>"; }

std::string cell(std::string_view tag, std::string_view text, std::string_view attributes = "") {
  std::string out = "<" + std::string(tag);
  if (!attributes.empty()) out += " " + std::string(attributes);
  return out + ">" + std::string(text) + "</" + std::string(tag) + ">";
}

std::string number_cell(std::size_t value) {
  return cell("td", std::to_string(value), "class=\"number\"");
}

std::string status_cell(Status status) {
  std::string name(status_name(status));
  return cell("td", name, "class=\"status status-" + name + "\"");
}

std::string numbers(const std::vector<int>& values) {
  if (values.empty()) return "none";
  return join_numbers(values);
}

struct CoverageLook {
  std::string_view css;
  std::string_view symbol;
  std::string_view words;
};

CoverageLook look_of(Coverage coverage) {
  switch (coverage) {
    case Coverage::kCovered:
      return {"covered", "✓", "covered"};
    case Coverage::kUncovered:
      return {"uncovered", "✗", "responsible, not covered"};
    case Coverage::kNotResponsible:
      return {"not-responsible", "–", "not responsible"};
  }
  return {"not-responsible", "–", "not responsible"};
}

const GroupCover* cover_of(const ActionResult& action, const std::string& group) {
  for (const auto& cover : action.groups) {
    if (cover.group == group) return &cover;
  }
  return nullptr;
}

std::string heat_cell(const ActionResult& action, const GroupResult& group) {
  CoverageLook look = look_of(coverage_of(action, group.id));
  std::string tip =
      group.id + ", action " + std::to_string(action.id) + ": " + std::string(look.words);
  const GroupCover* cover = cover_of(action, group.id);
  if (cover != nullptr && !cover->evidence.empty()) tip += " (" + join(cover->evidence) + ")";
  bool inferred = cover != nullptr && cover->basis == Basis::kInferred;
  std::string mark;
  if (inferred) {
    tip += ". Inferred link, not stated by a source: " + cover->source;
    mark = "<sup class=\"inferred-mark\">*</sup><span class=\"sr\"> (inferred link)</span>";
  }
  return cell("td",
              std::string(look.symbol) + mark + "<span class=\"sr\"> " + std::string(look.words) +
                  "</span>",
              "class=\"cell " + std::string(look.css) + (inferred ? " inferred" : "") +
                  "\" data-group=\"" + html_escape(group.id) + "\" data-coverage=\"" +
                  std::string(look.css) + "\" title=\"" + html_escape(tip) + "\"");
}

void write_head(std::string& out, const AuditReport& report) {
  out += "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n";
  out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
  out += "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src " +
         csp_hash(report_page_css()) + "; script-src " + csp_hash(report_page_script()) + "\">\n";
  out += "<title>Gender audit, " + html_escape(period_text(report)) + "</title>\n";
  out += "<style>" + std::string(report_page_css()) + "</style>\n</head>\n<body>\n";
}

void write_header(std::string& out, const AuditReport& report) {
  out += "<header>\n<h1>Gender audit, " + html_escape(period_text(report)) + "</h1>\n";
  out += "<p class=\"rules\">Rule set: " + html_escape(report.rules_title) + " (" +
         html_escape(report.rules_name) + ", " + html_escape(report.rules_digest) + ")</p>\n";
  if (report.committee) {
    out += "<p class=\"committee\">" + html_escape(committee_text(report)) + ".</p>\n";
  }
  out += "<p class=\"data-counts\">" + html_escape(data_counts_text(report)) + "</p>\n";
  for (const auto& warning : report.warnings) {
    out += "<p class=\"warning\" data-code=\"" + html_escape(warning.code) +
           "\"><strong>Warning:</strong> " + html_escape(warning.message) + "</p>\n";
  }
  out += "<p class=\"summary\"><strong>" + html_escape(summary_sentence(report)) +
         "</strong> Findings: " + findings_count(report) + ".</p>\n</header>\n";
}

void write_filter(std::string& out, const AuditReport& report) {
  out +=
      "<nav class=\"filter no-print\"><label for=\"group-filter\">Show one working group: "
      "</label><select id=\"group-filter\"><option value=\"\">All working groups</option>";
  for (const auto& group : report.groups) {
    out += "<option value=\"" + html_escape(group.id) + "\">" + html_escape(group.name) + " (" +
           html_escape(group.id) + ")</option>";
  }
  out += "</select></nav>\n";
}

void write_legend(std::string& out) {
  out += "<ul class=\"legend\">";
  for (Coverage coverage : {Coverage::kCovered, Coverage::kUncovered, Coverage::kNotResponsible}) {
    CoverageLook look = look_of(coverage);
    out += "<li><span class=\"cell " + std::string(look.css) + "\" aria-hidden=\"true\">" +
           std::string(look.symbol) + "</span>" + std::string(look.words) + "</li>";
  }
  out +=
      "</ul>\n<p class=\"note\">Covered: a gender-related activity of the period lists both "
      "the action and the group. Responsible: the rule set makes the group responsible for "
      "the action.</p>\n";
}

// The inferred links under the heat map, with their reasoning: what the cells' marks say on
// hover, also on paper.
void write_inferred_links(std::string& out, const AuditReport& report) {
  std::vector<std::string> items;
  for (const auto& action : report.actions) {
    std::vector<std::string> seen;  // one reasoning per action, however many groups share it
    for (const auto& cover : action.groups) {
      if (cover.basis != Basis::kInferred ||
          std::find(seen.begin(), seen.end(), cover.source) != seen.end()) {
        continue;
      }
      seen.push_back(cover.source);
      items.push_back("<li>Action " + std::to_string(action.id) + ", " +
                      html_escape(inferred_groups(action)) + ": " + html_escape(cover.source) +
                      "</li>");
    }
  }
  if (items.empty()) return;
  out += "<div class=\"inferred-links\"><p class=\"note\">" + html_escape(kInferredNote) +
         "</p>\n<ul>" + join(items, "") + "</ul></div>\n";
}

void write_heat_map(std::string& out, const AuditReport& report) {
  out += "<section id=\"coverage\">\n<h2>Coverage of the gender-relevant actions</h2>\n";
  write_legend(out);
  out +=
      "<table class=\"heat-map\">\n<thead><tr><th scope=\"col\">Action</th>"
      "<th scope=\"col\">Status</th>";
  for (const auto& group : report.groups) {
    out += cell("th", "<span>" + html_escape(group.id) + "</span>",
                "scope=\"col\" class=\"group\" data-group=\"" + html_escape(group.id) +
                    "\" title=\"" + html_escape(group.name) + "\"");
  }
  out += "</tr></thead>\n<tbody>\n";
  for (const auto& action : report.actions) {
    out += "<tr data-action=\"" + std::to_string(action.id) + "\">";
    out += cell("th",
                std::to_string(action.id) + " <span class=\"section\">" +
                    html_escape(action.section) + "</span>",
                "scope=\"row\"");
    out += status_cell(action.status);
    for (const auto& group : report.groups) out += heat_cell(action, group);
    out += "</tr>\n";
  }
  out += "</tbody>\n</table>\n";
  write_inferred_links(out, report);
  out += "</section>\n";
}

void write_groups(std::string& out, const AuditReport& report) {
  out += "<section id=\"groups\">\n<h2>Working groups</h2>\n";
  out +=
      "<table class=\"groups\">\n<thead><tr><th scope=\"col\">Group</th><th scope=\"col\">"
      "Working group</th><th scope=\"col\">Status</th><th scope=\"col\">Gender-related "
      "activities</th><th scope=\"col\">Actions carried</th><th scope=\"col\">Uncovered "
      "actions</th></tr></thead>\n<tbody>\n";
  for (const auto& group : report.groups) {
    out += "<tr data-filter-group=\"" + html_escape(group.id) + "\">" +
           cell("td", html_escape(group.id)) + cell("td", html_escape(group.name)) +
           status_cell(group.status) + number_cell(group.gender_activities) +
           cell("td", numbers(group.carried_actions)) +
           cell("td", numbers(group.uncovered_actions)) + "</tr>\n";
  }
  out += "</tbody>\n</table>\n</section>\n";
}

void write_silos(std::string& out, const AuditReport& report) {
  if (report.silos.empty()) return;
  out +=
      "<section id=\"silos\">\n<h2>Silos</h2>\n<p>Working groups that no gender-related "
      "activity of the period joins to " +
      html_escape(report.silos.front().hub) + ", directly or through other groups:</p>\n<ul>\n";
  for (const auto& silo : report.silos) {
    out += "<li data-filter-group=\"" + html_escape(silo.group) + "\">" + html_escape(silo.group) +
           ": not joined to " + html_escape(silo.hub) + "; joined to " +
           (silo.joined_with.empty() ? "no other group" : html_escape(join(silo.joined_with))) +
           "</li>\n";
  }
  out += "</ul>\n</section>\n";
}

std::string plan_row(const PlanSection& plan, const PlanItemResult& item,
                     const EvidenceIndex& evidence) {
  std::string name(plan_status_name(item.status));
  std::string outcome = html_escape(plan_outcome(item));
  const EvidenceActivity* activity = item.fulfilled_on ? evidence.find(item.fulfilled_by) : nullptr;
  if (activity != nullptr) outcome += ": " + bdi(activity->title);
  return "<tr>" + cell("td", html_escape(item.due_text)) +
         cell("td", html_escape(track_name(plan, item.track))) +
         cell("td", bdi(item.id) + ": " + bdi(item.title)) +
         cell("td", name, "class=\"status plan-" + name + "\"") + cell("td", outcome) + "</tr>\n";
}

void write_plan(std::string& out, const AuditReport& report, const EvidenceIndex& evidence) {
  if (!report.plan) return;
  const PlanSection& plan = *report.plan;
  out += "<section id=\"plan\">\n<h2>Work plan: " + html_escape(plan.name) + "</h2>\n<p>From " +
         plan.start.to_string() + " (plan file " + bdi(plan.path) +
         "). Items: " + plan_summary(plan) + ".</p>\n";
  out +=
      "<table class=\"plan\">\n<thead><tr><th scope=\"col\">Due</th><th scope=\"col\">Track"
      "</th><th scope=\"col\">Item</th><th scope=\"col\">Status</th><th scope=\"col\">Done "
      "by, or what it needs</th></tr></thead>\n<tbody>\n";
  for (const auto& item : plan.items) out += plan_row(plan, item, evidence);
  out += "</tbody>\n</table>\n</section>\n";
}

void write_waivers(std::string& out, const AuditReport& report) {
  if (!report.waivers) return;
  out +=
      "<section id=\"waivers\">\n<h2>Waivers</h2>\n<table class=\"waivers\">\n<thead><tr>"
      "<th scope=\"col\">Waiver</th><th scope=\"col\">Rule</th><th scope=\"col\">Subject</th>"
      "<th scope=\"col\">Reason</th><th scope=\"col\">What became of it</th></tr></thead>\n"
      "<tbody>\n";
  for (const auto& note : *report.waivers) {
    out += "<tr>" + cell("td", bdi(note.place.file + ":" + std::to_string(note.place.line))) +
           cell("td", html_escape(note.rule)) +
           cell("td", html_escape(note.subject.kind + " " + note.subject.id)) +
           cell("td", html_escape(note.reason)) + cell("td", html_escape(waiver_outcome(note))) +
           "</tr>\n";
  }
  out += "</tbody>\n</table>\n</section>\n";
}

void write_evidence(std::string& out, const Finding& finding, const EvidenceIndex& evidence) {
  if (finding.evidence.empty()) return;
  out += "<p>Evidence:</p><ul class=\"evidence\">";
  for (const auto& id : finding.evidence) {
    const EvidenceActivity* activity = evidence.find(id);
    if (activity == nullptr) {
      out += "<li>activity " + bdi(id) + "</li>";
    } else {
      out += "<li><time>" + html_escape(activity->date) + "</time> " + bdi(id) + ": " +
             bdi(activity->title) + "</li>";
    }
  }
  out += "</ul>";
}

void write_finding(std::string& out, const Finding& finding, const EvidenceIndex& evidence) {
  out += "<li class=\"finding severity-" + html_escape(finding.severity) +
         "\"><p><span "
         "class=\"severity\">" +
         html_escape(finding.severity) + "</span>" + html_escape(finding.message) +
         " <span class=\"rule-name\">(rule " + html_escape(finding.rule) + ")</span></p>";
  if (finding.rejected_total > 0) {
    out += "<p class=\"rejected-could-change\"><strong>" +
           html_escape(rejected_links_text(finding)) + "</strong></p>";
  }
  if (finding.waived) {
    out += "<p class=\"waived\">Waived: " + html_escape(finding.waiver_reason) + "</p>";
  }
  if (!finding.next_step.empty()) {
    out += "<p class=\"next-step\">Next step: " + html_escape(finding.next_step) + "</p>";
  }
  write_evidence(out, finding, evidence);
  out += "</li>\n";
}

void write_findings(std::string& out, const AuditReport& report, const EvidenceIndex& evidence) {
  out += "<section id=\"findings\">\n<h2>Findings (" + findings_count(report) +
         ")</h2>\n"
         "<p class=\"note\">An action's finding is listed under each responsible group that has "
         "not covered the action.</p>\n";
  for (const auto& entry : findings_by_group(report)) {
    out += "<section class=\"finding-group\" data-filter-group=\"" + html_escape(entry.group) +
           "\">\n<h3>";
    out += entry.group.empty() ? std::string("Findings not about one working group")
                               : html_escape(entry.name) + " (" + html_escape(entry.group) + ")";
    out += "</h3>\n<ul class=\"findings\">\n";
    for (const Finding* finding : entry.findings) write_finding(out, *finding, evidence);
    out += "</ul>\n</section>\n";
  }
  out += "</section>\n";
}

void write_rejected(std::string& out, const AuditReport& report) {
  if (report.rejected.empty()) return;
  out +=
      "<h3>Rejected records</h3>\n<table class=\"rejected\">\n<thead><tr><th scope=\"col\">"
      "File</th><th scope=\"col\">Line</th><th scope=\"col\">Id</th><th scope=\"col\">Reason"
      "</th></tr></thead>\n<tbody>\n";
  for (const auto& rejection : report.rejected) {
    out += "<tr>" + cell("td", bdi(rejection.place.file)) +
           number_cell(static_cast<std::size_t>(rejection.place.line)) +
           cell("td", rejection.id.empty() ? std::string("(no id)") : bdi(rejection.id)) +
           cell("td", html_escape(rejection.reason)) + "</tr>\n";
  }
  out += "</tbody>\n</table>\n";
}

void write_inputs(std::string& out, const AuditReport& report) {
  out +=
      "<section id=\"inputs\">\n<h2>Inputs</h2>\n<table class=\"inputs\">\n<thead><tr>"
      "<th scope=\"col\">File</th><th scope=\"col\">Records</th><th scope=\"col\">Accepted</th>"
      "<th scope=\"col\">Rejected</th><th scope=\"col\">Out of period</th></tr></thead>\n"
      "<tbody>\n";
  for (const auto& input : report.inputs) {
    out += "<tr>" + cell("td", bdi(input.path)) + number_cell(input.records) +
           number_cell(input.accepted) + number_cell(input.rejected) +
           number_cell(input.out_of_period) + "</tr>\n";
  }
  out += "</tbody>\n</table>\n";
  write_rejected(out, report);
  out += "</section>\n";
}

}  // namespace

std::string html_escape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

std::string write_html_report(const AuditReport& report, const EvidenceIndex& evidence) {
  std::string out;
  write_head(out, report);
  write_header(out, report);
  write_filter(out, report);
  out += "<main>\n";
  write_heat_map(out, report);
  write_groups(out, report);
  write_silos(out, report);
  write_plan(out, report, evidence);
  write_findings(out, report, evidence);
  write_waivers(out, report);
  write_inputs(out, report);
  out += "</main>\n<footer>Made by lapaudit " + html_escape(report.tool_version) +
         ". Every text that came from an activity log is shown as written.</footer>\n";
  out += "<script>" + std::string(report_page_script()) + "</script>\n</body>\n</html>\n";
  return out;
}

}  // namespace lapaudit
