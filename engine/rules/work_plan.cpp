// SPDX-License-Identifier: Apache-2.0
#include "rules/work_plan.hpp"

#include <algorithm>

#include "load/json_fields.hpp"
#include "load/json_scanner.hpp"
#include "util/text_util.hpp"

namespace lapaudit {
namespace {

const std::vector<std::string> kPlanFields = {"name", "source", "start", "tracks", "items", "note"};
const std::vector<std::string> kItemFields = {"id",   "title",   "track",  "kind",
                                              "due",  "quarter", "groups", "partners",
                                              "tags", "actions", "note"};

// Checks the id `value` (at `pointer`) against `known`.
void check_id(JsonFields& fields, const std::string& value, const std::string& pointer,
              const std::string& what, const std::vector<std::string>& known) {
  if (std::find(known.begin(), known.end(), value) != known.end()) return;
  std::string hint = did_you_mean(value, known);
  fields.error(pointer, "unknown " + what + " \"" + value + "\"" +
                            (!hint.empty()   ? hint
                             : known.empty() ? " (none is defined)"
                                             : " (" + what + "s: " + join(known) + ")"));
}

void check_ids(JsonFields& fields, const std::vector<std::string>& values,
               const std::string& pointer, const std::string& what,
               const std::vector<std::string>& known) {
  for (std::size_t i = 0; i < values.size(); ++i) {
    check_id(fields, values[i], pointer + "/" + std::to_string(i), what, known);
  }
}

void read_due(JsonFields& fields, const rapidjson::Value& object, const std::string& pointer,
              PlanItem& item) {
  bool has_due = object.HasMember("due");
  bool has_quarter = object.HasMember("quarter");
  if (has_due == has_quarter) {
    fields.error(pointer, "plan item \"" + item.id +
                              "\" needs either \"due\" (YYYY-MM-DD) or "
                              "\"quarter\" (e.g. \"2024-Q1\"), not " +
                              (has_due ? "both" : "neither"));
    return;
  }
  if (has_due) {
    auto due = fields.date(object, pointer, "due", true);
    if (due) item.due = *due;
    item.due_text = due ? due->to_string() : "";
    return;
  }
  auto text = fields.string(object, pointer, "quarter", true);
  if (!text) return;
  auto end = quarter_end(*text);
  if (!end) {
    fields.error(pointer + "/quarter", "field \"quarter\": \"" + *text +
                                           "\" is not a quarter (write it as 2024-Q1 to 2024-Q4)");
    return;
  }
  item.due = *end;
  item.due_text = *text;
}

std::vector<int> read_actions(JsonFields& fields, const rapidjson::Value& object,
                              const std::string& pointer, const RuleSet& rules) {
  std::vector<int> out;
  const rapidjson::Value* value = fields.member(object, pointer, "actions", false);
  if (value == nullptr) return out;
  if (!value->IsArray()) {
    fields.error(pointer + "/actions", "field \"actions\" must be a list of action numbers");
    return out;
  }
  for (rapidjson::SizeType i = 0; i < value->Size(); ++i) {
    const auto& element = (*value)[i];
    std::string here = pointer + "/actions/" + std::to_string(i);
    if (!element.IsInt() || !rules.in_plan(element.GetInt())) {
      fields.error(here, "field \"actions\": " + json_value_text(element) +
                             " is not an action of the " + rules.plan_name + " (" +
                             std::to_string(rules.first_action) + "-" +
                             std::to_string(rules.last_action) + ")");
      continue;
    }
    out.push_back(element.GetInt());
  }
  return out;
}

struct Known {
  std::vector<std::string> groups;
  std::vector<std::string> partners;
  std::vector<std::string> tracks;
  const std::vector<std::string>& kinds;
};

PlanItem read_item(JsonFields& fields, const rapidjson::Value& object, const std::string& pointer,
                   const Known& known, const RuleSet& rules) {
  fields.unknown_fields(object, pointer, kItemFields);
  PlanItem item;
  item.id = fields.string(object, pointer, "id", true).value_or("");
  item.title = fields.string(object, pointer, "title", true).value_or("");
  item.kind = fields.string(object, pointer, "kind", true).value_or("");
  item.track = fields.string(object, pointer, "track", false).value_or("");
  item.groups =
      fields.strings(object, pointer, "groups", false).value_or(std::vector<std::string>{});
  item.partners =
      fields.strings(object, pointer, "partners", false).value_or(std::vector<std::string>{});
  item.tags = fields.strings(object, pointer, "tags", false).value_or(std::vector<std::string>{});
  item.actions = read_actions(fields, object, pointer, rules);
  read_due(fields, object, pointer, item);
  check_ids(fields, item.groups, pointer + "/groups", "group", known.groups);
  check_ids(fields, item.partners, pointer + "/partners", "partner", known.partners);
  if (!item.kind.empty()) check_id(fields, item.kind, pointer + "/kind", "kind", known.kinds);
  if (!item.track.empty()) check_id(fields, item.track, pointer + "/track", "track", known.tracks);
  if (item.groups.empty() && item.partners.empty()) {
    fields.error(pointer, "plan item \"" + item.id +
                              "\" names no group and no partner: say who takes part "
                              "(\"groups\", \"partners\")");
  }
  return item;
}

Known known_ids(const RuleSet& rules, const std::vector<PlanTrack>& tracks) {
  Known known{{}, {}, {}, rules.kinds};
  for (const auto& group : rules.groups) known.groups.push_back(group.id);
  for (const auto& partner : rules.partners) known.partners.push_back(partner.id);
  for (const auto& track : tracks) known.tracks.push_back(track.id);
  return known;
}

void read_plan(JsonFields& fields, const rapidjson::Value& root, const RuleSet& rules,
               WorkPlan& plan) {
  fields.unknown_fields(root, "", kPlanFields);
  plan.name = fields.string(root, "", "name", true).value_or("");
  plan.source = fields.string(root, "", "source", false).value_or("");
  if (auto start = fields.date(root, "", "start", true)) plan.start = *start;
  for (const auto& [track, pointer] : fields.objects(root, "", "tracks", false)) {
    fields.unknown_fields(*track, pointer, {"id", "name", "note"});
    plan.tracks.push_back({fields.string(*track, pointer, "id", true).value_or(""),
                           fields.string(*track, pointer, "name", true).value_or("")});
  }
  Known known = known_ids(rules, plan.tracks);
  for (const auto& [object, pointer] : fields.objects(root, "", "items", true)) {
    PlanItem item = read_item(fields, *object, pointer, known, rules);
    bool duplicate = std::any_of(plan.items.begin(), plan.items.end(),
                                 [&](const PlanItem& other) { return other.id == item.id; });
    if (duplicate) fields.error(pointer + "/id", "plan item \"" + item.id + "\" is listed twice");
    if (!item.due_text.empty() && item.due < plan.start) {
      fields.error(pointer, "plan item \"" + item.id + "\" is due on " + item.due.to_string() +
                                ", before the plan starts (" + plan.start.to_string() + ")");
    }
    plan.items.push_back(std::move(item));
  }
}

// Whether `activity` has what `item` asks besides its parties: its kind, tags and actions.
bool fits(const PlanItem& item, const Activity& activity) {
  if (activity.kind != item.kind) return false;
  for (const auto& tag : item.tags) {
    bool carried =
        std::any_of(activity.tags.begin(), activity.tags.end(),
                    [&](const std::string& own) { return fold_case(own) == fold_case(tag); });
    if (!carried) return false;
  }
  return std::all_of(item.actions.begin(), item.actions.end(), [&](int action) {
    return std::count(activity.actions.begin(), activity.actions.end(), action) > 0;
  });
}

// How many of the item's groups and partners `activity` involves.
std::size_t parties_involved(const PlanItem& item, const Activity& activity) {
  std::size_t count = 0;
  for (const auto& group : item.groups) {
    count += std::count(activity.groups.begin(), activity.groups.end(), group);
  }
  for (const auto& partner : item.partners) {
    count += std::count(activity.partners.begin(), activity.partners.end(), partner);
  }
  return count;
}

std::vector<std::string> lacking_parties(const PlanItem& item, const Activity& activity) {
  std::vector<std::string> out;
  for (const auto& group : item.groups) {
    if (std::count(activity.groups.begin(), activity.groups.end(), group) == 0)
      out.push_back(group);
  }
  for (const auto& partner : item.partners) {
    if (std::count(activity.partners.begin(), activity.partners.end(), partner) == 0) {
      out.push_back(partner);
    }
  }
  return out;
}

PlanItemResult item_result(const PlanItem& item) {
  PlanItemResult result;
  result.id = item.id;
  result.title = item.title;
  result.track = item.track;
  result.kind = item.kind;
  result.due_text = item.due_text;
  result.due = item.due;
  result.groups = item.groups;
  result.partners = item.partners;
  result.tags = item.tags;
  result.actions = item.actions;
  return result;
}

// The first activity of `log` between the plan's start and `last_day` that fulfils `item`, or
// nullptr; meanwhile, in `result`, the closest that involve only some of its parties.
const Activity* first_match(const WorkPlan& plan, const PlanItem& item, const ActivityLog& log,
                            const std::vector<bool>& gender_related, Date last_day,
                            PlanItemResult& result) {
  std::size_t parties = item.groups.size() + item.partners.size();
  std::size_t best_partial = 0;
  for (std::size_t i = 0; i < log.activities.size(); ++i) {
    const Activity& activity = log.activities[i];  // in date order
    if (activity.date < plan.start || last_day < activity.date) continue;
    if (!gender_related[i] || !fits(item, activity)) continue;
    std::size_t involved = parties_involved(item, activity);
    if (involved == parties) return &activity;
    if (involved == 0 || involved < best_partial) continue;
    if (involved > best_partial) result.closest.clear();
    best_partial = involved;
    result.closest.push_back(activity.id);
    if (result.closest.size() == 1) result.lacking = lacking_parties(item, activity);
  }
  return nullptr;
}

PlanItemResult evaluate_item(const WorkPlan& plan, const PlanItem& item, const ActivityLog& log,
                             const std::vector<bool>& gender_related,
                             const std::optional<Period>& period) {
  PlanItemResult result = item_result(item);
  const Activity* match =
      period ? first_match(plan, item, log, gender_related, period->to, result) : nullptr;
  if (match == nullptr) {
    result.status =
        !period || period->to < item.due ? PlanItemStatus::kOpen : PlanItemStatus::kMissing;
    return result;
  }
  result.status = match->date <= item.due ? PlanItemStatus::kDone : PlanItemStatus::kLate;
  result.fulfilled_by = match->id;
  result.fulfilled_on = match->date;
  result.closest.clear();
  result.lacking.clear();
  return result;
}

}  // namespace

std::optional<Date> quarter_end(std::string_view text) {
  if (text.size() != 7 || text.substr(4, 2) != "-Q" || text[6] < '1' || text[6] > '4') {
    return std::nullopt;
  }
  static constexpr const char* kEnds[] = {"-03-31", "-06-30", "-09-30", "-12-31"};
  return Date::parse(std::string(text.substr(0, 4)) + kEnds[text[6] - '1']);
}

Result<WorkPlan, Errors> load_work_plan(std::string_view text, const std::string& file,
                                        const RuleSet& rules) {
  auto json = scan_json_document(text, file);
  if (!json) return Errors{json.error()};
  if (!json->document.IsObject()) {
    return Errors{Error{file, 1, 1,
                        "a work plan must be a JSON object with \"name\", \"start\" "
                        "and \"items\""}};
  }
  Errors errors;
  JsonFields fields(json.value(), file, errors);
  WorkPlan plan;
  plan.path = file;
  read_plan(fields, json->document, rules, plan);
  if (!errors.empty()) return errors;
  return plan;
}

Result<WorkPlan, Errors> load_work_plan_file(const FileSource& files, const std::string& path,
                                             const RuleSet& rules) {
  auto text = files.read(path);
  if (!text) return Errors{text.error()};
  return load_work_plan(text.value(), path, rules);
}

PlanSection evaluate_work_plan(const WorkPlan& plan, const ActivityLog& log,
                               const std::vector<bool>& gender_related,
                               const std::optional<Period>& period) {
  PlanSection section{plan.name, plan.source, plan.path, plan.start, plan.tracks, {}};
  for (const auto& item : plan.items) {
    section.items.push_back(evaluate_item(plan, item, log, gender_related, period));
  }
  return section;
}

}  // namespace lapaudit
