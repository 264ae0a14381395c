// SPDX-License-Identifier: Apache-2.0
#include "load/field_values.hpp"

#include <array>
#include <charconv>
#include <cstdio>

#include "util/text_util.hpp"

namespace lapaudit {
namespace {

constexpr std::string_view kBlank = " \t\r\n";

// Up to `max` digits, at least one: their value; else nothing.
std::optional<int> small_number(std::string_view text, std::size_t max) {
  if (text.empty() || text.size() > max) return std::nullopt;
  int value = 0;
  for (char c : text) {
    if (c < '0' || c > '9') return std::nullopt;
    value = value * 10 + (c - '0');
  }
  return value;
}

std::optional<Date> calendar_date(int year, int month, int day) {
  char iso[32];
  std::snprintf(iso, sizeof iso, "%04d-%02d-%02d", year, month, day);
  return Date::parse(iso);
}

// The three parts of "a.b.c" or "a/b/c" (one separator kind); nothing otherwise.
std::optional<std::array<std::string_view, 3>> three_parts(std::string_view text, char separator) {
  std::size_t first = text.find(separator);
  if (first == std::string_view::npos) return std::nullopt;
  std::size_t second = text.find(separator, first + 1);
  if (second == std::string_view::npos || text.find(separator, second + 1) != text.npos) {
    return std::nullopt;
  }
  return std::array{text.substr(0, first), text.substr(first + 1, second - first - 1),
                    text.substr(second + 1)};
}

std::string not_a_date(std::string_view text) {
  return "\"" + std::string(text) + "\" is not a calendar date (write it as YYYY-MM-DD)";
}

constexpr const char* kPassOrder =
    ": pass --date-order dmy (day first) or --date-order mdy (month first), or format the date "
    "column as text written YYYY-MM-DD";

// "05.03.2024", "12/10/2023": read in `order`, or a message with both readings.
DateReading read_day_month(std::string_view text, std::string_view date, char separator,
                           DateOrder order) {
  auto parts = three_parts(date, separator);
  if (!parts) return {std::nullopt, not_a_date(text)};
  auto a = small_number((*parts)[0], 2);
  auto b = small_number((*parts)[1], 2);
  auto year = small_number((*parts)[2], 4);
  if (!a || !b || !year || (*parts)[2].size() != 4) return {std::nullopt, not_a_date(text)};
  std::optional<Date> day_first = calendar_date(*year, *b, *a);
  std::optional<Date> month_first = calendar_date(*year, *a, *b);
  std::string quoted = "\"" + std::string(text) + "\"";
  if (order == DateOrder::kDayFirst) {
    if (day_first) return {day_first, {}};
    return {std::nullopt, quoted + " is not a calendar date read day first (--date-order dmy)"};
  }
  if (order == DateOrder::kMonthFirst) {
    if (month_first) return {month_first, {}};
    return {std::nullopt, quoted + " is not a calendar date read month first (--date-order mdy)"};
  }
  if (!day_first && !month_first) return {std::nullopt, not_a_date(text)};
  if (day_first && month_first && *day_first == *month_first) {
    return {std::nullopt, quoted + " is " + day_first->to_string() +
                              " either way, but lapaudit reads a date written with \"" +
                              std::string(1, separator) + "\" only when told the order" +
                              kPassOrder};
  }
  if (day_first && month_first) {
    return {std::nullopt, quoted + " could be " + day_first->to_string() + " (day first) or " +
                              month_first->to_string() + " (month first)" + kPassOrder};
  }
  std::string only = day_first ? day_first->to_string() + " (day first)"
                               : month_first->to_string() + " (month first)";
  return {std::nullopt, quoted + " can only be " + only +
                            ", but lapaudit does not guess the order of a sheet's dates from "
                            "one of them" +
                            kPassOrder};
}

// "2024-3-21": a year of four digits, a month and a day of one or two.
DateReading read_iso(std::string_view text, std::string_view date) {
  auto parts = three_parts(date, '-');
  if (!parts || (*parts)[0].size() != 4) return {std::nullopt, not_a_date(text)};
  auto year = small_number((*parts)[0], 4);
  auto month = small_number((*parts)[1], 2);
  auto day = small_number((*parts)[2], 2);
  if (!year || !month || !day || *year < 1) return {std::nullopt, not_a_date(text)};
  std::optional<Date> read = calendar_date(*year, *month, *day);
  if (!read) return {std::nullopt, not_a_date(text)};
  return {read, {}};
}

// " 00:00:00", "T00:00", "T00:00:00.000Z": a spreadsheet's midnight, nothing of the day.
bool is_midnight(std::string_view time) {
  if (!time.empty() && (time.back() == 'Z' || time.back() == 'z')) time.remove_suffix(1);
  if (time.size() < 5 || time[2] != ':') return false;
  return time.find_first_not_of("0:.") == std::string_view::npos;
}

}  // namespace

std::string_view trim_blank(std::string_view text) {
  std::size_t first = text.find_first_not_of(kBlank);
  if (first == std::string_view::npos) return {};
  return text.substr(first, text.find_last_not_of(kBlank) - first + 1);
}

bool same_id(std::string_view text, std::string_view id) {
  text = trim_blank(text);
  if (text.size() != id.size()) return false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    char d = id[i];
    if (d >= 'A' && d <= 'Z') d = static_cast<char>(d - 'A' + 'a');
    if (c != d) return false;
  }
  return true;
}

std::optional<bool> boolean_word(std::string_view text) {
  std::string folded = fold_case(trim_blank(text));
  for (const char* yes : {"true", "yes", "1", "wahr", "vrai", "verdadero"}) {
    if (folded == yes) return true;
  }
  for (const char* no : {"false", "no", "0", "falsch", "faux", "falso"}) {
    if (folded == no) return false;
  }
  return std::nullopt;
}

std::optional<std::int64_t> whole_number_text(std::string_view text) {
  text = trim_blank(text);
  if (!text.empty() && text.front() == '+') text.remove_prefix(1);
  if (std::size_t point = text.find('.'); point != std::string_view::npos) {
    std::string_view decimals = text.substr(point + 1);
    if (decimals.empty() || decimals.find_first_not_of('0') != std::string_view::npos) {
      return std::nullopt;
    }
    text = text.substr(0, point);
  }
  std::int64_t number = 0;
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), number);
  if (text.empty() || error != std::errc() || end != text.data() + text.size()) {
    return std::nullopt;
  }
  return number;
}

bool is_unknown_count(std::string_view text) {
  std::string folded = fold_case(trim_blank(text));
  return folded.empty() || folded == "n/a" || folded == "na" || folded == "-" || folded == "?";
}

std::optional<std::int64_t> action_number_text(std::string_view text) {
  std::string folded = fold_case(trim_blank(text));
  std::string_view rest = folded;
  for (std::string_view prefix : {"action", "lap"}) {
    if (rest.substr(0, prefix.size()) == prefix) {
      rest.remove_prefix(prefix.size());
      if (rest.empty() || rest.front() < '0' || rest.front() > '9') rest = trim_blank(rest);
      if (rest.empty() || rest.front() < '0' || rest.front() > '9') return std::nullopt;
      return whole_number_text(rest);
    }
  }
  return std::nullopt;
}

std::vector<std::string_view> list_entries(std::string_view text) {
  std::vector<std::string_view> entries;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find_first_of(";,", start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view entry = trim_blank(text.substr(start, end - start));
    if (!entry.empty()) entries.push_back(entry);
    start = end + 1;
  }
  return entries;
}

DateReading read_date_text(std::string_view text, DateOrder order) {
  std::string_view date = trim_blank(text);
  if (std::size_t time = date.find_first_of(" T"); time != std::string_view::npos) {
    if (!is_midnight(trim_blank(date.substr(time + 1)))) {
      return {std::nullopt, "\"" + std::string(text) +
                                "\" is not a calendar date: it has a time of day (write only the "
                                "day, YYYY-MM-DD)"};
    }
    date = date.substr(0, time);
  }
  if (date.find('.') != std::string_view::npos) {
    return read_day_month(text, date, '.', order);
  }
  if (date.find('/') != std::string_view::npos) {
    return read_day_month(text, date, '/', order);
  }
  return read_iso(text, date);
}

}  // namespace lapaudit
