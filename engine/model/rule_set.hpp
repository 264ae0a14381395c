// SPDX-License-Identifier: Apache-2.0
#pragma once

// The rule set: the action plan, the working groups, partners, cycles, the gender lexicon and
// the checks to run. It is data (rules/*.json), loaded by rule_set_loader; nothing in the
// engine knows a particular action or group.

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "util/date.hpp"
#include "util/error.hpp"

namespace lapaudit {

// Whether a link of the rule set (an action carried by a group) is stated by a source, such as
// the Convention's own pages, or is a best reading of what the sources say.
enum class Basis { kStated, kInferred };
std::string_view basis_name(Basis basis);  // "stated", "inferred"

// The cycles something is in force for: from the first cycle named to the last, both included
// (an empty name leaves that end open). `dates` is the same stretch in days, worked out by the
// loader from the cycles' dates (an open end is the earliest / latest day there is).
struct CycleSpan {
  std::string from_cycle;
  std::string to_cycle;
  Period dates{Date::from_days(-10000000), Date::from_days(10000000)};

  bool contains(Date day) const { return dates.contains(day); }
  bool limited() const { return !from_cycle.empty() || !to_cycle.empty(); }
};

// One working group's charge of an action, with where that fact comes from.
struct Responsibility {
  std::string group;
  CycleSpan cycles;
  Basis basis = Basis::kStated;
  std::string source;  // stated: the document or page that says it; inferred: the reasoning
};

// A thematic section of the action plan: a range of actions and the groups that coordinate it.
// Every action of the plan lies in one section, so any logged action can be placed.
struct ActionSection {
  std::string id;
  std::string name;
  int first = 0;  // first and last action of the section, both included
  int last = 0;
  std::vector<Responsibility> responsible;  // in rule-set order
};

// A gender-relevant action: the ones the audit rates.
struct PlanAction {
  int id = 0;
  std::string section;     // the section's name
  std::string section_id;  // the section's id; empty in a rule set without sections
  std::string summary;
  std::string source;
  // Every group that carries it in some cycle, with the cycles; an audit sees only the links in
  // force at the end of its period (committee_at).
  std::vector<Responsibility> responsible;

  bool carried_by(std::string_view group) const;
};

struct WorkingGroup {
  std::string id;
  std::string name;
  CycleSpan cycles;    // the cycles the group exists in (open: the plan's whole life)
  std::string source;  // where its creation or end is recorded, when it is limited
};

struct Partner {
  std::string id;
  std::string name;
};

struct Meeting {
  std::string name;
  Date from;
  Date to;
  std::string place;
  std::string dates_note{};  // what is not verified about its dates, in words; or ""
};

struct Cycle {
  std::string name;
  Period period;
  std::optional<Meeting> meeting;
};

struct Lexicon {
  std::vector<std::string> tags;   // gender tags, compared case-insensitively
  std::vector<std::string> terms;  // whole words or phrases, all languages, rule-set order
};

// One configured check. `kind` picks the evaluator; the rest is its configuration.
struct RuleConfig {
  std::string id;
  std::string kind;
  std::string subject;  // what it judges: "action", "group", ...
  std::string description;
  std::map<std::string, double> params;
  std::map<std::string, std::string> text_params{};  // "params" members that are text
  // "params" members that are lists (of text or whole numbers, kept as written: "28")
  std::map<std::string, std::vector<std::string>> list_params{};
  std::map<std::string, std::string> severity;      // status or outcome -> severity
  std::map<std::string, std::string> message;       // status or outcome -> message template
  std::map<std::string, std::string> next_steps{};  // status or outcome -> what to do next
};

// The dates an action plan is in force: from its adoption to the meeting that replaces it.
struct PlanTerm {
  Period dates;
  std::string note;  // what is not verified about them, in words; or ""
};

struct RuleSet {
  std::string name;
  std::string title;
  std::string version;
  std::string digest;  // "sha256:..." over the rule-set files, in load order
  std::string plan_name;
  int first_action = 1;
  int last_action = 1;
  std::optional<PlanTerm> plan_term;  // when the rule set says when its plan is in force
  std::vector<std::string> kinds;
  std::vector<ActionSection> sections;  // sorted by first action; may be empty
  std::vector<PlanAction> actions;      // the gender-relevant actions, sorted by id
  std::vector<WorkingGroup> groups;     // every group of every cycle, sorted by id
  std::vector<Partner> partners;
  std::vector<Cycle> cycles;
  Lexicon lexicon;
  std::vector<RuleConfig> rules;
  // What the rule set allows but likely does not mean (no action to judge, no check to run, a
  // group that carries no action), with the file it is in: the rule set is still used.
  std::vector<Error> warnings;

  const PlanAction* find_action(int id) const;
  const WorkingGroup* find_group(std::string_view id) const;
  const Partner* find_partner(std::string_view id) const;
  const Cycle* find_cycle(const std::string& name) const;
  // The section that holds `action`, or nullptr (no sections, or outside the plan).
  const ActionSection* section_of(int action) const;
  bool in_plan(int action) const { return action >= first_action && action <= last_action; }
};

// "from the 13MSP cycle", "up to the 12MSP cycle", "in every cycle".
std::string span_words(const CycleSpan& span);
// "clearance (up to the 12MSP cycle)": a link's group and, when it is limited, its cycles.
std::string link_words(const Responsibility& link);

}  // namespace lapaudit
