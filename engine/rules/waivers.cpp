// SPDX-License-Identifier: Apache-2.0
#include "rules/waivers.hpp"

#include <algorithm>

#include "load/json_fields.hpp"
#include "load/json_scanner.hpp"
#include "util/text_util.hpp"

namespace lapaudit {
namespace {

const std::vector<std::string> kWaiverFields = {"rule", "subject", "reason", "expires", "note"};

bool lists_rule(const std::vector<std::string>& ids, const std::string& id) {
  return std::find(ids.begin(), ids.end(), id) != ids.end();
}

const rapidjson::Value* waiver_list(const LocatedJson& json, const std::string& file,
                                    std::string& pointer, Errors& errors) {
  const auto& root = json.document;
  if (root.IsArray()) return &root;
  if (root.IsObject()) {
    auto member = root.FindMember("waivers");
    if (member != root.MemberEnd() && member->value.IsArray()) {
      pointer = "/waivers";
      return &member->value;
    }
  }
  errors.push_back(Error{file, 1, 1,
                         "a waivers file must be a JSON list of waivers, or an "
                         "object with a \"waivers\" list"});
  return nullptr;
}

Subject read_subject(JsonFields& fields, const rapidjson::Value& object,
                     const std::string& pointer) {
  const rapidjson::Value* value = fields.member(object, pointer, "subject", true);
  if (value == nullptr) return {};
  std::string here = pointer + "/subject";
  if (!value->IsObject()) {
    fields.error(here,
                 "field \"subject\" must be an object such as {\"kind\": \"group\", "
                 "\"id\": \"stockpile\"}, as the JSON report writes it");
    return {};
  }
  fields.unknown_fields(*value, here, {"kind", "id"});
  return Subject{fields.string(*value, here, "kind", true).value_or(""),
                 fields.string(*value, here, "id", true).value_or("")};
}

Waiver read_waiver(JsonFields& fields, const LocatedJson& json, const rapidjson::Value& object,
                   const std::string& pointer, const std::vector<std::string>& rule_ids) {
  fields.unknown_fields(object, pointer, kWaiverFields);
  Waiver waiver;
  waiver.place = {fields.file(), json.place_of(pointer).line};
  waiver.rule = fields.string(object, pointer, "rule", true).value_or("");
  if (!waiver.rule.empty() && !lists_rule(rule_ids, waiver.rule)) {
    std::string hint = did_you_mean(waiver.rule, rule_ids);
    fields.error(pointer + "/rule", "unknown rule \"" + waiver.rule + "\"" +
                                        (hint.empty() ? " (rules: " + join(rule_ids) + ")" : hint));
  }
  waiver.subject = read_subject(fields, object, pointer);
  auto reason = fields.string(object, pointer, "reason", true);
  waiver.reason = reason.value_or("");
  if (reason && waiver.reason.find_first_not_of(" \t") == std::string::npos) {
    fields.error(pointer + "/reason", "a waiver needs a reason: say why the finding is accepted");
  }
  if (auto expires = fields.date(object, pointer, "expires", true)) waiver.expires = *expires;
  return waiver;
}

bool same_target(const Waiver& a, const Waiver& b) {
  return a.rule == b.rule && a.subject.kind == b.subject.kind && a.subject.id == b.subject.id;
}

}  // namespace

Result<std::vector<Waiver>, Errors> load_waivers(std::string_view text, const std::string& file,
                                                 const RuleSet& rules) {
  auto json = scan_json_document(text, file);
  if (!json) return Errors{json.error()};
  Errors errors;
  std::string pointer;
  const rapidjson::Value* list = waiver_list(json.value(), file, pointer, errors);
  if (list == nullptr) return errors;
  std::vector<std::string> rule_ids;
  for (const auto& rule : rules.rules) rule_ids.push_back(rule.id);
  JsonFields fields(json.value(), file, errors);
  std::vector<Waiver> waivers;
  for (rapidjson::SizeType i = 0; i < list->Size(); ++i) {
    std::string here = pointer + "/" + std::to_string(i);
    if (!(*list)[i].IsObject()) {
      fields.error(here, "each waiver must be an object with rule, subject, reason and expires");
      continue;
    }
    Waiver waiver = read_waiver(fields, json.value(), (*list)[i], here, rule_ids);
    auto earlier = std::find_if(waivers.begin(), waivers.end(),
                                [&](const Waiver& other) { return same_target(other, waiver); });
    if (earlier != waivers.end()) {
      fields.error(here, "this waiver is for the same finding as the one on line " +
                             std::to_string(earlier->place.line));
    }
    waivers.push_back(std::move(waiver));
  }
  if (!errors.empty()) return errors;
  return waivers;
}

Result<std::vector<Waiver>, Errors> load_waivers_file(const FileSource& files,
                                                      const std::string& path,
                                                      const RuleSet& rules) {
  auto text = files.read(path);
  if (!text) return Errors{text.error()};
  return load_waivers(text.value(), path, rules);
}

std::vector<WaiverNote> apply_waivers(const std::vector<Waiver>& waivers,
                                      std::vector<Finding>& findings,
                                      const std::optional<Date>& as_of) {
  std::vector<WaiverNote> notes;
  for (const auto& waiver : waivers) {
    WaiverNote note{waiver.rule, waiver.subject, waiver.reason, waiver.expires, waiver.place, "",
                    {}};
    bool expired = as_of && waiver.expires < *as_of;
    for (auto& finding : findings) {
      if (finding.rule != waiver.rule || finding.subject.kind != waiver.subject.kind ||
          finding.subject.id != waiver.subject.id) {
        continue;
      }
      note.findings.push_back(finding.id);
      if (expired) continue;
      finding.waived = true;
      finding.waiver_reason = waiver.reason;
    }
    note.status = expired ? "expired" : note.findings.empty() ? "unused" : "applied";
    notes.push_back(std::move(note));
  }
  return notes;
}

}  // namespace lapaudit
