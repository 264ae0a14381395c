// SPDX-License-Identifier: Apache-2.0
#pragma once

// How one value of an activity reads when a person or a spreadsheet wrote it: Excel's TRUE in
// four languages, "2.0" for 2, "n/a" for an unknown count, "Action 29" for 29, dates with a
// one-digit month or a midnight time. Only what has one reading is read; the rest is left to
// the caller to report (activity_record for JSON, NDJSON and CSV alike).

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "util/date.hpp"

namespace lapaudit {

// How a date written with "." or "/" (05.03.2024, 12/10/2023) is read: only when the user
// says which comes first (--date-order); ISO dates (YYYY-MM-DD) read whatever the order.
enum class DateOrder { kIsoOnly, kDayFirst, kMonthFirst };

// true/false, yes/no, 1/0 and Excel's TRUE/FALSE in English, French (VRAI/FAUX), Spanish
// (VERDADERO/FALSO) and German (WAHR/FALSCH), in any case and with spaces around; else nothing.
std::optional<bool> boolean_word(std::string_view text);

// A whole number written as text: "12", "+12", " 12 ", "2.0", "2.00" (Excel's way with a
// number cell); nothing for "2.5", "twelve" or a number beyond 64 bits.
std::optional<std::int64_t> whole_number_text(std::string_view text);

// Whether a participant count says it is not known: empty, "n/a", "na", "-", "?".
bool is_unknown_count(std::string_view text);

// An action written as "Action 29", "action 29", "LAP 29" or "LAP29": its number; else nothing
// (a bare "29" is whole_number_text's).
std::optional<std::int64_t> action_number_text(std::string_view text);

// The entries of a list written in one text, "gso; victim-assistance" or "31, 34": split at
// ";" and ",", each trimmed, empty entries left out. No id or number holds either sign.
std::vector<std::string_view> list_entries(std::string_view text);

// `text` without spaces, tabs and line breaks at either end.
std::string_view trim_blank(std::string_view text);

// Case-insensitive (ASCII) equality of `text`, trimmed, with an id: "ISU" and " isu " are isu.
bool same_id(std::string_view text, std::string_view id);

// A date as a log may write it. `problem` is set, in words and without the field's name, when
// it is not read: not a calendar day, a time that is not midnight, or a day-first or
// month-first date without `order` saying which (the message gives both readings).
struct DateReading {
  std::optional<Date> date;
  std::string problem;
};
DateReading read_date_text(std::string_view text, DateOrder order);

}  // namespace lapaudit
