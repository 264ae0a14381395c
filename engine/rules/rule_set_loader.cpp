// SPDX-License-Identifier: Apache-2.0
#include "rules/rule_set_loader.hpp"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <set>

#include "load/json_fields.hpp"
#include "rules/rule_kinds.hpp"
#include "rules/rule_set_links.hpp"
#include "util/text_util.hpp"

namespace lapaudit {
namespace {

const std::set<std::string> kSeverities = {"low", "medium", "high"};

// The state of one load: where files come from, the problems found so far, and what the
// digest covers (every file's name and bytes, in load order).
struct LoadContext {
  const FileSource& files;
  std::string dir;
  Errors& errors;
  std::string digest_input;
  // Group ids named before all groups are known, with the error to give if one is unknown.
  std::vector<std::pair<std::string, Error>> group_references;
  std::vector<std::pair<std::string, Error>> partner_references;  // the same, for partners
  std::vector<std::pair<std::string, Error>> action_references;   // and for action numbers
  LinkPlaces link_places;  // where links and limited groups were written

  std::string path(const std::string& name) const { return dir + "/" + name; }

  std::optional<LocatedJson> open(const std::string& name) {
    auto text = files.read(path(name));
    if (!text) {
      errors.push_back(text.error());
      return std::nullopt;
    }
    digest_input += name + '\n' + text.value() + '\n';
    auto json = scan_json_document(text.value(), path(name));
    if (!json) {
      errors.push_back(json.error());
      return std::nullopt;
    }
    if (!json->document.IsObject()) {
      errors.push_back(Error{path(name), 1, 1, "must hold a JSON object"});
      return std::nullopt;
    }
    return std::move(json.value());
  }
};

std::map<std::string, std::string> read_text_map(JsonFields& fields, const rapidjson::Value& object,
                                                 const std::string& pointer, const char* key) {
  std::map<std::string, std::string> out;
  const rapidjson::Value* value = fields.member(object, pointer, key, false);
  if (value == nullptr) return out;
  if (!value->IsObject()) {
    fields.error(pointer + "/" + key, std::string("field \"") + key + "\" must be an object");
    return out;
  }
  for (const auto& member : value->GetObject()) {
    std::string name = member.name.GetString();
    if (member.value.IsString()) {
      out[name] = member.value.GetString();
    } else {
      fields.error(pointer + "/" + key + "/" + name,
                   std::string("field \"") + key + "." + name + "\" must be text");
    }
  }
  return out;
}

void load_manifest(LoadContext& context, RuleSet& rules, std::vector<std::string>& parts) {
  auto json = context.open(kRuleSetManifest);
  if (!json) return;
  JsonFields fields(*json, context.path(kRuleSetManifest), context.errors);
  const auto& root = json->document;
  rules.name = fields.string(root, "", "name", true).value_or("");
  rules.title = fields.string(root, "", "title", false).value_or(rules.name);
  rules.version = fields.string(root, "", "version", false).value_or("");
  rules.kinds = fields.strings(root, "", "kinds", true).value_or(std::vector<std::string>{});
  parts = fields.strings(root, "", "files", true).value_or(std::vector<std::string>{});
  const rapidjson::Value* plan = fields.member(root, "", "plan", true);
  if (plan == nullptr) return;
  if (!plan->IsObject()) {
    fields.error("/plan", "field \"plan\" must be an object");
    return;
  }
  rules.plan_name = fields.string(*plan, "/plan", "name", true).value_or("");
  rules.first_action = fields.integer(*plan, "/plan", "first_action", true).value_or(1);
  rules.last_action = fields.integer(*plan, "/plan", "last_action", true).value_or(1);
  if (rules.first_action > rules.last_action) {
    fields.error("/plan", "the plan's first_action is after its last_action");
  }
  if (const auto* term = fields.member(*plan, "/plan", "in_force", false)) {
    auto from = fields.date(*term, "/plan/in_force", "from", true);
    auto to = fields.date(*term, "/plan/in_force", "to", true);
    std::string note = fields.string(*term, "/plan/in_force", "note", false).value_or("");
    if (from && to && *to < *from) {
      fields.error("/plan/in_force", "the plan's term ends before it begins");
    } else if (from && to) {
      rules.plan_term = PlanTerm{Period{*from, *to}, note};
    }
  }
}

void load_actions(LoadContext& context, JsonFields& fields, const rapidjson::Value& root,
                  RuleSet& rules) {
  for (const auto& [item, pointer] : fields.objects(root, "", "actions", true)) {
    PlanAction action;
    action.id = fields.integer(*item, pointer, "id", true).value_or(0);
    std::string owner = "action " + std::to_string(action.id);
    // With sections, an action takes its section and, unless it names its own, its groups
    // (resolve_links checks that one or the other is there).
    action.section = fields.string(*item, pointer, "section", false).value_or("");
    action.summary = fields.string(*item, pointer, "summary", true).value_or("");
    action.source = fields.string(*item, pointer, "source", false).value_or("");
    action.responsible =
        read_responsible(fields, *item, pointer, owner, action.source, false, context.link_places);
    context.link_places.actions.insert_or_assign(action.id, fields.error_at(pointer, ""));
    if (action.id != 0 && !rules.in_plan(action.id)) {
      fields.error(pointer + "/id", owner + " is outside the plan (" +
                                        std::to_string(rules.first_action) + "-" +
                                        std::to_string(rules.last_action) + ")");
    }
    if (rules.find_action(action.id) != nullptr) {
      fields.error(pointer + "/id", owner + " is defined twice");
    }
    rules.actions.push_back(std::move(action));
  }
}

void load_groups(LoadContext& context, JsonFields& fields, const rapidjson::Value& root,
                 RuleSet& rules) {
  for (const auto& [item, pointer] : fields.objects(root, "", "groups", true)) {
    WorkingGroup group;
    group.id = fields.string(*item, pointer, "id", true).value_or("");
    group.name = fields.string(*item, pointer, "name", true).value_or(group.id);
    read_group_cycles(fields, *item, pointer, group, context.link_places);
    if (rules.find_group(group.id) != nullptr) {
      fields.error(pointer + "/id", "\"" + group.id + "\" is defined twice");
    }
    rules.groups.push_back(std::move(group));
  }
}

template <class Entry>
void load_named(JsonFields& fields, const rapidjson::Value& root, const char* section,
                std::vector<Entry>& out) {
  for (const auto& [item, pointer] : fields.objects(root, "", section, true)) {
    Entry entry;
    entry.id = fields.string(*item, pointer, "id", true).value_or("");
    entry.name = fields.string(*item, pointer, "name", true).value_or(entry.id);
    bool duplicate = std::any_of(out.begin(), out.end(),
                                 [&](const Entry& other) { return other.id == entry.id; });
    if (duplicate) fields.error(pointer + "/id", "\"" + entry.id + "\" is defined twice");
    out.push_back(std::move(entry));
  }
}

void load_cycles(JsonFields& fields, const rapidjson::Value& root, RuleSet& rules) {
  for (const auto& [item, pointer] : fields.objects(root, "", "cycles", true)) {
    Cycle cycle;
    cycle.name = fields.string(*item, pointer, "name", true).value_or("");
    auto from = fields.date(*item, pointer, "from", true);
    auto to = fields.date(*item, pointer, "to", true);
    if (from && to) {
      cycle.period = Period{*from, *to};
      if (*to < *from) fields.error(pointer, "cycle \"" + cycle.name + "\" ends before it begins");
    }
    if (const auto* meeting = fields.member(*item, pointer, "meeting", false)) {
      std::string here = pointer + "/meeting";
      Meeting m;
      m.name = fields.string(*meeting, here, "name", true).value_or("");
      auto mfrom = fields.date(*meeting, here, "from", true);
      auto mto = fields.date(*meeting, here, "to", true);
      m.place = fields.string(*meeting, here, "place", false).value_or("");
      m.dates_note = fields.string(*meeting, here, "dates_note", false).value_or("");
      if (mfrom && mto) {
        m.from = *mfrom;
        m.to = *mto;
        cycle.meeting = m;
      }
    }
    if (rules.find_cycle(cycle.name) != nullptr) {
      fields.error(pointer + "/name", "cycle \"" + cycle.name + "\" is defined twice");
    }
    rules.cycles.push_back(std::move(cycle));
  }
}

bool is_blank(std::string_view text) {
  return text.find_first_not_of(" \t\r\n") == std::string_view::npos;
}

void load_tags(JsonFields& fields, const rapidjson::Value& root, RuleSet& rules) {
  rules.lexicon.tags = fields.strings(root, "", "tags", true).value_or(std::vector<std::string>{});
  for (std::size_t i = 0; i < rules.lexicon.tags.size(); ++i) {
    if (is_blank(rules.lexicon.tags[i])) {
      fields.error("/tags/" + std::to_string(i), "a gender tag is empty or only spaces");
    }
  }
}

void load_terms(JsonFields& fields, const rapidjson::Value& root, RuleSet& rules) {
  const rapidjson::Value* terms = fields.member(root, "", "terms", true);
  if (terms == nullptr) return;
  if (!terms->IsObject()) {
    fields.error("/terms", "field \"terms\" must be an object of languages, each a list of terms");
    return;
  }
  for (const auto& language : terms->GetObject()) {
    auto list = fields.strings(*terms, "/terms", language.name.GetString(), true);
    for (auto& term : list.value_or(std::vector<std::string>{})) {
      if (is_blank(term)) {
        fields.error(std::string("/terms/") + language.name.GetString(),
                     "a term is empty or only spaces: it would match nothing, or everything");
        continue;
      }
      rules.lexicon.terms.push_back(std::move(term));
    }
  }
}

// A list parameter ("actions": [28, 29]): each element text or a whole number, kept as text.
void read_list_param(JsonFields& fields, const rapidjson::Value::Member& param,
                     const std::string& pointer, RuleConfig& rule) {
  auto& list = rule.list_params[param.name.GetString()];
  rapidjson::SizeType index = 0;
  for (const auto& element : param.value.GetArray()) {
    std::string value;
    if (element.IsString() || element.IsInt()) {
      value = element.IsString() ? element.GetString() : std::to_string(element.GetInt());
      if (std::find(list.begin(), list.end(), value) != list.end()) {
        // A group judged twice would be counted twice.
        fields.error(pointer + "/" + std::to_string(index), std::string("parameter \"") +
                                                                param.name.GetString() +
                                                                "\" lists \"" + value + "\" twice");
      } else {
        list.push_back(std::move(value));
      }
    } else {
      fields.error(pointer + "/" + std::to_string(index),
                   std::string("parameter \"") + param.name.GetString() +
                       "\": each element must be text or a whole number");
    }
    ++index;
  }
}

// The groups and partners a rule's parameters name ("with_group", "hub", "partner"), checked once
// the whole rule set is loaded.
void note_rule_references(LoadContext& context, JsonFields& fields, const RuleConfig& rule,
                          const std::string& pointer) {
  for (const auto& [name, values] : rule.list_params) {
    std::string message = "rule \"" + rule.id + "\": parameter \"" + name + "\" names unknown ";
    for (std::size_t i = 0; i < values.size(); ++i) {
      std::string place = pointer + "/params/" + name + "/" + std::to_string(i);
      if (name == "groups") {
        context.group_references.emplace_back(
            values[i], fields.error_at(place, message + "group \"" + values[i] + "\""));
      } else if (name == "actions") {
        context.action_references.emplace_back(
            values[i], fields.error_at(place, message + "action " + values[i]));
      }
    }
  }
  for (const auto& [name, value] : rule.text_params) {
    std::string message = "rule \"" + rule.id + "\": parameter \"" + name + "\" names unknown ";
    if (name == "with_group" || name == "hub") {
      context.group_references.emplace_back(
          value, fields.error_at(pointer + "/params/" + name, message + "group \"" + value + "\""));
    } else if (name == "partner") {
      context.partner_references.emplace_back(
          value,
          fields.error_at(pointer + "/params/" + name, message + "partner \"" + value + "\""));
    }
  }
}

void load_rules(LoadContext& context, JsonFields& fields, const rapidjson::Value& root,
                RuleSet& rules) {
  for (const auto& [item, pointer] : fields.objects(root, "", "rules", true)) {
    RuleConfig rule;
    rule.id = fields.string(*item, pointer, "id", true).value_or("");
    rule.kind = fields.string(*item, pointer, "kind", true).value_or("");
    rule.subject = fields.string(*item, pointer, "subject", false).value_or("");
    rule.description = fields.string(*item, pointer, "description", true).value_or("");
    rule.severity = read_text_map(fields, *item, pointer, "severity");
    rule.message = read_text_map(fields, *item, pointer, "message");
    rule.next_steps = read_text_map(fields, *item, pointer, "next_steps");
    if (const auto* params = fields.member(*item, pointer, "params", false)) {
      if (!params->IsObject()) {
        fields.error(pointer + "/params", "field \"params\" must be an object");
      } else {
        for (const auto& param : params->GetObject()) {
          if (param.value.IsNumber()) {
            rule.params[param.name.GetString()] = param.value.GetDouble();
          } else if (param.value.IsString()) {
            rule.text_params[param.name.GetString()] = param.value.GetString();
          } else if (param.value.IsArray()) {
            read_list_param(fields, param, pointer + "/params/" + param.name.GetString(), rule);
          } else {
            fields.error(pointer + "/params/" + param.name.GetString(),
                         std::string("parameter \"") + param.name.GetString() +
                             "\" must be a number, text or a list");
          }
        }
      }
    }
    note_rule_references(context, fields, rule, pointer);
    if (!rule.kind.empty()) {
      if (std::string problem = check_rule_config(rule); !problem.empty()) {
        fields.error(pointer, "rule \"" + rule.id + "\": " + problem);
      }
    }
    for (const auto& [outcome, severity] : rule.severity) {
      if (!kSeverities.count(severity)) {
        fields.error(pointer + "/severity/" + outcome, "rule \"" + rule.id + "\": severity \"" +
                                                           severity +
                                                           "\" is not one of low, medium, high");
      }
    }
    bool duplicate = std::any_of(rules.rules.begin(), rules.rules.end(),
                                 [&](const RuleConfig& other) { return other.id == rule.id; });
    if (duplicate) fields.error(pointer + "/id", "rule \"" + rule.id + "\" is defined twice");
    rules.rules.push_back(std::move(rule));
  }
}

// One file of the rule set: an object whose keys are the sections it defines.
void load_part(LoadContext& context, const std::string& name, RuleSet& rules,
               std::map<std::string, std::string>& defined_in) {
  auto json = context.open(name);
  if (!json) return;
  JsonFields fields(*json, context.path(name), context.errors);
  const auto& root = json->document;
  for (const auto& member : root.GetObject()) {
    std::string section = member.name.GetString();
    if (section == "note") continue;
    static const std::vector<std::string> kSections = {"sections", "actions", "groups", "partners",
                                                       "cycles",   "tags",    "terms",  "rules"};
    if (std::find(kSections.begin(), kSections.end(), section) == kSections.end()) {
      fields.error("/" + section, "unknown section \"" + section + "\"" +
                                      did_you_mean(section, kSections) +
                                      " (known: " + join(kSections) + ", note)");
      continue;
    }
    auto [it, first] = defined_in.emplace(section, name);
    if (!first) {
      fields.error("/" + section,
                   "section \"" + section + "\" is already defined in " + it->second);
      continue;
    }
    if (section == "actions") load_actions(context, fields, root, rules);
    if (section == "sections") load_sections(fields, root, rules, context.link_places);
    if (section == "groups") load_groups(context, fields, root, rules);
    if (section == "partners") load_named(fields, root, "partners", rules.partners);
    if (section == "cycles") load_cycles(fields, root, rules);
    if (section == "tags") load_tags(fields, root, rules);
    if (section == "terms") load_terms(fields, root, rules);
    if (section == "rules") load_rules(context, fields, root, rules);
  }
}

void check_cross_references(LoadContext& context, const RuleSet& rules,
                            const std::map<std::string, std::string>& defined_in,
                            bool manifest_read) {
  for (const char* section : {"actions", "groups", "rules"}) {
    if (manifest_read && !defined_in.count(section)) {
      context.errors.push_back(
          Error{context.path(kRuleSetManifest), 0, 0,
                std::string("no file of the rule set defines \"") + section + "\""});
    }
  }
  std::vector<std::string> group_ids;
  for (const auto& group : rules.groups) group_ids.push_back(group.id);
  for (auto& [group, error] : context.group_references) {
    if (rules.find_group(group) != nullptr) continue;
    error.message += did_you_mean(group, group_ids) + " (groups: " + join(group_ids) + ")";
    context.errors.push_back(std::move(error));
  }
  std::vector<std::string> action_ids;
  for (const auto& action : rules.actions) action_ids.push_back(std::to_string(action.id));
  for (auto& [action, error] : context.action_references) {
    if (std::find(action_ids.begin(), action_ids.end(), action) != action_ids.end()) continue;
    error.message += " (the rule set's actions: " + join(action_ids) + ")";
    context.errors.push_back(std::move(error));
  }
  std::vector<std::string> partner_ids;
  for (const auto& partner : rules.partners) partner_ids.push_back(partner.id);
  for (auto& [partner, error] : context.partner_references) {
    if (rules.find_partner(partner) != nullptr) continue;
    error.message += did_you_mean(partner, partner_ids) + " (partners: " + join(partner_ids) + ")";
    context.errors.push_back(std::move(error));
  }
}

// What a rule set allows but most likely does not mean: an audit that would judge nothing.
void note_warnings(const LoadContext& context, const std::map<std::string, std::string>& defined_in,
                   RuleSet& rules) {
  auto file_of = [&](const char* section) {
    auto it = defined_in.find(section);
    return it == defined_in.end() ? std::string() : context.path(it->second);
  };
  if (rules.actions.empty()) {
    rules.warnings.push_back(Error{file_of("actions"), 0, 0,
                                   "the list of gender-relevant actions is empty: the audit "
                                   "will judge no action"});
  }
  if (rules.rules.empty()) {
    rules.warnings.push_back(Error{file_of("rules"), 0, 0,
                                   "the list of checks (\"rules\") is empty: the audit will "
                                   "raise no finding"});
  }
  for (const auto& group : rules.groups) {
    bool carries = std::any_of(rules.actions.begin(), rules.actions.end(), [&](const auto& action) {
      return std::any_of(action.responsible.begin(), action.responsible.end(),
                         [&](const Responsibility& link) { return link.group == group.id; });
    });
    if (carries || rules.actions.empty()) continue;
    rules.warnings.push_back(Error{file_of("groups"), 0, 0,
                                   "working group \"" + group.id +
                                       "\" carries no gender-relevant action: only the checks "
                                       "on groups judge it"});
  }
}

}  // namespace

Result<RuleSet, Errors> load_rule_set(const FileSource& files, const std::string& dir) {
  Errors errors;
  LoadContext context{files, dir, errors, {}, {}, {}, {}, {}};
  RuleSet rules;
  std::vector<std::string> parts;
  load_manifest(context, rules, parts);
  bool manifest_read = errors.empty();
  std::map<std::string, std::string> defined_in;
  for (const auto& part : parts) load_part(context, part, rules, defined_in);
  resolve_links(rules, context.link_places, errors);
  check_cross_references(context, rules, defined_in, manifest_read);
  if (!errors.empty()) return errors;
  auto by_id = [](const auto& a, const auto& b) { return a.id < b.id; };
  std::sort(rules.actions.begin(), rules.actions.end(), by_id);
  std::sort(rules.groups.begin(), rules.groups.end(), by_id);
  rules.digest = sha256_digest(context.digest_input);
  note_warnings(context, defined_in, rules);
  return rules;
}

}  // namespace lapaudit
