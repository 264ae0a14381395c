// SPDX-License-Identifier: Apache-2.0
#include "load/activity_record.hpp"

#include <algorithm>
#include <cmath>
#include <span>
#include <tuple>

#include "load/activity_schema.hpp"
#include "util/first_seen.hpp"
#include "util/text_util.hpp"

namespace lapaudit {
namespace {

// Collects the problems of one record while its fields are read.
class RecordReader {
 public:
  RecordReader(const LocatedJson& record, const std::string& file, const RuleSet& rules)
      : record_(record), object_(record.document), file_(file), rules_(rules) {}

  void problem(const std::string& pointer, std::string message) {
    TextPlace place = record_.place_of(pointer);
    problems_.push_back(Error{file_, place.line, place.column, std::move(message)});
  }

  // The value of field `name`; nullptr when it is absent or null. Whether a field must be there
  // and its type are the schema's to check (activity_schema): the readers below skip values of
  // the wrong type silently, the schema has reported them.
  const rapidjson::Value* field(const char* name) {
    auto it = object_.FindMember(name);
    if (it == object_.MemberEnd() || it->value.IsNull()) return nullptr;
    return &it->value;
  }

  std::optional<std::string> text(const char* name) {
    const rapidjson::Value* value = field(name);
    if (value == nullptr || !value->IsString()) return std::nullopt;
    return std::string(value->GetString(), value->GetStringLength());
  }

  // The entries of a list field (none when it is not a list).
  std::span<const rapidjson::Value> list(const char* name) {
    const rapidjson::Value* value = field(name);
    if (value == nullptr || !value->IsArray()) return {};
    return {value->Begin(), value->Size()};
  }

  // The text entries of a list field, each once.
  std::vector<std::string> texts(const char* name) {
    std::vector<std::string> out;
    for_each_text(name, [&](std::string_view entry) { out.emplace_back(entry); });
    return out;
  }

  // Calls `use` with each text entry of a list field, each once, in place (no copy).
  template <class Use>
  void for_each_text(const char* name, const Use& use) {
    FirstSeen<std::string_view> seen;
    for (const rapidjson::Value& item : list(name)) {
      if (item.IsString() && seen.add(view(item))) use(view(item));
    }
  }

  static std::string_view view(const rapidjson::Value& text) {
    return {text.GetString(), text.GetStringLength()};
  }

  static std::string pointer(const char* name) { return std::string("/") + name; }
  // The JSON Pointer of entry `index` of list field `name`.
  static std::string pointer(const char* name, std::size_t index) {
    return pointer(name) + "/" + std::to_string(index);
  }

  const rapidjson::Value& object() const { return object_; }
  const RuleSet& rules() const { return rules_; }
  std::vector<Error>& problems() { return problems_; }

 private:
  const LocatedJson& record_;
  const rapidjson::Value& object_;
  const std::string& file_;
  const RuleSet& rules_;
  std::vector<Error> problems_;
};

std::vector<std::string> ids_of(const auto& items) {
  std::vector<std::string> ids;
  for (const auto& item : items) ids.push_back(item.id);
  return ids;
}

void read_date(RecordReader& reader, Activity& activity) {
  auto text = reader.text("date");
  if (!text) return;
  auto date = Date::parse(*text);
  if (!date) {
    reader.problem("/date", "field \"date\": \"" + *text +
                                "\" is not a calendar date (write it as YYYY-MM-DD)");
    return;
  }
  activity.date = *date;
}

void read_groups(RecordReader& reader, Activity& activity) {
  const auto& groups = reader.rules().groups;
  reader.for_each_text("groups", [&](std::string_view group) {
    if (reader.rules().find_group(group) == nullptr) {
      std::string name(group);
      reader.problem("/groups", "field \"groups\": unknown group \"" + name + "\"" +
                                    did_you_mean(name, ids_of(groups)));
      return;
    }
    activity.groups.emplace_back(group);
  });
}

void read_partners(RecordReader& reader, Activity& activity) {
  const auto& partners = reader.rules().partners;
  reader.for_each_text("partners", [&](std::string_view partner) {
    if (reader.rules().find_partner(partner) == nullptr) {
      std::string name(partner);
      std::string hint = did_you_mean(name, ids_of(partners));
      if (hint.empty()) hint = " (known partners: " + join(ids_of(partners)) + ")";
      reader.problem("/partners", "field \"partners\": unknown partner \"" + name + "\"" + hint);
      return;
    }
    activity.partners.emplace_back(partner);
  });
}

void read_actions(RecordReader& reader, Activity& activity) {
  const RuleSet& rules = reader.rules();
  std::span<const rapidjson::Value> actions = reader.list("actions");
  FirstSeen<int> seen;
  for (std::size_t i = 0; i < actions.size(); ++i) {
    const rapidjson::Value& item = actions[i];
    if (!item.IsInt64() && !item.IsUint64()) continue;  // not a whole number: the schema's
    int action = item.IsInt() ? item.GetInt() : 0;
    if (!item.IsInt() || !rules.in_plan(action)) {
      reader.problem(RecordReader::pointer("actions", i),
                     "field \"actions\": action " + json_value_text(item) + " is not in the " +
                         rules.plan_name + " (actions " + std::to_string(rules.first_action) + "-" +
                         std::to_string(rules.last_action) + ")");
      continue;
    }
    if (seen.add(action)) activity.actions.push_back(action);
  }
}

void read_kind(RecordReader& reader, Activity& activity) {
  auto kind = reader.text("kind");
  if (!kind || kind->empty()) return;
  const auto& kinds = reader.rules().kinds;
  if (std::find(kinds.begin(), kinds.end(), *kind) == kinds.end()) {
    std::string hint = did_you_mean(*kind, kinds);
    if (hint.empty()) hint = " (kinds: " + join(kinds) + ")";
    reader.problem("/kind", "field \"kind\": unknown kind \"" + *kind + "\"" + hint);
    return;
  }
  activity.kind = *kind;
}

void read_marker(RecordReader& reader, Activity& activity) {
  const rapidjson::Value* value = reader.field("gender_marker");
  if (value == nullptr || !value->IsInt() || value->GetInt() < 0 || value->GetInt() > 2) return;
  activity.gender_marker = value->GetInt();
}

void read_participants(RecordReader& reader, Activity& activity) {
  const rapidjson::Value* value = reader.field("participants");
  if (value == nullptr || !value->IsObject()) return;
  Participants counts;
  for (auto [name, slot] : {std::pair{"women", &counts.women}, std::pair{"men", &counts.men},
                            std::pair{"other", &counts.other}}) {
    auto it = value->FindMember(name);
    if (it == value->MemberEnd() || it->value.IsNull()) continue;
    if (!it->value.IsInt64() || it->value.GetInt64() < 0) return;
    *slot = it->value.GetInt64();
  }
  activity.participants = counts;
}

void read_sadd(RecordReader& reader, Activity& activity) {
  const rapidjson::Value* value = reader.field("sadd");
  if (value != nullptr && value->IsBool()) activity.sadd = value->GetBool();
}

}  // namespace

const std::vector<std::string>& activity_field_names() {
  static const std::vector<std::string> kNames = {
      "id",       "date",          "title", "description",  "kind", "groups", "actions",
      "partners", "gender_marker", "tags",  "participants", "sadd", "source"};
  return kNames;
}

RecordOutcome read_activity_record(const LocatedJson& record, const std::string& file,
                                   const RuleSet& rules, std::vector<Error> format_problems) {
  RecordOutcome outcome;
  TextPlace start = record.place_of("");
  outcome.line = start.line;
  if (!record.document.IsObject()) {
    std::vector<Error> problems = check_activity_schema(record, file);  // it is no activity
    std::string reason = problems.front().message;
    outcome.rejection = Rejection{.place = {file, start.line},
                                  .id = "",
                                  .reason = std::move(reason),
                                  .problems = std::move(problems),
                                  .groups = {},
                                  .actions = {}};
    return outcome;
  }
  RecordReader reader(record, file, rules);
  std::vector<Error>& problems = reader.problems();
  problems = std::move(format_problems);
  for (auto& problem : check_activity_schema(record, file)) problems.push_back(std::move(problem));
  Activity& activity = outcome.activity.emplace();  // built in place: a large log has millions
  activity.place.line = start.line;  // the file: the caller's (the log builder's, shared)
  if (record.too_deep) {
    reader.problem(
        "", "the record is nested more than " + std::to_string(kMaxJsonDepth) + " levels deep");
  }
  activity.id = reader.text("id").value_or("");
  read_date(reader, activity);
  activity.title = reader.text("title").value_or("");
  activity.description = reader.text("description").value_or("");
  read_kind(reader, activity);
  read_groups(reader, activity);
  read_actions(reader, activity);
  read_partners(reader, activity);
  read_marker(reader, activity);
  activity.tags = reader.texts("tags");
  read_participants(reader, activity);
  read_sadd(reader, activity);

  const auto& known = activity_field_names();
  for (const auto& member : record.document.GetObject()) {
    std::string_view name(member.name.GetString(), member.name.GetStringLength());
    if (std::find(known.begin(), known.end(), name) == known.end()) {
      outcome.unknown_fields.emplace_back(name);
    }
  }
  if (reader.problems().empty()) return outcome;
  std::stable_sort(problems.begin(), problems.end(), [](const Error& a, const Error& b) {
    return std::tie(a.line, a.column) < std::tie(b.line, b.column);
  });
  Rejection rejection;
  rejection.id = activity.id;
  rejection.groups = activity.groups;
  rejection.actions = {activity.actions.begin(), activity.actions.end()};
  rejection.kind = reader.text("kind").value_or("");
  rejection.title = std::move(activity.title);
  rejection.problems = std::move(problems);
  rejection.place = {file, rejection.problems.front().line};
  outcome.activity.reset();
  for (const auto& problem : rejection.problems) {
    if (!rejection.reason.empty()) rejection.reason += "; ";
    rejection.reason += problem.message;
  }
  outcome.rejection = std::move(rejection);
  return outcome;
}

}  // namespace lapaudit
