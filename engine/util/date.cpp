// SPDX-License-Identifier: Apache-2.0
#include "util/date.hpp"

#include <chrono>
#include <cstdio>

namespace lapaudit {
namespace {

std::optional<int> digits(std::string_view text) {
  int value = 0;
  for (char c : text) {
    if (c < '0' || c > '9') return std::nullopt;
    value = value * 10 + (c - '0');
  }
  return value;
}

}  // namespace

std::optional<Date> Date::parse(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  auto y = digits(text.substr(0, 4));
  auto m = digits(text.substr(5, 2));
  auto d = digits(text.substr(8, 2));
  if (!y || !m || !d || *y < 1) return std::nullopt;
  std::chrono::year_month_day ymd{std::chrono::year{*y}, std::chrono::month(unsigned(*m)),
                                  std::chrono::day(unsigned(*d))};
  if (!ymd.ok()) return std::nullopt;
  return Date(static_cast<int>(std::chrono::sys_days(ymd).time_since_epoch().count()));
}

std::string Date::to_string() const {
  std::chrono::year_month_day ymd{std::chrono::sys_days(std::chrono::days(days_))};
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02u", int(ymd.year()), unsigned(ymd.month()),
                unsigned(ymd.day()));
  return buffer;
}

}  // namespace lapaudit
