// SPDX-License-Identifier: Apache-2.0
#include "report/report_outline.hpp"

#include <algorithm>

#include "util/text_util.hpp"

namespace lapaudit {
namespace {

bool meets_bar(const ActionResult& action) {
  return action.status == Status::kMeets || action.status == Status::kExceeds;
}

std::string groups_without_activity(const AuditReport& report) {
  auto silent =
      std::count_if(report.groups.begin(), report.groups.end(),
                    [](const GroupResult& group) { return group.gender_activities == 0; });
  if (silent == 0) return "every working group recorded gender-related activity";
  if (silent == 1) return "1 working group recorded no gender-related activity";
  return std::to_string(silent) + " working groups recorded no gender-related activity";
}

// The groups under which an action's finding is listed.
std::vector<std::string> groups_for_action(const AuditReport& report, const std::string& id) {
  auto action =
      std::find_if(report.actions.begin(), report.actions.end(),
                   [&](const ActionResult& result) { return std::to_string(result.id) == id; });
  std::vector<std::string> groups;
  if (action == report.actions.end()) return groups;
  for (const auto& cover : action->groups) {
    if (!cover.covered) groups.push_back(cover.group);
  }
  if (groups.empty()) {
    for (const auto& cover : action->groups) groups.push_back(cover.group);
  }
  return groups;
}

}  // namespace

std::vector<std::string> groups_concerned(const AuditReport& report, const Finding& finding) {
  if (finding.subject.kind == "action") return groups_for_action(report, finding.subject.id);
  if (finding.subject.kind == "group") return {finding.subject.id};
  return finding.groups;
}

std::string summary_sentence(const AuditReport& report) {
  auto meeting = std::count_if(report.actions.begin(), report.actions.end(), meets_bar);
  std::string sentence = std::to_string(meeting) + " of " + std::to_string(report.actions.size()) +
                         " gender-relevant action" + (report.actions.size() == 1 ? "" : "s") +
                         (meeting == 1 ? " meets" : " meet") + " the bar; ";
  return sentence + groups_without_activity(report) + ".";
}

std::string period_text(const AuditReport& report) {
  if (!report.period) return "none (no activity has a date to set it from)";
  std::string text = report.period->from.to_string() + " to " + report.period->to.to_string();
  if (!report.cycle.empty()) text += " (cycle " + report.cycle + ")";
  return text;
}

std::string committee_text(const AuditReport& report) {
  if (!report.committee) return "";
  std::string out =
      "Working groups and their actions as in force on " + report.committee->as_of.to_string();
  if (!report.committee->cycle.empty()) out += " (cycle " + report.committee->cycle + ")";
  if (report.period && report.period->to == report.committee->as_of)
    out += ", the period's last day";
  return out;
}

const char* const kInferredNote =
    "* The link of the action to that working group is inferred (a best reading of the "
    "Convention's documents), not stated by a source; the rule set listing (lapaudit rules) gives "
    "the reasoning.";

std::string inferred_groups(const ActionResult& action) {
  std::vector<std::string> groups;
  for (const auto& cover : action.groups) {
    if (cover.basis == Basis::kInferred) groups.push_back(cover.group);
  }
  if (groups.size() == action.groups.size() && groups.size() > 1) return "every group";
  return join(groups);
}

std::vector<std::string> inferred_link_lines(const AuditReport& report) {
  std::vector<std::string> out;
  for (const auto& action : report.actions) {
    std::string groups = inferred_groups(action);
    if (!groups.empty()) out.push_back("action " + std::to_string(action.id) + ": " + groups);
  }
  return out;
}

Coverage coverage_of(const ActionResult& action, std::string_view group) {
  for (const auto& cover : action.groups) {
    if (cover.group == group) return cover.covered ? Coverage::kCovered : Coverage::kUncovered;
  }
  return Coverage::kNotResponsible;
}

std::vector<FindingsOfGroup> findings_by_group(const AuditReport& report) {
  std::vector<FindingsOfGroup> sorted;
  for (const auto& group : report.groups) sorted.push_back({group.id, group.name, {}});
  FindingsOfGroup others;
  for (const auto& finding : report.findings) {
    bool placed = false;
    for (const auto& group : groups_concerned(report, finding)) {
      auto entry = std::find_if(sorted.begin(), sorted.end(),
                                [&](const FindingsOfGroup& item) { return item.group == group; });
      if (entry == sorted.end()) continue;
      entry->findings.push_back(&finding);
      placed = true;
    }
    if (!placed) others.findings.push_back(&finding);
  }
  std::erase_if(sorted, [](const FindingsOfGroup& item) { return item.findings.empty(); });
  if (!others.findings.empty()) sorted.push_back(std::move(others));
  return sorted;
}

std::string plan_summary(const PlanSection& plan) {
  std::vector<std::string> parts;
  for (auto status : {PlanItemStatus::kDone, PlanItemStatus::kLate, PlanItemStatus::kOpen,
                      PlanItemStatus::kMissing}) {
    auto count =
        std::count_if(plan.items.begin(), plan.items.end(),
                      [status](const PlanItemResult& item) { return item.status == status; });
    parts.push_back(std::to_string(count) + " " + std::string(plan_status_name(status)));
  }
  return join(parts);
}

std::string track_name(const PlanSection& plan, std::string_view id) {
  for (const auto& track : plan.tracks) {
    if (track.id == id && !track.name.empty()) return track.name;
  }
  return std::string(id);
}

std::string plan_outcome(const PlanItemResult& item) {
  if (item.fulfilled_on) return item.fulfilled_by + " on " + item.fulfilled_on->to_string();
  std::string parties = join(item.groups);
  if (!item.partners.empty()) parties += (parties.empty() ? "" : "; ") + join(item.partners);
  std::string out = "needs a gender-related " + item.kind + " with " + parties;
  if (!item.closest.empty()) {
    out += "; closest: " + join(item.closest) + ", without " + join(item.lacking);
  }
  return out;
}

std::string waiver_outcome(const WaiverNote& note) {
  if (note.status == "applied") {
    return "waives " + join(note.findings) + " until " + note.expires.to_string();
  }
  if (note.status == "expired") {
    return "expired on " + note.expires.to_string() + ": " +
           (note.findings.empty() ? std::string("it matches no finding either")
                                  : "no longer waives " + join(note.findings)) +
           "; renew it with a new date or remove it";
  }
  return "unused: no finding of this rule about this subject; remove it";
}

std::string data_counts_text(const AuditReport& report) {
  DataCounts counts = report.data_counts();
  std::string text = "Records: " + std::to_string(counts.records) + " read, " +
                     std::to_string(counts.accepted) + " accepted, " +
                     std::to_string(counts.rejected) + " rejected, " +
                     std::to_string(counts.out_of_period) + " outside the period.";
  text += " Links of actions to working groups: " + std::to_string(counts.links);
  if (counts.inferred_links > 0) {
    text += ", " + std::to_string(counts.inferred_links) +
            " of them inferred by the rule set rather than stated by a source";
  }
  return text + ".";
}

std::string rejected_links_text(const Finding& finding) {
  if (finding.rejected_total == 0) return "";
  std::vector<std::string> records;
  for (const auto& link : finding.rejected) {
    std::string record = link.place.file + ":" + std::to_string(link.place.line);
    if (!link.id.empty()) record += " (\"" + link.id + "\")";
    records.push_back(record + ", which " + link.why);
  }
  std::size_t more = finding.rejected_total - finding.rejected.size();
  if (more > 0) records.push_back(std::to_string(more) + " more");
  bool one = finding.rejected_total == 1;
  return std::string(one ? "A rejected record"
                         : std::to_string(finding.rejected_total) + " rejected records") +
         " could change this finding: " + join(records, "; ") + ". Correct " +
         (one ? "it" : "them") + " and run the audit again.";
}

std::string findings_count(const AuditReport& report) {
  std::size_t unwaived = report.unwaived_findings();
  std::string text = std::to_string(report.findings.size());
  if (unwaived != report.findings.size()) text += " (" + std::to_string(unwaived) + " not waived)";
  return text;
}

}  // namespace lapaudit
