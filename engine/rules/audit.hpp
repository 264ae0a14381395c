// SPDX-License-Identifier: Apache-2.0
#pragma once

// Runs one audit: one period over one activity log with one rule set. The engine's entry
// point for every command that judges activities (audit, gaps, explain, graph).

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "model/activity_log.hpp"
#include "model/audit_report.hpp"
#include "model/rule_set.hpp"
#include "rules/coverage_graph.hpp"
#include "rules/gender_classifier.hpp"
#include "rules/waivers.hpp"
#include "rules/work_plan.hpp"
#include "util/error.hpp"

namespace lapaudit {

// The period to audit: a named cycle of the rule set, or explicit ends (both included). An end
// left open is taken from the earliest / latest activity date in the input.
struct PeriodChoice {
  std::optional<std::string> cycle;
  std::optional<Date> from;
  std::optional<Date> to;
};

struct Audit {
  // The rule set with the committee in force on the period's last day (committee_at): the
  // groups and links every status, rule and view of this audit is judged with.
  std::shared_ptr<const RuleSet> rules;
  AuditReport report;
  ActivityLog log;  // in canonical order; its rejections are moved to report.rejected
  std::vector<bool> gender_related;  // one per log.activities, same order
  std::vector<bool> in_period;       // one per log.activities, same order
  CoverageGraph graph;
  GenderClassifier classifier;  // the rule set's, to say why an activity is gender-related

  // Why activity `index` of the log is gender-related or not (worked out again when asked: a
  // large log would need a text per activity to keep them).
  GenderReason reason(std::size_t index) const {
    return classifier.classify(log.activities[index]);
  }

  // Frees what the audit needed to reach its report but writing the report does not (the
  // verdicts and the graph; the report and the log stay), for a caller that only writes it:
  // a large audit then writes its report in less memory. `gender_related`, `in_period` and
  // `graph` are empty afterwards.
  void keep_report_only() {
    std::vector<bool>().swap(gender_related);
    std::vector<bool>().swap(in_period);
    graph.clear();
  }
};

// What an audit may take besides the log: the focal points' work plan (planned vs done, a plan
// section in the report) and accepted findings (waivers). Either may be absent; what they
// point to must outlive the call.
// `today` lets the report warn that the period is not over yet (none when it is not given).
struct AuditInputs {
  const WorkPlan* plan = nullptr;
  const std::vector<Waiver>* waivers = nullptr;
  std::optional<Date> today = std::nullopt;
};

// The report does not depend on the order of inputs or records: the log is put in a canonical
// order first (activities by date and id). The data-quality warnings (rules/data_quality.hpp)
// open the report's warnings; each finding names the rejected records that could change it. Errors
// here are about the choice of period (an unknown cycle, --from after --to, a period wholly outside
// the rule set's action plan).
Result<Audit> run_audit(const RuleSet& rules, ActivityLog log, const PeriodChoice& choice,
                        const std::string& tool_version, const AuditInputs& inputs = {});

}  // namespace lapaudit
