// SPDX-License-Identifier: Apache-2.0
#include "activity_generator.hpp"

#include <random>
#include <vector>

namespace lapaudit::bench {
namespace {

const std::vector<std::string> kGroups = {"gso",          "universalization",       "stockpile",
                                          "clearance",    "victim-assistance",      "cooperation",
                                          "transparency", "national-implementation"};
const std::vector<std::string> kKinds = {"meeting",    "statement", "working-paper", "report",
                                         "side-event", "research",  "training",      "outreach"};
const std::vector<std::string> kPartners = {"isu", "apmbc-gfp", "unidir", "gichd", "ngo"};
const std::vector<int> kActions = {4, 23, 28, 29, 31, 34, 36, 39, 41, 1, 12, 45, 49};
const std::vector<std::string> kWords = {
    "coordination",   "committee",    "review",    "national",    "programme", "survey",
    "clearance",      "assistance",   "reporting", "capacity",    "stockpile", "destruction",
    "cooperation",    "transparency", "measures",  "legislation", "workshop",  "regional",
    "affected",       "communities",  "operators", "planning",    "resources", "progress",
    "implementation", "meeting",      "data"};
const std::vector<std::string> kGenderTerms = {"women", "gender", "girls", "mujeres", "femmes"};

class Generator {
 public:
  explicit Generator(unsigned long seed) : random_(seed) {}

  int pick(int n) { return std::uniform_int_distribution<int>(0, n - 1)(random_); }

  std::string words(std::size_t length) {
    std::string out;
    while (out.size() < length) {
      if (!out.empty()) out += ' ';
      out += kWords[pick(static_cast<int>(kWords.size()))];
    }
    return out;
  }

  struct Record {
    std::string id, date, title, description, kind;
    std::vector<std::string> groups, partners, tags;
    std::vector<std::string> actions;  // as text, so an invalid one can be written
    int marker = -1;
  };

  Record next(long index) {
    Record r;
    r.id = "gen-" + std::to_string(index);
    int day = pick(730);
    int year = 2023 + day / 365, yday = day % 365;
    static const int kMonthDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    int month = 0;
    while (yday >= kMonthDays[month]) yday -= kMonthDays[month++];
    char date[32];
    std::snprintf(date, sizeof date, "%04d-%02d-%02d", year, month + 1, yday + 1);
    r.date = date;
    r.title = words(60);
    r.description = words(300);
    r.kind = kKinds[pick(static_cast<int>(kKinds.size()))];
    int groups = 1 + pick(3);
    for (int i = 0; i < groups; ++i) add_unique(r.groups, kGroups[pick(8)]);
    int actions = pick(4);
    for (int i = 0; i < actions; ++i) {
      add_unique(r.actions, std::to_string(kActions[pick(static_cast<int>(kActions.size()))]));
    }
    if (pick(4) == 0) add_unique(r.partners, kPartners[pick(static_cast<int>(kPartners.size()))]);
    switch (pick(9)) {  // a third gender-related, by marker, tag or term
      case 0:
        r.marker = 1 + pick(2);
        break;
      case 1:
        r.tags.push_back(pick(2) ? "gender" : "SADD");
        break;
      case 2:
        r.description += " with " + kGenderTerms[pick(5)] + " of affected communities";
        break;
      case 3:
        r.marker = 0;
        break;
      default:
        break;
    }
    switch (pick(50)) {  // about 2% invalid
      case 0:
        r.date = std::to_string(year) + "-02-30";
        break;
      case 1:
        r.groups.push_back("victims");
        break;
      case 2:
        r.actions.push_back("51");
        break;
      default:
        break;
    }
    return r;
  }

 private:
  static void add_unique(std::vector<std::string>& list, const std::string& value) {
    for (const auto& item : list) {
      if (item == value) return;
    }
    list.push_back(value);
  }
  std::mt19937_64 random_;
};

std::string json_list(const std::vector<std::string>& items, bool quoted) {
  std::string out = "[";
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i > 0) out += ", ";
    out += quoted ? "\"" + items[i] + "\"" : items[i];
  }
  return out + "]";
}

std::string json_record(const Generator::Record& r) {
  std::string out = "{\"id\": \"" + r.id + "\", \"date\": \"" + r.date + "\", \"title\": \"" +
                    r.title + "\", \"description\": \"" + r.description + "\", \"kind\": \"" +
                    r.kind + "\", \"groups\": " + json_list(r.groups, true) +
                    ", \"actions\": " + json_list(r.actions, false);
  if (!r.partners.empty()) out += ", \"partners\": " + json_list(r.partners, true);
  if (!r.tags.empty()) out += ", \"tags\": " + json_list(r.tags, true);
  if (r.marker >= 0) out += ", \"gender_marker\": " + std::to_string(r.marker);
  return out + "}";
}

std::string csv_list(const std::vector<std::string>& items) {
  std::string out;
  for (std::size_t i = 0; i < items.size(); ++i) out += (i > 0 ? ";" : "") + items[i];
  return out;
}

std::string csv_record(const Generator::Record& r) {
  return r.id + "," + r.date + ",\"" + r.title + "\",\"" + r.description + "\"," + r.kind + "," +
         csv_list(r.groups) + "," + csv_list(r.actions) + "," + csv_list(r.partners) + "," +
         (r.marker >= 0 ? std::to_string(r.marker) : "") + "," + csv_list(r.tags) + "\r\n";
}

}  // namespace

bool write_generated_log(std::FILE* out, long count, unsigned long seed,
                         const std::string& format) {
  Generator generator(seed);
  if (format == "json") std::fputs("[\n", out);
  if (format == "csv") {
    std::fputs("id,date,title,description,kind,groups,actions,partners,gender_marker,tags\r\n",
               out);
  }
  for (long i = 0; i < count; ++i) {
    auto record = generator.next(i);
    std::string line = format == "csv" ? csv_record(record) : json_record(record);
    if (format == "json") line = (i > 0 ? ",\n" : "") + line;
    if (format == "ndjson") line += "\n";
    std::fwrite(line.data(), 1, line.size(), out);
  }
  if (format == "json") std::fputs("\n]\n", out);
  return std::fflush(out) == 0 && !std::ferror(out);
}

std::string generated_log(long count, unsigned long seed, const std::string& format) {
  char* buffer = nullptr;
  std::size_t size = 0;
  std::FILE* out = open_memstream(&buffer, &size);
  write_generated_log(out, count, seed, format);
  std::fclose(out);
  std::string text(buffer, size);
  std::free(buffer);
  return text;
}

}  // namespace lapaudit::bench
