// SPDX-License-Identifier: Apache-2.0
#include "rules/rule_set_links.hpp"

#include <algorithm>

#include "util/text_util.hpp"

namespace lapaudit {
namespace {

constexpr const char* kEveryGroup = "*";

Responsibility read_link_object(JsonFields& fields, const rapidjson::Value& entry,
                                const std::string& at, const std::string& owner,
                                const std::string& owner_source) {
  fields.unknown_fields(entry, at,
                        {"group", "from_cycle", "to_cycle", "basis", "source", "reason"});
  Responsibility link;
  link.group = fields.string(entry, at, "group", true).value_or("");
  link.cycles.from_cycle = fields.string(entry, at, "from_cycle", false).value_or("");
  link.cycles.to_cycle = fields.string(entry, at, "to_cycle", false).value_or("");
  std::string basis = fields.string(entry, at, "basis", true).value_or("stated");
  if (basis == "inferred") {
    link.basis = Basis::kInferred;
    link.source = fields.string(entry, at, "reason", true).value_or("");
    return link;
  }
  if (basis != "stated") {
    fields.error(at + "/basis", owner + ": basis \"" + basis +
                                    "\" is not one of stated (a source says it) or inferred "
                                    "(a best reading, with its \"reason\")");
  }
  link.source = fields.string(entry, at, "source", false).value_or(owner_source);
  if (link.source.empty()) {
    fields.error(at, owner + ": the link to \"" + link.group +
                         "\" is stated, so it needs a \"source\" (the document or page that "
                         "says it)");
  }
  return link;
}

// Sets `span`'s dates from its cycles' names; a problem for an unknown cycle or a span that
// ends before it begins.
void resolve_span(CycleSpan& span, const RuleSet& rules, const Error& place,
                  const std::string& what, Errors& errors) {
  std::vector<std::string> names;
  for (const auto& cycle : rules.cycles) names.push_back(cycle.name);
  auto find = [&](const std::string& name) -> const Cycle* {
    const Cycle* cycle = rules.find_cycle(name);
    if (cycle == nullptr) {
      Error error = place;
      error.message = what + " names unknown cycle \"" + name + "\"" + did_you_mean(name, names) +
                      " (cycles: " + join(names) + ")";
      errors.push_back(std::move(error));
    }
    return cycle;
  };
  if (!span.from_cycle.empty()) {
    if (const Cycle* cycle = find(span.from_cycle)) span.dates.from = cycle->period.from;
  }
  if (!span.to_cycle.empty()) {
    if (const Cycle* cycle = find(span.to_cycle)) span.dates.to = cycle->period.to;
  }
  if (span.dates.to < span.dates.from) {
    Error error = place;
    error.message =
        what + ": from_cycle " + span.from_cycle + " comes after to_cycle " + span.to_cycle;
    errors.push_back(std::move(error));
  }
}

// Limits `span` to `group`'s cycles; false when nothing is left.
bool narrow_to(CycleSpan& span, const CycleSpan& group) {
  if (span.dates.from < group.dates.from) {
    span.dates.from = group.dates.from;
    span.from_cycle = group.from_cycle;
  }
  if (group.dates.to < span.dates.to) {
    span.dates.to = group.dates.to;
    span.to_cycle = group.to_cycle;
  }
  return span.dates.from <= span.dates.to;
}

// Resolves the links of one owner (an action or a section) in place.
void resolve_owner(std::vector<Responsibility>& links, const std::string& owner,
                   const RuleSet& rules, LinkPlaces& places, Errors& errors) {
  std::vector<std::string> group_ids;
  for (const auto& group : rules.groups) group_ids.push_back(group.id);
  std::vector<Responsibility> out;
  for (std::size_t i = 0; i < links.size(); ++i) {
    Responsibility link = links[i];
    auto place_it = places.links.find({owner, i});
    Error place = place_it == places.links.end() ? Error{} : place_it->second;
    resolve_span(link.cycles, rules, place, owner, errors);
    if (link.group == kEveryGroup) {
      for (const auto& group : rules.groups) {
        Responsibility each = link;
        each.group = group.id;
        if (narrow_to(each.cycles, group.cycles)) out.push_back(std::move(each));
      }
      continue;
    }
    const WorkingGroup* group = rules.find_group(link.group);
    if (group == nullptr) {
      place.message = owner + " is assigned to unknown group \"" + link.group + "\"" +
                      did_you_mean(link.group, group_ids) + " (groups: " + join(group_ids) +
                      ", or * for every group)";
      errors.push_back(std::move(place));
      continue;
    }
    std::string asked = span_words(link.cycles);
    if (!narrow_to(link.cycles, group->cycles)) {
      place.message = owner + " is assigned to " + link.group + " " + asked + ", but " +
                      link.group + " exists only " + span_words(group->cycles);
      errors.push_back(std::move(place));
      continue;
    }
    bool twice = std::any_of(out.begin(), out.end(), [&](const Responsibility& other) {
      return other.group == link.group && other.cycles.dates.from <= link.cycles.dates.to &&
             link.cycles.dates.from <= other.cycles.dates.to;
    });
    if (twice) {
      place.message = owner + " lists " + link.group +
                      " twice for the same cycles: list each group once, or give each entry "
                      "its own from_cycle / to_cycle";
      errors.push_back(std::move(place));
      continue;
    }
    out.push_back(std::move(link));
  }
  links = std::move(out);
}

void check_sections_cover_plan(RuleSet& rules, const LinkPlaces& places, Errors& errors) {
  std::sort(rules.sections.begin(), rules.sections.end(),
            [](const ActionSection& a, const ActionSection& b) { return a.first < b.first; });
  int next = rules.first_action;  // the first action not yet placed
  std::vector<std::string> gaps;
  for (std::size_t i = 0; i < rules.sections.size(); ++i) {
    const ActionSection& section = rules.sections[i];
    if (section.first < next && i > 0) {
      errors.push_back(Error{places.sections_file, 0, 0,
                             "sections \"" + rules.sections[i - 1].id + "\" and \"" + section.id +
                                 "\" overlap (an action belongs to one section)"});
    }
    if (section.first > next) {
      gaps.push_back(section.first - 1 == next
                         ? std::to_string(next)
                         : std::to_string(next) + "-" + std::to_string(section.first - 1));
    }
    next = std::max(next, section.last + 1);
  }
  if (next <= rules.last_action) {
    gaps.push_back(next == rules.last_action
                       ? std::to_string(next)
                       : std::to_string(next) + "-" + std::to_string(rules.last_action));
  }
  if (!gaps.empty()) {
    errors.push_back(Error{places.sections_file, 0, 0,
                           "action(s) " + join(gaps) + " lie in no section: every action of the " +
                               "plan (" + std::to_string(rules.first_action) + "-" +
                               std::to_string(rules.last_action) + ") needs one"});
  }
}

}  // namespace

std::vector<Responsibility> read_responsible(JsonFields& fields, const rapidjson::Value& item,
                                             const std::string& pointer, const std::string& owner,
                                             const std::string& owner_source, bool required,
                                             LinkPlaces& places) {
  std::vector<Responsibility> out;
  const rapidjson::Value* list = fields.member(item, pointer, "responsible", required);
  if (list == nullptr) return out;
  std::string here = pointer + "/responsible";
  if (!list->IsArray()) {
    fields.error(here, owner + ": \"responsible\" must be a list of working groups");
    return out;
  }
  for (rapidjson::SizeType i = 0; i < list->Size(); ++i) {
    const rapidjson::Value& entry = (*list)[i];
    std::string at = here + "/" + std::to_string(i);
    Responsibility link;
    if (entry.IsString()) {
      link.group.assign(entry.GetString(), entry.GetStringLength());
      link.source = owner_source;
    } else if (entry.IsObject()) {
      link = read_link_object(fields, entry, at, owner, owner_source);
    } else {
      fields.error(at, owner +
                           ": each entry of \"responsible\" must be a group id or an object "
                           "{group, basis, source or reason, from_cycle, to_cycle}");
      continue;
    }
    places.links.insert_or_assign({owner, out.size()}, fields.error_at(at, ""));
    out.push_back(std::move(link));
  }
  if (out.empty() && list->Size() == 0) {
    fields.error(here, owner + " names no responsible group (\"responsible\" is empty)");
  }
  return out;
}

void load_sections(JsonFields& fields, const rapidjson::Value& root, RuleSet& rules,
                   LinkPlaces& places) {
  places.sections_file = fields.file();
  for (const auto& [item, pointer] : fields.objects(root, "", "sections", true)) {
    fields.unknown_fields(*item, pointer, {"id", "name", "first", "last", "responsible", "source"});
    ActionSection section;
    section.id = fields.string(*item, pointer, "id", true).value_or("");
    section.name = fields.string(*item, pointer, "name", true).value_or(section.id);
    section.first = fields.integer(*item, pointer, "first", true).value_or(0);
    section.last = fields.integer(*item, pointer, "last", true).value_or(0);
    std::string owner = "section \"" + section.id + "\"";
    std::string source = fields.string(*item, pointer, "source", false).value_or("");
    section.responsible = read_responsible(fields, *item, pointer, owner, source, true, places);
    if (section.first > section.last) {
      fields.error(pointer, owner + ": its first action (" + std::to_string(section.first) +
                                ") comes after its last (" + std::to_string(section.last) + ")");
    }
    if (!rules.in_plan(section.first) || !rules.in_plan(section.last)) {
      fields.error(pointer, owner + ": actions " + std::to_string(section.first) + "-" +
                                std::to_string(section.last) + " go beyond the plan (" +
                                std::to_string(rules.first_action) + "-" +
                                std::to_string(rules.last_action) + ")");
    }
    bool twice = std::any_of(rules.sections.begin(), rules.sections.end(),
                             [&](const ActionSection& other) { return other.id == section.id; });
    if (twice) fields.error(pointer + "/id", owner + " is defined twice");
    rules.sections.push_back(std::move(section));
  }
}

void read_group_cycles(JsonFields& fields, const rapidjson::Value& item, const std::string& pointer,
                       WorkingGroup& group, LinkPlaces& places) {
  group.cycles.from_cycle = fields.string(item, pointer, "from_cycle", false).value_or("");
  group.cycles.to_cycle = fields.string(item, pointer, "to_cycle", false).value_or("");
  group.source = fields.string(item, pointer, "source", false).value_or("");
  places.groups.insert_or_assign(group.id, fields.error_at(pointer, ""));
}

void resolve_links(RuleSet& rules, LinkPlaces& places, Errors& errors) {
  for (auto& group : rules.groups) {
    if (!group.cycles.limited()) continue;
    resolve_span(group.cycles, rules, places.groups[group.id], "group \"" + group.id + "\"",
                 errors);
  }
  if (!rules.sections.empty()) check_sections_cover_plan(rules, places, errors);
  for (auto& section : rules.sections) {
    resolve_owner(section.responsible, "section \"" + section.id + "\"", rules, places, errors);
  }
  for (auto& action : rules.actions) {
    std::string owner = "action " + std::to_string(action.id);
    const ActionSection* section = rules.section_of(action.id);
    if (section != nullptr) {
      if (!action.section.empty() && action.section != section->id &&
          action.section != section->name) {
        Error error = places.actions[action.id];
        error.message = owner + " lies in section \"" + section->id + "\" (" +
                        std::to_string(section->first) + "-" + std::to_string(section->last) +
                        "), not \"" + action.section + "\": correct or remove its \"section\"";
        errors.push_back(std::move(error));
      }
      action.section = section->name;
      action.section_id = section->id;
    }
    if (section == nullptr && action.section.empty()) {
      Error error = places.actions[action.id];
      error.message = owner + " names no \"section\", and no section of the rule set holds it";
      errors.push_back(std::move(error));
    }
    if (action.responsible.empty() && section != nullptr) {
      action.responsible = section->responsible;  // already resolved
      continue;
    }
    if (action.responsible.empty()) {
      Error error = places.actions[action.id];
      error.message = owner +
                      " names no responsible group (\"responsible\"), and no section "
                      "holds it to take them from";
      errors.push_back(std::move(error));
      continue;
    }
    resolve_owner(action.responsible, owner, rules, places, errors);
  }
}

}  // namespace lapaudit
