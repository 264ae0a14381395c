// SPDX-License-Identifier: Apache-2.0
#include "report/report_reader.hpp"

#include <algorithm>

#include "load/json_fields.hpp"
#include "load/json_scanner.hpp"
#include "report/json_report_writer.hpp"

namespace lapaudit {
namespace {

constexpr std::string_view kSchemaFamily = "lapaudit/report/";

// The reads of one report, with every problem recorded against its place.
class ReportFields {
 public:
  ReportFields(const LocatedJson& json, const std::string& file) : fields_(json, file, errors_) {}

  JsonFields& fields() { return fields_; }
  Errors& errors() { return errors_; }

  Status status(const rapidjson::Value& object, const std::string& pointer) {
    auto name = fields_.string(object, pointer, "status", true);
    if (!name) return Status::kMissing;
    auto status = parse_status(*name);
    if (!status) {
      fields_.error(pointer + "/status", "field \"status\": \"" + *name +
                                             "\" is not missing, approaches, meets or exceeds");
    }
    return status.value_or(Status::kMissing);
  }

  std::size_t count(const rapidjson::Value& object, const std::string& pointer, const char* key) {
    const rapidjson::Value* value = fields_.member(object, pointer, key, false);
    if (value == nullptr) return 0;
    if (!value->IsUint64()) {
      fields_.error(pointer + "/" + key,
                    std::string("field \"") + key + "\" must be a whole number of 0 or more");
      return 0;
    }
    return static_cast<std::size_t>(value->GetUint64());
  }

  bool flag(const rapidjson::Value& object, const std::string& pointer, const char* key) {
    const rapidjson::Value* value = fields_.member(object, pointer, key, false);
    if (value == nullptr) return false;
    if (!value->IsBool()) {
      fields_.error(pointer + "/" + key,
                    std::string("field \"") + key + "\" must be true or false");
      return false;
    }
    return value->GetBool();
  }

  std::vector<int> numbers(const rapidjson::Value& object, const std::string& pointer,
                           const char* key) {
    std::vector<int> out;
    const rapidjson::Value* value = fields_.member(object, pointer, key, false);
    if (value == nullptr) return out;
    if (!value->IsArray()) {
      fields_.error(pointer + "/" + key, std::string("field \"") + key + "\" must be a list");
      return out;
    }
    for (const auto& item : value->GetArray()) {
      if (item.IsInt()) {
        out.push_back(item.GetInt());
      } else {
        fields_.error(pointer + "/" + key,
                      std::string("field \"") + key + "\": each entry must be a whole number");
      }
    }
    return out;
  }

  std::vector<std::string> texts(const rapidjson::Value& object, const std::string& pointer,
                                 const char* key) {
    return fields_.strings(object, pointer, key, false).value_or(std::vector<std::string>{});
  }

 private:
  Errors errors_;
  JsonFields fields_;
};

// Nothing when `root` is a report this reader understands, else why not.
std::optional<Error> check_schema(ReportFields& reader, const rapidjson::Value& root,
                                  const std::string& file) {
  const std::string how =
      " (lapaudit diff compares reports written by lapaudit audit "
      "--format json)";
  if (!root.IsObject()) {
    return Error{
        file, 1, 1,
        "this is not a lapaudit report: it is " + json_type_name(root) + ", not an object" + how};
  }
  auto schema = root.FindMember("schema");
  if (schema == root.MemberEnd() || !schema->value.IsString()) {
    return Error{file, 1, 1,
                 "this is not a lapaudit report: it has no \"schema\" naming one" + how};
  }
  std::string name = schema->value.GetString();
  if (name == kReportSchema) return std::nullopt;
  Error error = reader.fields().error_at("/schema", "");
  if (name.rfind(kSchemaFamily, 0) == 0) {
    error.message = "report schema \"" + name + "\" is not one this lapaudit reads (it reads " +
                    kReportSchema + "); compare it with the lapaudit that wrote it";
  } else {
    error.message = "this is not a lapaudit audit report: its schema is \"" + name + "\"" + how;
  }
  return error;
}

void read_header(ReportFields& reader, const rapidjson::Value& root, AuditReport& report) {
  JsonFields& fields = reader.fields();
  if (const auto* tool = fields.member(root, "", "tool", false); tool && tool->IsObject()) {
    report.tool_version = fields.string(*tool, "/tool", "version", false).value_or("");
  }
  if (const auto* rules = fields.member(root, "", "rules", true); rules && rules->IsObject()) {
    report.rules_name = fields.string(*rules, "/rules", "name", true).value_or("");
    report.rules_digest = fields.string(*rules, "/rules", "digest", false).value_or("");
  }
  const auto* period = fields.member(root, "", "period", true);
  if (period == nullptr || !period->IsObject()) return;
  // null when the audit had no period; else a calendar date, checked as every date is.
  auto date_at = [&](const char* name) -> std::optional<Date> {
    const auto* value = fields.member(*period, "/period", name, true);
    if (value == nullptr || value->IsNull()) return std::nullopt;
    return fields.date(*period, "/period", name, true);
  };
  auto from = date_at("from");
  auto to = date_at("to");
  if (from && to) report.period = Period{*from, *to};
  auto cycle = period->FindMember("cycle");
  if (cycle != period->MemberEnd() && cycle->value.IsString())
    report.cycle = cycle->value.GetString();
}

// The committee and the warnings, when the report has them (reports before them do not).
void read_committee(ReportFields& reader, const rapidjson::Value& root, AuditReport& report) {
  JsonFields& fields = reader.fields();
  const auto* committee = fields.member(root, "", "committee", false);
  if (committee != nullptr && committee->IsObject()) {
    auto as_of = fields.date(*committee, "/committee", "as_of", true);
    std::string cycle;
    if (const auto* name = fields.member(*committee, "/committee", "cycle", false);
        name != nullptr && name->IsString()) {
      cycle = name->GetString();
    }
    if (as_of) report.committee = Committee{*as_of, cycle, {}};
    for (const auto& [item, pointer] : fields.objects(*committee, "/committee", "changes", false)) {
      auto date = fields.date(*item, pointer, "date", true);
      auto what = fields.string(*item, pointer, "change", true);
      if (date && what && report.committee) report.committee->changes.push_back({*date, *what});
    }
  }
  const auto* quality = fields.member(root, "", "data_quality", false);
  if (quality == nullptr || !quality->IsObject()) return;
  for (const auto& [item, pointer] : fields.objects(*quality, "/data_quality", "warnings", false)) {
    report.warnings.push_back(
        ReportWarning{fields.string(*item, pointer, "code", true).value_or(""),
                      fields.string(*item, pointer, "message", true).value_or("")});
  }
}

void read_actions(ReportFields& reader, const rapidjson::Value& root, AuditReport& report) {
  JsonFields& fields = reader.fields();
  for (const auto& [item, pointer] : fields.objects(root, "", "actions", true)) {
    ActionResult action;
    action.id = fields.integer(*item, pointer, "id", true).value_or(0);
    action.section = fields.string(*item, pointer, "section", false).value_or("");
    action.summary = fields.string(*item, pointer, "summary", false).value_or("");
    action.status = reader.status(*item, pointer);
    action.gender_activities = reader.count(*item, pointer, "gender_activities");
    for (const auto& [cover, cover_pointer] : fields.objects(*item, pointer, "groups", false)) {
      // "basis" and "source" are absent from reports made before links had provenance.
      std::string basis = fields.string(*cover, cover_pointer, "basis", false).value_or("stated");
      action.groups.push_back(
          GroupCover{fields.string(*cover, cover_pointer, "id", true).value_or(""),
                     reader.flag(*cover, cover_pointer, "covered"),
                     reader.texts(*cover, cover_pointer, "evidence"),
                     basis == "inferred" ? Basis::kInferred : Basis::kStated,
                     fields.string(*cover, cover_pointer, "source", false).value_or("")});
    }
    bool twice = std::any_of(report.actions.begin(), report.actions.end(),
                             [&](const ActionResult& other) { return other.id == action.id; });
    if (twice)
      fields.error(pointer + "/id", "action " + std::to_string(action.id) + " is listed twice");
    report.actions.push_back(std::move(action));
  }
}

void read_groups(ReportFields& reader, const rapidjson::Value& root, AuditReport& report) {
  JsonFields& fields = reader.fields();
  for (const auto& [item, pointer] : fields.objects(root, "", "groups", true)) {
    GroupResult group;
    group.id = fields.string(*item, pointer, "id", true).value_or("");
    group.name = fields.string(*item, pointer, "name", false).value_or(group.id);
    group.status = reader.status(*item, pointer);
    group.gender_activities = reader.count(*item, pointer, "gender_activities");
    group.carried_actions = reader.numbers(*item, pointer, "carried_actions");
    group.uncovered_actions = reader.numbers(*item, pointer, "uncovered_actions");
    group.evidence = reader.texts(*item, pointer, "evidence");
    bool twice = std::any_of(report.groups.begin(), report.groups.end(),
                             [&](const GroupResult& other) { return other.id == group.id; });
    if (twice) fields.error(pointer + "/id", "group \"" + group.id + "\" is listed twice");
    report.groups.push_back(std::move(group));
  }
}

void read_findings(ReportFields& reader, const rapidjson::Value& root, AuditReport& report) {
  JsonFields& fields = reader.fields();
  for (const auto& [item, pointer] : fields.objects(root, "", "findings", true)) {
    Finding finding;
    finding.id = fields.string(*item, pointer, "id", true).value_or("");
    finding.rule = fields.string(*item, pointer, "rule", true).value_or("");
    finding.severity = fields.string(*item, pointer, "severity", false).value_or("");
    const auto* subject = fields.member(*item, pointer, "subject", true);
    if (subject != nullptr && subject->IsObject()) {
      finding.subject.kind =
          fields.string(*subject, pointer + "/subject", "kind", true).value_or("");
      finding.subject.id = fields.string(*subject, pointer + "/subject", "id", true).value_or("");
    }
    finding.message = fields.string(*item, pointer, "message", true).value_or("");
    finding.evidence = reader.texts(*item, pointer, "evidence");
    finding.groups = reader.texts(*item, pointer, "groups");
    finding.waived = reader.flag(*item, pointer, "waived");
    finding.waiver_reason = fields.string(*item, pointer, "waiver_reason", false).value_or("");
    bool twice = std::any_of(report.findings.begin(), report.findings.end(),
                             [&](const Finding& other) { return other.id == finding.id; });
    if (twice) fields.error(pointer + "/id", "finding \"" + finding.id + "\" is listed twice");
    report.findings.push_back(std::move(finding));
  }
}

void read_silos(ReportFields& reader, const rapidjson::Value& root, AuditReport& report) {
  JsonFields& fields = reader.fields();
  for (const auto& [item, pointer] : fields.objects(root, "", "silos", false)) {
    report.silos.push_back(Silo{fields.string(*item, pointer, "group", true).value_or(""),
                                fields.string(*item, pointer, "hub", true).value_or(""),
                                reader.texts(*item, pointer, "joined_with")});
  }
}

}  // namespace

std::optional<Status> parse_status(std::string_view name) {
  for (Status status : {Status::kMissing, Status::kApproaches, Status::kMeets, Status::kExceeds}) {
    if (status_name(status) == name) return status;
  }
  return std::nullopt;
}

Result<AuditReport> read_report(std::string_view text, const std::string& file) {
  auto json = scan_json_document_with_duplicates(text, file);
  if (!json) {
    Error error = json.error();
    error.message = "this is not a lapaudit report (it is not JSON): " + error.message;
    return error;
  }
  if (json->duplicate_key) {
    Error error = *json->duplicate_key;
    error.message = "not a readable lapaudit report: " + error.message;
    return error;
  }
  ReportFields reader(json.value(), file);
  const rapidjson::Value& root = json->document;
  if (auto refused = check_schema(reader, root, file)) return *refused;
  AuditReport report;
  read_header(reader, root, report);
  read_committee(reader, root, report);
  read_actions(reader, root, report);
  read_groups(reader, root, report);
  read_findings(reader, root, report);
  read_silos(reader, root, report);
  const Errors& errors = reader.errors();
  if (errors.empty()) return report;
  Error first = errors.front();
  first.message = "not a readable lapaudit report: " + first.message;
  if (errors.size() > 1) {
    first.message += " (and " + std::to_string(errors.size() - 1) + " more problem" +
                     (errors.size() == 2 ? ")" : "s)");
  }
  return first;
}

}  // namespace lapaudit
