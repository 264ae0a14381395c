// SPDX-License-Identifier: Apache-2.0
#include "rules/data_quality.hpp"

#include <algorithm>
#include <cmath>

#include "load/activity_record.hpp"
#include "rules/rule_params.hpp"
#include "util/text_util.hpp"

namespace lapaudit {
namespace {

// Lower case, every run of other characters one space: "Groups (ids)" -> "groups ids".
std::string plain_words(std::string_view text) {
  std::string out;
  for (char c : text) {
    bool letter = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    if (c >= 'A' && c <= 'Z') {
      c = static_cast<char>(c - 'A' + 'a');
      letter = true;
    }
    if (letter) {
      out += c;
    } else if (!out.empty() && out.back() != ' ') {
      out += ' ';
    }
  }
  if (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

std::vector<std::string> words_of(const std::string& text) {
  std::vector<std::string> words;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find(' ', start);
    if (end == std::string::npos) end = text.size();
    words.push_back(text.substr(start, end - start));
    start = end + 1;
  }
  return words;
}

std::string percent(std::size_t part, std::size_t whole) {
  return std::to_string(
             std::lround(100.0 * static_cast<double>(part) / static_cast<double>(whole))) +
         "%";
}

std::string records_word(std::size_t count) {
  return std::to_string(count) + (count == 1 ? " record" : " records");
}

std::optional<ReportWarning> many_rejected(const DataCounts& counts) {
  if (counts.rejected == 0 || counts.rejected * 4 < counts.records) return std::nullopt;
  return ReportWarning{
      "many-rejected",
      std::to_string(counts.rejected) + " of the " + records_word(counts.records) + " read (" +
          percent(counts.rejected, counts.records) + ") were rejected, so this report rests on " +
          std::to_string(counts.accepted) + " accepted " +
          (counts.accepted == 1 ? "record" : "records") +
          " only: its statuses and findings may be wrong. Correct the rejected records (listed "
          "in this report with their line and what is wrong) and run the audit again."};
}

std::optional<ReportWarning> nothing_in_period(const AuditReport& report,
                                               const DataCounts& counts) {
  if (counts.accepted == 0 || counts.out_of_period < counts.accepted || !report.period) {
    return std::nullopt;
  }
  std::string period = report.period->from.to_string() + " to " + report.period->to.to_string();
  if (!report.cycle.empty()) period += " (cycle " + report.cycle + ")";
  return ReportWarning{
      "nothing-in-period",
      "None of the " + records_word(counts.accepted) + " accepted lies in the period " + period +
          ", so every action and working group shows as missing for that reason alone. Check "
          "the period asked for (--cycle, --from, --to) and the dates of the records."};
}

std::optional<ReportWarning> period_not_over(const AuditReport& report, std::optional<Date> today) {
  if (!today || !report.period || !(*today < report.period->to)) return std::nullopt;
  return ReportWarning{"period-not-over",
                       "The period ends on " + report.period->to.to_string() + ", after today (" +
                           today->to_string() +
                           "): activities still to come are not in this report, and statuses "
                           "may rise before the period ends."};
}

ReportWarning ignored_field(const IgnoredField& field, const std::string& resembles) {
  std::string where = field.is_column
                          ? "Column \"" + field.name + "\" in the header row of " + field.file
                          : "Field \"" + field.name + "\" in " + field.file + " (first on line " +
                                std::to_string(field.line) + ")";
  return ReportWarning{
      .code = "ignored-field",
      .message = where + " was ignored: it is not an activity field, but it looks like \"" +
                 resembles + "\". If it holds the " + resembles +
                 " of the activities, rename it \"" + resembles +
                 "\" and run the audit again; until then they are not counted.",
      .field = field.name,
      .resembles = resembles,
      .place = RecordPlace{field.file, field.line}};
}

bool lists(const std::vector<std::string>& items, const std::string& item) {
  return std::find(items.begin(), items.end(), item) != items.end();
}

// Why `rejection` could have changed a finding about action `id` with responsible `groups`, or "".
std::string ties_to_action(const Rejection& rejection, int id,
                           const std::vector<GroupCover>& groups) {
  if (std::find(rejection.actions.begin(), rejection.actions.end(), id) !=
      rejection.actions.end()) {
    return "names action " + std::to_string(id);
  }
  if (!rejection.actions.empty()) return "";
  for (const auto& cover : groups) {
    if (lists(rejection.groups, cover.group)) {
      return "names " + cover.group + " and no action that could be read";
    }
  }
  return "";
}

std::string ties_to_groups(const Rejection& rejection, const std::vector<std::string>& groups) {
  for (const auto& group : groups) {
    if (lists(rejection.groups, group)) return "names " + group;
  }
  return "";
}

std::string ties_to_kind(const Rejection& rejection, const std::string& kind) {
  std::string wanted = plain_words(kind);
  if (wanted.empty()) return "";
  std::string said = " " + plain_words(rejection.kind) + " " + plain_words(rejection.title) + " ";
  if (said.find(" " + wanted + " ") == std::string::npos) return "";
  return "mentions " + wanted;
}

const RuleConfig* rule_of(const RuleSet& rules, const std::string& id) {
  auto found = std::find_if(rules.rules.begin(), rules.rules.end(),
                            [&](const RuleConfig& rule) { return rule.id == id; });
  return found == rules.rules.end() ? nullptr : &*found;
}

std::string ties_to(const Rejection& rejection, const Finding& finding, const AuditReport& report,
                    const RuleConfig* rule) {
  std::string why;
  if (finding.subject.kind == "action") {
    for (const auto& action : report.actions) {
      if (std::to_string(action.id) == finding.subject.id) {
        why = ties_to_action(rejection, action.id, action.groups);
      }
    }
  } else if (finding.subject.kind == "group") {
    why = ties_to_groups(rejection, {finding.subject.id});
  }
  if (why.empty()) why = ties_to_groups(rejection, finding.groups);
  if (why.empty() && rule != nullptr)
    why = ties_to_kind(rejection, text_param(*rule, "activity_kind"));
  return why;
}

}  // namespace

std::string resembled_field(std::string_view name) {
  std::string plain = plain_words(name);
  const auto& fields = activity_field_names();
  std::string joined = plain;
  std::replace(joined.begin(), joined.end(), ' ', '_');
  if (lists(fields, joined)) return joined;  // "Gender marker" as a JSON key
  for (const auto& word : words_of(plain)) {
    for (const auto& field : fields) {
      if (word == field || word + "s" == field || word == field + "s") return field;
    }
  }
  return "";
}

std::vector<ReportWarning> data_quality_warnings(const AuditReport& report,
                                                 const std::vector<IgnoredField>& ignored,
                                                 std::optional<Date> today) {
  DataCounts counts = report.data_counts();
  std::vector<ReportWarning> warnings;
  for (auto warning :
       {many_rejected(counts), nothing_in_period(report, counts), period_not_over(report, today)}) {
    if (warning) warnings.push_back(std::move(*warning));
  }
  for (const auto& field : ignored) {
    std::string resembles = resembled_field(field.name);
    if (!resembles.empty()) warnings.push_back(ignored_field(field, resembles));
  }
  return warnings;
}

void link_rejected_records(AuditReport& report, const RuleSet& rules) {
  if (report.rejected.empty()) return;
  for (auto& finding : report.findings) {
    const RuleConfig* rule = rule_of(rules, finding.rule);
    for (const auto& rejection : report.rejected) {
      std::string why = ties_to(rejection, finding, report, rule);
      if (why.empty()) continue;
      if (++finding.rejected_total <= kMaxRejectedLinks) {
        finding.rejected.push_back(RejectedLink{rejection.place, rejection.id, std::move(why)});
      }
    }
  }
}

}  // namespace lapaudit
