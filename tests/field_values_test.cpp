// SPDX-License-Identifier: Apache-2.0
// Values as people and spreadsheets write them: read when they have one reading, left to the
// caller to report otherwise.

#include "load/field_values.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace lapaudit {
namespace {

std::string date_or_problem(std::string_view text, DateOrder order = DateOrder::kIsoOnly) {
  DateReading reading = read_date_text(text, order);
  return reading.date ? reading.date->to_string() : reading.problem;
}

TEST(FieldValuesTest, ExcelBooleansInFourLanguages) {
  for (const char* yes :
       {"true", "TRUE", "Yes", "1", "WAHR", "vrai", "VRAI", "Verdadero", " yes "}) {
    EXPECT_EQ(boolean_word(yes), true) << yes;
  }
  for (const char* no : {"false", "FALSE", "no", "0", "FALSCH", "Faux", "FALSO"}) {
    EXPECT_EQ(boolean_word(no), false) << no;
  }
  for (const char* neither : {"maybe", "", "2", "oui"}) EXPECT_FALSE(boolean_word(neither));
}

TEST(FieldValuesTest, WholeNumbersAsASpreadsheetWritesThem) {
  EXPECT_EQ(whole_number_text("2"), 2);
  EXPECT_EQ(whole_number_text("2.0"), 2);
  EXPECT_EQ(whole_number_text(" +12.00 "), 12);
  EXPECT_EQ(whole_number_text("-3"), -3);
  EXPECT_FALSE(whole_number_text("4.5"));
  EXPECT_FALSE(whole_number_text("2."));
  EXPECT_FALSE(whole_number_text("twelve"));
  EXPECT_FALSE(whole_number_text(""));
  EXPECT_FALSE(whole_number_text("99999999999999999999"));
}

TEST(FieldValuesTest, UnknownCounts) {
  for (const char* unknown : {"", "  ", "n/a", "N/A", "NA", "-", "?"}) {
    EXPECT_TRUE(is_unknown_count(unknown)) << unknown;
  }
  EXPECT_FALSE(is_unknown_count("0"));
  EXPECT_FALSE(is_unknown_count("none"));
}

TEST(FieldValuesTest, ActionWrittenWithItsName) {
  EXPECT_EQ(action_number_text("Action 29"), 29);
  EXPECT_EQ(action_number_text("LAP 29"), 29);
  EXPECT_EQ(action_number_text("lap29"), 29);
  EXPECT_FALSE(action_number_text("29"));
  EXPECT_FALSE(action_number_text("Action"));
  EXPECT_FALSE(action_number_text("lapse 3"));
}

TEST(FieldValuesTest, ListEntriesSplitAtSemicolonsAndCommas) {
  EXPECT_EQ(list_entries("gso, victim-assistance"),
            (std::vector<std::string_view>{"gso", "victim-assistance"}));
  EXPECT_EQ(list_entries(" 31;34 ,"), (std::vector<std::string_view>{"31", "34"}));
  EXPECT_EQ(list_entries("isu"), (std::vector<std::string_view>{"isu"}));
}

TEST(FieldValuesTest, IdsIgnoreCaseAndSurroundingSpaces) {
  EXPECT_TRUE(same_id("ISU", "isu"));
  EXPECT_TRUE(same_id(" Meeting ", "meeting"));
  EXPECT_FALSE(same_id("is u", "isu"));
}

TEST(FieldValuesTest, IsoDatesWithOneDigitOrAMidnightTime) {
  EXPECT_EQ(date_or_problem("2024-3-21"), "2024-03-21");
  EXPECT_EQ(date_or_problem("2024-03-05 00:00:00"), "2024-03-05");
  EXPECT_EQ(date_or_problem("2024-03-05T00:00:00"), "2024-03-05");
  EXPECT_EQ(date_or_problem("2024-03-05T00:00:00.000Z"), "2024-03-05");
  EXPECT_EQ(date_or_problem("2024-03-05 14:30:00"),
            "\"2024-03-05 14:30:00\" is not a calendar date: it has a time of day (write only "
            "the day, YYYY-MM-DD)");
  EXPECT_EQ(date_or_problem("2024-02-30"),
            "\"2024-02-30\" is not a calendar date (write it as YYYY-MM-DD)");
}

TEST(FieldValuesTest, DayFirstAndMonthFirstDatesNeedTheOrder) {
  EXPECT_EQ(date_or_problem("05.03.2024"),
            "\"05.03.2024\" could be 2024-03-05 (day first) or 2024-05-03 (month first): pass "
            "--date-order dmy (day first) or --date-order mdy (month first), or format the date "
            "column as text written YYYY-MM-DD");
  EXPECT_EQ(date_or_problem("05.03.2024", DateOrder::kDayFirst), "2024-03-05");
  EXPECT_EQ(date_or_problem("12/10/2023", DateOrder::kMonthFirst), "2023-12-10");
  EXPECT_EQ(date_or_problem("12/10/2023", DateOrder::kDayFirst), "2023-10-12");
  EXPECT_EQ(date_or_problem("31/01/2024"),
            "\"31/01/2024\" can only be 2024-01-31 (day first), but lapaudit does not guess the "
            "order of a sheet's dates from one of them: pass --date-order dmy (day first) or "
            "--date-order mdy (month first), or format the date column as text written "
            "YYYY-MM-DD");
  EXPECT_EQ(date_or_problem("31/01/2024", DateOrder::kMonthFirst),
            "\"31/01/2024\" is not a calendar date read month first (--date-order mdy)");
  EXPECT_EQ(date_or_problem("05.03.2024 00:00", DateOrder::kDayFirst), "2024-03-05");
  EXPECT_EQ(date_or_problem("31.31.2024"),
            "\"31.31.2024\" is not a calendar date (write it as YYYY-MM-DD)");
}

}  // namespace
}  // namespace lapaudit
