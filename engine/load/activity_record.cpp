// SPDX-License-Identifier: Apache-2.0
#include "load/activity_record.hpp"

#include <algorithm>
#include <cmath>
#include <span>
#include <tuple>

#include "load/activity_schema.hpp"
#include "load/field_values.hpp"
#include "util/first_seen.hpp"
#include "util/text_util.hpp"

namespace lapaudit {
namespace {

// Collects the problems of one record while its fields are read.
class RecordReader {
 public:
  RecordReader(const LocatedJson& record, const std::string& file, const RuleSet& rules,
               DateOrder date_order)
      : record_(record),
        object_(record.document),
        file_(file),
        rules_(rules),
        date_order_(date_order) {}

  void problem(const std::string& pointer, std::string message) {
    TextPlace place = record_.place_of(pointer);
    problems_.push_back(Error{file_, place.line, place.column, std::move(message)});
  }

  // What is wrong with an optional value, which is then left out or read corrected: the record
  // is still accepted.
  void warn(const std::string& pointer, std::string message) {
    TextPlace place = record_.place_of(pointer);
    warnings_.push_back(Error{file_, place.line, place.column, std::move(message)});
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
  std::vector<Error>& warnings() { return warnings_; }
  DateOrder date_order() const { return date_order_; }

 private:
  const LocatedJson& record_;
  const rapidjson::Value& object_;
  const std::string& file_;
  const RuleSet& rules_;
  DateOrder date_order_;
  std::vector<Error> problems_;
  std::vector<Error> warnings_;
};

std::vector<std::string> ids_of(const auto& items) {
  std::vector<std::string> ids;
  for (const auto& item : items) ids.push_back(item.id);
  return ids;
}

constexpr const char* kKeptWithout = "; the activity is kept without it";

// A whole number however JSON or a sheet wrote it: 4, 4.0, "4", "4.0"; nothing otherwise.
std::optional<std::int64_t> whole_number_of(const rapidjson::Value& value) {
  if (value.IsInt64()) return value.GetInt64();
  if (value.IsDouble()) {
    double number = value.GetDouble();
    if (std::trunc(number) == number && std::fabs(number) < 9007199254740992.0) {
      return static_cast<std::int64_t>(number);
    }
    return std::nullopt;
  }
  if (value.IsString()) return whole_number_text(RecordReader::view(value));
  return std::nullopt;
}

// `"a; b"` written as a JSON list: ["a", "b"].
std::string list_text(const std::vector<std::string_view>& entries, bool quoted) {
  std::string out = "[";
  for (std::size_t i = 0; i < entries.size(); ++i) {
    if (i > 0) out += ", ";
    out += quoted ? "\"" + std::string(entries[i]) + "\"" : std::string(entries[i]);
  }
  return out + "]";
}

// The entries of a list field of ids or tags, split where one text holds several ("gso,
// victim-assistance"), each passed to `use` with the pointer to report it at. A text where a
// list belongs is read as one with a warning; for an optional field (`required` false) a value
// of another type, and entries that are not text, are warnings (for `groups` the schema's).
template <class Use>
void for_each_entry(RecordReader& reader, const char* name, const char* nouns, bool required,
                    const Use& use) {
  const rapidjson::Value* value = reader.field(name);
  if (value == nullptr) return;
  std::string field = std::string("field \"") + name + "\": ";
  std::string pointer = RecordReader::pointer(name);
  auto split = [&](std::string_view text) {
    std::vector<std::string_view> entries = list_entries(text);
    if (entries.size() > 1) {
      reader.warn(pointer, field + "\"" + std::string(text) + "\" holds " +
                               std::to_string(entries.size()) + " " + nouns +
                               " in one text: read as " + list_text(entries, true) +
                               ", which is how to write them (each in quotation marks of its "
                               "own)");
    }
    for (std::string_view entry : entries) use(entry, pointer);
  };
  if (value->IsString() && !required) {
    std::vector<std::string_view> entries = list_entries(RecordReader::view(*value));
    if (entries.size() == 1) {
      reader.warn(pointer, field + "\"" + std::string(entries.front()) + "\" read as the list " +
                               list_text(entries, true) + ", which is how to write it");
    }
    return split(RecordReader::view(*value));
  }
  if (!value->IsArray()) {
    if (!required) {
      reader.warn(pointer, field + "must be a list of " + nouns + ", not " +
                               json_type_name(*value) + kKeptWithout);
    }
    return;
  }
  if (!required) {
    for (rapidjson::SizeType i = 0; i < value->Size(); ++i) {
      const rapidjson::Value& item = (*value)[i];
      if (item.IsString() || item.IsNull()) continue;
      reader.warn(
          RecordReader::pointer(name, i),
          field + json_value_text(item) + " is not one of " + nouns + " (text)" + kKeptWithout);
    }
  }
  reader.for_each_text(name, split);
}

template <class Items>
const std::string* known_id(const Items& items, std::string_view text) {
  for (const auto& item : items) {
    if (same_id(text, item.id)) return &item.id;
  }
  return nullptr;
}

void add_once(std::vector<std::string>& ids, const std::string& id) {
  if (std::find(ids.begin(), ids.end(), id) == ids.end()) ids.push_back(id);
}

void read_date(RecordReader& reader, Activity& activity) {
  auto text = reader.text("date");
  if (!text) return;
  DateReading date = read_date_text(*text, reader.date_order());
  if (!date.date) {
    reader.problem("/date", "field \"date\": " + date.problem);
    return;
  }
  activity.date = *date.date;
}

void read_groups(RecordReader& reader, Activity& activity) {
  const auto& groups = reader.rules().groups;
  for_each_entry(reader, "groups", "group ids", true,
                 [&](std::string_view group, const std::string& pointer) {
                   if (const std::string* id = known_id(groups, group)) {
                     add_once(activity.groups, *id);
                     return;
                   }
                   std::string name(group);
                   reader.problem(pointer, "field \"groups\": unknown group \"" + name + "\"" +
                                               did_you_mean(name, ids_of(groups)));
                 });
}

void read_partners(RecordReader& reader, Activity& activity) {
  const auto& partners = reader.rules().partners;
  for_each_entry(reader, "partners", "partner ids", false,
                 [&](std::string_view partner, const std::string& pointer) {
                   if (const std::string* id = known_id(partners, partner)) {
                     add_once(activity.partners, *id);
                     return;
                   }
                   std::string name(partner);
                   std::string hint = did_you_mean(name, ids_of(partners));
                   if (hint.empty()) hint = " (known partners: " + join(ids_of(partners)) + ")";
                   reader.warn(pointer, "field \"partners\": unknown partner \"" + name + "\"" +
                                            hint + kKeptWithout);
                 });
}

// One entry of "actions": its number, or nothing with a warning. "Action 29", "29" and 29.0
// read, with a warning when the writing is not a plain number.
void read_action(RecordReader& reader, const rapidjson::Value& item, const std::string& pointer,
                 Activity& activity) {
  const RuleSet& rules = reader.rules();
  std::optional<std::int64_t> number = whole_number_of(item);
  if (!number && item.IsString()) {
    std::string_view text = RecordReader::view(item);
    std::vector<std::string_view> entries = list_entries(text);
    if (entries.size() > 1) {
      reader.warn(pointer, "field \"actions\": \"" + std::string(text) + "\" holds " +
                               std::to_string(entries.size()) +
                               " action numbers in one text: read as " + list_text(entries, false) +
                               ", which is how to write them (numbers, without quotation marks)");
      for (std::string_view entry : entries) {
        rapidjson::Value part(
            rapidjson::StringRef(entry.data(), static_cast<rapidjson::SizeType>(entry.size())));
        read_action(reader, part, pointer, activity);
      }
      return;
    }
    number = action_number_text(text);
    if (number) {
      reader.warn(pointer, "field \"actions\": \"" + std::string(text) + "\" read as action " +
                               std::to_string(*number) +
                               " (write the number alone: " + std::to_string(*number) + ")");
    }
  }
  if (!number) {
    reader.warn(pointer, "field \"actions\": " + json_value_text(item) +
                             " is not an action number (a whole number)" + kKeptWithout);
    return;
  }
  if (*number < rules.first_action || *number > rules.last_action) {
    reader.warn(pointer, "field \"actions\": action " + std::to_string(*number) +
                             " is not in the " + rules.plan_name + " (actions " +
                             std::to_string(rules.first_action) + "-" +
                             std::to_string(rules.last_action) + ")" + kKeptWithout);
    return;
  }
  int action = static_cast<int>(*number);
  if (std::find(activity.actions.begin(), activity.actions.end(), action) ==
      activity.actions.end()) {
    activity.actions.push_back(action);
  }
}

void read_actions(RecordReader& reader, Activity& activity) {
  const rapidjson::Value* value = reader.field("actions");
  if (value == nullptr) return;
  if (value->IsArray()) {
    for (rapidjson::SizeType i = 0; i < value->Size(); ++i) {
      if (!(*value)[i].IsNull()) {
        read_action(reader, (*value)[i], RecordReader::pointer("actions", i), activity);
      }
    }
    return;
  }
  if (value->IsString() || value->IsNumber()) {
    read_action(reader, *value, "/actions", activity);
    return;
  }
  reader.warn("/actions",
              "field \"actions\": must be a list of action numbers, for example [4, "
              "23], not " +
                  json_type_name(*value) + kKeptWithout);
}

void read_kind(RecordReader& reader, Activity& activity) {
  const rapidjson::Value* value = reader.field("kind");
  if (value == nullptr) return;
  if (!value->IsString()) {
    reader.warn("/kind",
                "field \"kind\": must be text, not " + json_value_text(*value) + kKeptWithout);
    return;
  }
  std::string_view kind = trim_blank(RecordReader::view(*value));
  if (kind.empty()) return;
  const auto& kinds = reader.rules().kinds;
  for (const auto& known : kinds) {
    if (same_id(kind, known)) {
      activity.kind = known;
      return;
    }
  }
  std::string name(kind);
  std::string hint = did_you_mean(name, kinds);
  if (hint.empty()) hint = " (kinds: " + join(kinds) + ")";
  reader.warn("/kind", "field \"kind\": unknown kind \"" + name + "\"" + hint + kKeptWithout);
}

void read_marker(RecordReader& reader, Activity& activity) {
  const rapidjson::Value* value = reader.field("gender_marker");
  if (value == nullptr) return;
  if (value->IsString() && trim_blank(RecordReader::view(*value)).empty()) return;
  std::optional<std::int64_t> marker = whole_number_of(*value);
  if (marker && *marker >= 0 && *marker <= 2) {
    activity.gender_marker = static_cast<int>(*marker);
    return;
  }
  reader.warn("/gender_marker",
              "field \"gender_marker\": " + json_value_text(*value) +
                  " is not a gender marker (0, 1 or 2); read as no marker, so the activity's "
                  "tags and words decide whether it is gender-related");
}

// A tag one or two letters from a gender tag ("gendre") is most likely one, misspelt. Two only
// from six letters: "goals" is two from "girls" and means something else.
void warn_near_miss_tag(RecordReader& reader, std::string_view tag, const std::string& pointer) {
  const auto& gender_tags = reader.rules().lexicon.tags;
  std::string folded = fold_case(tag);
  if (folded.size() < 4) return;
  const std::string* nearest = nullptr;
  std::size_t nearest_distance = folded.size() < 6 ? 2 : 3;  // one more than allowed
  for (const auto& gender_tag : gender_tags) {
    std::string known = fold_case(gender_tag);
    if (known == folded) return;
    std::size_t distance = edit_distance(folded, known);
    if (distance < nearest_distance) {
      nearest = &gender_tag;
      nearest_distance = distance;
    }
  }
  if (nearest == nullptr) return;
  reader.warn(pointer, "field \"tags\": \"" + std::string(tag) +
                           "\" is not a gender tag, did you mean \"" + *nearest +
                           "\"? As written it does not make the activity gender-related");
}

void read_tags(RecordReader& reader, Activity& activity) {
  FirstSeen<std::string> seen;  // (a record may list 100,000 tags: no search of the list)
  for_each_entry(reader, "tags", "tags", false,
                 [&](std::string_view tag, const std::string& pointer) {
                   if (!seen.add(std::string(tag))) return;
                   warn_near_miss_tag(reader, tag, pointer);
                   activity.tags.emplace_back(tag);
                 });
}

// One participant count: known, unknown (blank, "n/a", "-", "?"), or unknown with a warning.
std::optional<std::int64_t> read_count(RecordReader& reader, const rapidjson::Value& value,
                                       const char* name) {
  if (value.IsNull() || (value.IsString() && is_unknown_count(RecordReader::view(value)))) {
    return std::nullopt;
  }
  std::optional<std::int64_t> count = whole_number_of(value);
  if (count && *count >= 0 && *count <= 9007199254740991) return count;
  reader.warn(std::string("/participants/") + name, std::string("field \"participants\": ") + name +
                                                        " must be a count (0 or more), not " +
                                                        json_value_text(value) +
                                                        "; read as unknown");
  return std::nullopt;
}

void read_participants(RecordReader& reader, Activity& activity) {
  const rapidjson::Value* value = reader.field("participants");
  if (value == nullptr) return;
  if (!value->IsObject()) {
    reader.warn("/participants",
                "field \"participants\": must be an object {\"women\": N, \"men\": N, "
                "\"other\": N}, not " +
                    json_type_name(*value) + kKeptWithout);
    return;
  }
  Participants counts;
  for (const auto& member : value->GetObject()) {
    std::string_view name = RecordReader::view(member.name);
    if (name == "women") {
      counts.women = read_count(reader, member.value, "women");
    } else if (name == "men") {
      counts.men = read_count(reader, member.value, "men");
    } else if (name == "other") {
      counts.other = read_count(reader, member.value, "other");
    } else {
      std::string where = "/participants";
      append_pointer_token(where, std::string(name));
      reader.warn(where, "field \"participants\": \"" + std::string(name) +
                             "\" is not a count it knows (women, men, other) and is ignored");
    }
  }
  activity.participants = counts;
}

void read_sadd(RecordReader& reader, Activity& activity) {
  const rapidjson::Value* value = reader.field("sadd");
  if (value == nullptr) return;
  if (value->IsBool()) {
    activity.sadd = value->GetBool();
    return;
  }
  if (value->IsString() && trim_blank(RecordReader::view(*value)).empty()) return;
  std::optional<bool> word;
  if (value->IsString()) word = boolean_word(RecordReader::view(*value));
  if (auto number = whole_number_of(*value); number && (*number == 0 || *number == 1)) {
    word = *number == 1;
  }
  if (word) {
    activity.sadd = *word;
    return;
  }
  reader.warn("/sadd", "field \"sadd\": must be true or false (or yes/no, 1/0), not " +
                           json_value_text(*value) + kKeptWithout);
}

// An optional text field of another type: a warning, the field left out.
std::string optional_text(RecordReader& reader, const char* name) {
  const rapidjson::Value* value = reader.field(name);
  if (value == nullptr) return {};
  if (value->IsString()) return std::string(RecordReader::view(*value));
  reader.warn(RecordReader::pointer(name), std::string("field \"") + name +
                                               "\": must be text, not " + json_value_text(*value) +
                                               kKeptWithout);
  return {};
}

}  // namespace

const std::vector<std::string>& activity_field_names() {
  static const std::vector<std::string> kNames = {
      "id",       "date",          "title", "description",  "kind", "groups", "actions",
      "partners", "gender_marker", "tags",  "participants", "sadd", "source"};
  return kNames;
}

RecordOutcome read_activity_record(const LocatedJson& record, const std::string& file,
                                   const RuleSet& rules, std::vector<Error> format_problems,
                                   DateOrder date_order) {
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
  RecordReader reader(record, file, rules, date_order);
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
  activity.description = optional_text(reader, "description");
  read_kind(reader, activity);
  read_groups(reader, activity);
  read_actions(reader, activity);
  read_partners(reader, activity);
  read_marker(reader, activity);
  read_tags(reader, activity);
  optional_text(reader, "source");
  read_participants(reader, activity);
  read_sadd(reader, activity);

  const auto& known = activity_field_names();
  for (const auto& member : record.document.GetObject()) {
    std::string_view name(member.name.GetString(), member.name.GetStringLength());
    if (std::find(known.begin(), known.end(), name) == known.end()) {
      outcome.unknown_fields.emplace_back(name);
    }
  }
  auto in_record_order = [](const Error& a, const Error& b) {
    return std::tie(a.line, a.column) < std::tie(b.line, b.column);
  };
  outcome.warnings = std::move(reader.warnings());
  std::stable_sort(outcome.warnings.begin(), outcome.warnings.end(), in_record_order);
  if (reader.problems().empty()) return outcome;
  std::stable_sort(problems.begin(), problems.end(), in_record_order);
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
