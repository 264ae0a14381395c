// SPDX-License-Identifier: Apache-2.0
#pragma once

// A calendar date, as the inputs and reports write it (YYYY-MM-DD). Stored as a day count so
// that periods and distances in days are plain arithmetic.

#include <optional>
#include <string>
#include <string_view>

namespace lapaudit {

class Date {
 public:
  Date() = default;

  // Parses exactly "YYYY-MM-DD" naming a real calendar day (no 2024-02-30, no 0000-00-00).
  static std::optional<Date> parse(std::string_view text);
  static Date from_days(int days) { return Date(days); }

  std::string to_string() const;
  int days() const { return days_; }  // days since 1970-01-01

  // NOLINTNEXTLINE(modernize-use-nullptr): clang-tidy 14 misreads a defaulted <=>.
  friend auto operator<=>(const Date&, const Date&) = default;

 private:
  explicit Date(int days) : days_(days) {}
  int days_ = 0;
};

// Both ends included.
struct Period {
  Date from;
  Date to;
  bool contains(Date d) const { return from <= d && d <= to; }
};

}  // namespace lapaudit
