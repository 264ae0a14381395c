// SPDX-License-Identifier: Apache-2.0
#include "util/date.hpp"

#include <gtest/gtest.h>

namespace lapaudit {
namespace {

TEST(DateTest, ParsesAndWritesBack) {
  auto date = Date::parse("2024-09-12");
  ASSERT_TRUE(date);
  EXPECT_EQ(date->to_string(), "2024-09-12");
}

TEST(DateTest, RefusesDaysThatDoNotExist) {
  EXPECT_FALSE(Date::parse("2024-02-30"));
  EXPECT_FALSE(Date::parse("2023-02-29"));
  EXPECT_FALSE(Date::parse("2024-13-01"));
  EXPECT_FALSE(Date::parse("0000-00-00"));
  EXPECT_TRUE(Date::parse("2024-02-29"));
}

TEST(DateTest, RefusesOtherShapes) {
  EXPECT_FALSE(Date::parse("12/09/2024"));
  EXPECT_FALSE(Date::parse("2024-9-12"));
  EXPECT_FALSE(Date::parse("2024-09-12T10:00"));
  EXPECT_FALSE(Date::parse(""));
}

TEST(DateTest, PeriodIncludesBothEnds) {
  Period period{*Date::parse("2023-09-15"), *Date::parse("2024-09-13")};
  EXPECT_TRUE(period.contains(*Date::parse("2023-09-15")));
  EXPECT_TRUE(period.contains(*Date::parse("2024-09-13")));
  EXPECT_FALSE(period.contains(*Date::parse("2023-09-14")));
  EXPECT_FALSE(period.contains(*Date::parse("2024-09-14")));
}

}  // namespace
}  // namespace lapaudit
