// SPDX-License-Identifier: Apache-2.0
#include "report/rule_set_writer.hpp"

#include <map>

#include "report/json_output.hpp"
#include "report/text_report_writer.hpp"
#include "util/text_util.hpp"

namespace lapaudit {
namespace {

std::string severities(const RuleConfig& rule) {
  std::vector<std::string> parts;
  for (const auto& [outcome, severity] : rule.severity) parts.push_back(outcome + ": " + severity);
  return join(parts);
}

std::string parameters(const RuleConfig& rule) {
  std::vector<std::string> parts;
  for (const auto& [name, value] : rule.params) {
    std::string number = std::to_string(value);
    number.erase(number.find_last_not_of('0') + 1);
    if (number.back() == '.') number.pop_back();
    parts.push_back(name + " " + number);
  }
  for (const auto& [name, value] : rule.text_params) parts.push_back(name + " " + value);
  for (const auto& [name, values] : rule.list_params) parts.push_back(name + " " + join(values));
  return join(parts, "; ");
}

// The links of one action or section, grouped by what they rest on, one line per basis and
// source: "      gso, universalization: inferred: <reason>".
void write_links(std::string& out, const std::vector<Responsibility>& links) {
  std::vector<std::pair<std::string, std::vector<std::string>>> by_source;
  for (const auto& link : links) {
    std::string key = std::string(basis_name(link.basis)) + ": " + link.source;
    auto it = std::find_if(by_source.begin(), by_source.end(),
                           [&](const auto& entry) { return entry.first == key; });
    if (it == by_source.end()) it = by_source.insert(by_source.end(), {key, {}});
    it->second.push_back(link_words(link));
  }
  for (const auto& [key, groups] : by_source) out += "      " + join(groups) + ": " + key + "\n";
}

std::string range(int first, int last) {
  return first == last ? std::to_string(first) : std::to_string(first) + "-" + std::to_string(last);
}

void write_sections(std::string& out, const RuleSet& rules) {
  if (rules.sections.empty()) return;
  out += "\nSections of the " + rules.plan_name + " and who coordinates them\n";
  for (const auto& section : rules.sections) {
    out += "  " + fit(range(section.first, section.last), 7) + section.name + " (" + section.id +
           ")\n";
    write_links(out, section.responsible);
  }
}

void write_actions(std::string& out, const RuleSet& rules) {
  out += "\nGender-relevant actions of the " + rules.plan_name + " (actions " +
         std::to_string(rules.first_action) + "-" + std::to_string(rules.last_action) + ")\n";
  for (const auto& action : rules.actions) {
    out += "  " + fit(std::to_string(action.id), 4) + action.section + ": " + action.summary + "\n";
    write_links(out, action.responsible);
  }
}

void write_groups(std::string& out, const RuleSet& rules) {
  out += "\nWorking groups\n";
  for (const auto& group : rules.groups) {
    out += "  " + fit(group.id, 25) + group.name;
    if (group.cycles.limited()) {
      out += ", " + span_words(group.cycles);
      if (!group.source.empty()) out += " (" + group.source + ")";
    }
    out += "\n";
  }
}

void write_partners(std::string& out, const RuleSet& rules) {
  out += "\nPartners\n";
  for (const auto& partner : rules.partners)
    out += "  " + fit(partner.id, 25) + partner.name + "\n";
}

void write_cycles(std::string& out, const RuleSet& rules) {
  out += "\nCycles\n";
  for (const auto& cycle : rules.cycles) {
    out += "  " + fit(cycle.name, 7) + cycle.period.from.to_string() + " to " +
           cycle.period.to.to_string();
    if (cycle.meeting) {
      out += "; " + cycle.meeting->name + ", " + cycle.meeting->from.to_string() + " to " +
             cycle.meeting->to.to_string();
      if (!cycle.meeting->place.empty()) out += ", " + cycle.meeting->place;
      if (!cycle.meeting->dates_note.empty()) out += " (" + cycle.meeting->dates_note + ")";
    }
    out += "\n";
  }
}

// What a rule judges, in words: "on each group", "on partner unidir", "on each work plan item".
std::string subject_phrase(const RuleConfig& rule) {
  auto partner = rule.text_params.find("partner");
  if (rule.subject == "partner" && partner != rule.text_params.end()) {
    return "on partner " + partner->second;
  }
  if (rule.subject == "cycle") return "on the meeting that ends the cycle";
  if (rule.subject == "plan-item") return "on each work plan item";
  return "on each " + rule.subject;
}

void write_rules(std::string& out, const RuleSet& rules) {
  out += "\nRules: " + std::to_string(rules.rules.size()) + "\n";
  for (const auto& rule : rules.rules) {
    out += "  " + rule.id + "  (kind " + rule.kind;
    if (!rule.subject.empty()) out += ", " + subject_phrase(rule);
    out += ")\n      " + rule.description + "\n";
    std::string params = parameters(rule);
    if (!params.empty()) out += "      parameters: " + params + "\n";
    out += "      severity: " + severities(rule) + "\n";
  }
}

using json_output::Writer;

void json_optional_text(Writer& w, const char* key, const std::string& value) {
  w.Key(key);
  if (value.empty()) {
    w.Null();
  } else {
    json_output::text(w, value);
  }
}

void json_links(Writer& w, const std::vector<Responsibility>& links) {
  w.Key("responsible");
  w.StartArray();
  for (const auto& link : links) {
    w.StartObject();
    w.Key("group");
    json_output::text(w, link.group);
    json_optional_text(w, "from_cycle", link.cycles.from_cycle);
    json_optional_text(w, "to_cycle", link.cycles.to_cycle);
    w.Key("basis");
    json_output::text(w, basis_name(link.basis));
    w.Key("source");
    json_output::text(w, link.source);
    w.EndObject();
  }
  w.EndArray();
}

void json_plan(Writer& w, const RuleSet& rules) {
  w.Key("plan");
  w.StartObject();
  w.Key("name");
  json_output::text(w, rules.plan_name);
  w.Key("first_action");
  w.Int(rules.first_action);
  w.Key("last_action");
  w.Int(rules.last_action);
  if (rules.plan_term) {
    w.Key("in_force");
    w.StartObject();
    w.Key("from");
    json_output::text(w, rules.plan_term->dates.from.to_string());
    w.Key("to");
    json_output::text(w, rules.plan_term->dates.to.to_string());
    json_optional_text(w, "note", rules.plan_term->note);
    w.EndObject();
  }
  w.EndObject();
}

void json_sections(Writer& w, const RuleSet& rules) {
  w.Key("sections");
  w.StartArray();
  for (const auto& section : rules.sections) {
    w.StartObject();
    w.Key("id");
    json_output::text(w, section.id);
    w.Key("name");
    json_output::text(w, section.name);
    w.Key("first");
    w.Int(section.first);
    w.Key("last");
    w.Int(section.last);
    json_links(w, section.responsible);
    w.EndObject();
  }
  w.EndArray();
}

// Every action of the plan: the gender-relevant ones with their own links and summary, the
// others with their section's links.
void json_actions(Writer& w, const RuleSet& rules) {
  w.Key("actions");
  w.StartArray();
  for (int id = rules.first_action; id <= rules.last_action; ++id) {
    const PlanAction* action = rules.find_action(id);
    const ActionSection* section = rules.section_of(id);
    if (action == nullptr && section == nullptr) continue;
    w.StartObject();
    w.Key("id");
    w.Int(id);
    json_optional_text(w, "section", section ? section->id : "");
    w.Key("section_name");
    json_output::text(w, action ? action->section : section->name);
    w.Key("gender_relevant");
    w.Bool(action != nullptr);
    if (action != nullptr) {
      w.Key("summary");
      json_output::text(w, action->summary);
      json_optional_text(w, "source", action->source);
    }
    json_links(w, action ? action->responsible : section->responsible);
    w.EndObject();
  }
  w.EndArray();
}

void json_groups(Writer& w, const RuleSet& rules) {
  w.Key("groups");
  w.StartArray();
  for (const auto& group : rules.groups) {
    w.StartObject();
    w.Key("id");
    json_output::text(w, group.id);
    w.Key("name");
    json_output::text(w, group.name);
    json_optional_text(w, "from_cycle", group.cycles.from_cycle);
    json_optional_text(w, "to_cycle", group.cycles.to_cycle);
    json_optional_text(w, "source", group.source);
    w.EndObject();
  }
  w.EndArray();
}

void json_cycles(Writer& w, const RuleSet& rules) {
  w.Key("cycles");
  w.StartArray();
  for (const auto& cycle : rules.cycles) {
    w.StartObject();
    w.Key("name");
    json_output::text(w, cycle.name);
    w.Key("from");
    json_output::text(w, cycle.period.from.to_string());
    w.Key("to");
    json_output::text(w, cycle.period.to.to_string());
    if (cycle.meeting) {
      w.Key("meeting");
      w.StartObject();
      w.Key("name");
      json_output::text(w, cycle.meeting->name);
      w.Key("from");
      json_output::text(w, cycle.meeting->from.to_string());
      w.Key("to");
      json_output::text(w, cycle.meeting->to.to_string());
      json_optional_text(w, "place", cycle.meeting->place);
      json_optional_text(w, "dates_note", cycle.meeting->dates_note);
      w.EndObject();
    }
    w.EndObject();
  }
  w.EndArray();
}

void json_rules(Writer& w, const RuleSet& rules) {
  w.Key("rules");
  w.StartArray();
  for (const auto& rule : rules.rules) {
    w.StartObject();
    w.Key("id");
    json_output::text(w, rule.id);
    w.Key("kind");
    json_output::text(w, rule.kind);
    json_optional_text(w, "subject", rule.subject);
    w.Key("description");
    json_output::text(w, rule.description);
    w.Key("severity");
    w.StartObject();
    for (const auto& [outcome, severity] : rule.severity) {
      w.Key(outcome.c_str(), static_cast<rapidjson::SizeType>(outcome.size()));
      json_output::text(w, severity);
    }
    w.EndObject();
    w.EndObject();
  }
  w.EndArray();
}

}  // namespace

std::string write_rule_set_text(const RuleSet& rules) {
  std::string out = "Rule set: " + rules.name + " (" + rules.title + ")";
  if (!rules.version.empty()) out += ", version " + rules.version;
  out += "\nDigest: " + rules.digest + "\n";
  if (rules.plan_term) {
    out += "Action plan: the " + rules.plan_name + ", in force from " +
           rules.plan_term->dates.from.to_string() + " to " + rules.plan_term->dates.to.to_string();
    if (!rules.plan_term->note.empty()) out += " (" + rules.plan_term->note + ")";
    out += "\n";
  }
  out +=
      "Each link of an action to a working group is marked stated (a source says it, named) or "
      "inferred (a best reading, with the reasoning).\n";
  write_sections(out, rules);
  write_actions(out, rules);
  write_groups(out, rules);
  write_partners(out, rules);
  write_cycles(out, rules);
  write_rules(out, rules);
  return out;
}

std::string write_rule_set_json(const RuleSet& rules) {
  std::string out;
  json_output::TextStream stream(out);
  Writer w(stream);
  json_output::set_layout(w);
  w.StartObject();
  w.Key("schema");
  w.String("lapaudit/rules/v1");
  w.Key("name");
  json_output::text(w, rules.name);
  w.Key("title");
  json_output::text(w, rules.title);
  w.Key("version");
  json_output::text(w, rules.version);
  w.Key("digest");
  json_output::text(w, rules.digest);
  json_plan(w, rules);
  json_sections(w, rules);
  json_actions(w, rules);
  json_groups(w, rules);
  json_cycles(w, rules);
  json_rules(w, rules);
  w.EndObject();
  out += '\n';
  return out;
}

}  // namespace lapaudit
