// lapaudit rules: the rule set in plain words, for a reader who wants to know what the audit
// checks before trusting it: the actions and who carries them, the groups, partners, cycles,
// and each rule with its kind, severities and description.

#include <memory>

#include "cli_support.hpp"
#include "commands.hpp"
#include "output_file.hpp"
#include "text_report_writer.hpp"
#include "text_util.hpp"

namespace lapaudit::cli {
namespace {

struct RulesOptions {
  std::string rules_dir;
  std::string output;
};

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

void write_actions(std::string& out, const RuleSet& rules) {
  out += "\nGender-relevant actions of the " + rules.plan_name + " (actions " +
         std::to_string(rules.first_action) + "-" + std::to_string(rules.last_action) + ")\n";
  for (const auto& action : rules.actions) {
    out += "  " + fit(std::to_string(action.id), 4) + action.section + ": " + action.summary +
           "\n      responsible: " + join(action.responsible) + "\n";
  }
}

void write_named(std::string& out, const std::string& title, const auto& entries) {
  out += "\n" + title + "\n";
  for (const auto& entry : entries) out += "  " + fit(entry.id, 25) + entry.name + "\n";
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

std::string describe_rule_set(const RuleSet& rules) {
  std::string out = "Rule set: " + rules.name + " (" + rules.title + ")";
  if (!rules.version.empty()) out += ", version " + rules.version;
  out += "\nDigest: " + rules.digest + "\n";
  write_actions(out, rules);
  write_named(out, "Working groups", rules.groups);
  write_named(out, "Partners", rules.partners);
  write_cycles(out, rules);
  write_rules(out, rules);
  return out;
}

int run_rules_command(const RulesOptions& options) {
  CommonOptions common;
  common.rules_dir = options.rules_dir;
  auto rules = load_rules(common);
  if (!rules) return kExitError;
  return write_output(options.output, describe_rule_set(*rules)) ? kExitClean : kExitError;
}

}  // namespace

Command add_rules_command(CLI::App& app) {
  auto options = std::make_shared<RulesOptions>();
  CLI::App* command = app.add_subcommand(
      "rules",
      "The rule set in plain words: gender-relevant actions, working groups, partners, cycles "
      "and every rule the audit runs, with its severity and description");
  command
      ->add_option("--rules", options->rules_dir,
                   "Rule set folder (default: the rule set built into lapaudit)")
      ->type_name("DIR");
  command
      ->add_option("-o,--output", options->output,
                   "Write the listing to FILE (default: standard output)")
      ->type_name("FILE");
  return {command, [options] { return run_rules_command(*options); }};
}

}  // namespace lapaudit::cli
