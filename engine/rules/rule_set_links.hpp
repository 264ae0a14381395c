// SPDX-License-Identifier: Apache-2.0
#pragma once

// The rule set loader's part that reads and checks who carries what: the plan's sections, each
// action's "responsible" list, and the cycles groups and links are limited to. Links are read
// first and resolved once every file is loaded (a link may name a group or cycle defined in a
// later file). Used by rule_set_loader only.

#include <map>
#include <string>
#include <utility>
#include <vector>

#include "load/json_fields.hpp"
#include "model/rule_set.hpp"
#include "util/error.hpp"

namespace lapaudit {

// Where each link and each limited group was written, to name it in a problem found later.
struct LinkPlaces {
  std::map<std::pair<std::string, std::size_t>, Error> links;  // (owner, index) -> place
  std::map<std::string, Error> groups;                         // group id -> its entry
  std::map<int, Error> actions;                                // action id -> its entry
  std::string sections_file;                                   // the file that lists sections
};

// Reads the "responsible" list of `item` (an action or a section, named `owner` in messages):
// each entry a group id (stated, by `owner_source`) or an object {group, from_cycle, to_cycle,
// basis, source | reason}. The group "*" stands for every group.
std::vector<Responsibility> read_responsible(JsonFields& fields, const rapidjson::Value& item,
                                             const std::string& pointer, const std::string& owner,
                                             const std::string& owner_source, bool required,
                                             LinkPlaces& places);

// Reads the "sections" list: {id, name, first, last, responsible}.
void load_sections(JsonFields& fields, const rapidjson::Value& root, RuleSet& rules,
                   LinkPlaces& places);

// Reads a group's optional "from_cycle", "to_cycle" and "source".
void read_group_cycles(JsonFields& fields, const rapidjson::Value& item, const std::string& pointer,
                       WorkingGroup& group, LinkPlaces& places);

// Once every file is read: gives actions without links their section's, expands "*", turns
// cycle names into dates, limits each link to its group's cycles, and checks that every group
// and cycle named exists, that sections cover the plan without overlap and that no group is
// listed twice for the same cycles. Problems are appended to `errors`.
void resolve_links(RuleSet& rules, LinkPlaces& places, Errors& errors);

}  // namespace lapaudit
