#pragma once

// The rule set: the action plan, the working groups, partners, cycles, the gender lexicon and
// the checks to run. It is data (rules/*.json), loaded by rule_set_loader; nothing in the
// engine knows a particular action or group.

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "date.hpp"

namespace lapaudit {

struct PlanAction {
  int id = 0;
  std::string section;
  std::string summary;
  std::string source;
  std::vector<std::string> responsible;  // group ids, in rule-set order
};

struct WorkingGroup {
  std::string id;
  std::string name;
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

struct RuleSet {
  std::string name;
  std::string title;
  std::string version;
  std::string digest;  // "sha256:..." over the rule-set files, in load order
  std::string plan_name;
  int first_action = 1;
  int last_action = 1;
  std::vector<std::string> kinds;
  std::vector<PlanAction> actions;   // the gender-relevant actions, sorted by id
  std::vector<WorkingGroup> groups;  // sorted by id
  std::vector<Partner> partners;
  std::vector<Cycle> cycles;
  Lexicon lexicon;
  std::vector<RuleConfig> rules;

  const PlanAction* find_action(int id) const;
  const WorkingGroup* find_group(std::string_view id) const;
  const Partner* find_partner(std::string_view id) const;
  const Cycle* find_cycle(const std::string& name) const;
  bool in_plan(int action) const { return action >= first_action && action <= last_action; }
};

}  // namespace lapaudit
