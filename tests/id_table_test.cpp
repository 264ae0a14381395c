#include "id_table.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace lapaudit {
namespace {

TEST(IdTableTest, FindsTheFirstPlaceOfEachIdAcrossGrowth) {
  std::vector<std::string> ids;
  IdTable table;
  auto id_of = [&](std::uint32_t record) -> std::string_view { return ids[record]; };
  for (int i = 0; i < 1000; ++i) {
    ids.push_back("a-" + std::to_string(i));
    auto record = static_cast<std::uint32_t>(ids.size() - 1);
    EXPECT_EQ(table.find_or_add(ids.back(), IdTable::Entry{0, record, 0, i + 1}, id_of), nullptr);
  }
  const IdTable::Entry* earlier =
      table.find_or_add("a-417", IdTable::Entry{0, 5000, 1, 9999}, id_of);
  ASSERT_NE(earlier, nullptr);
  EXPECT_EQ(earlier->line, 418);
  EXPECT_EQ(earlier->input, 0u);
}

// Room made ahead, with ids already in, keeps them; more ids than the room still fit.
TEST(IdTableTest, KeepsItsIdsWhenRoomIsMadeAhead) {
  std::vector<std::string> ids;
  IdTable table;
  auto id_of = [&](std::uint32_t record) -> std::string_view { return ids[record]; };
  auto add = [&](int i) {
    ids.push_back("b-" + std::to_string(i));
    auto record = static_cast<std::uint32_t>(ids.size() - 1);
    return table.find_or_add(ids.back(), IdTable::Entry{0, record, 0, i + 1}, id_of);
  };
  for (int i = 0; i < 100; ++i) EXPECT_EQ(add(i), nullptr);
  table.reserve(500);
  for (int i = 100; i < 2000; ++i) EXPECT_EQ(add(i), nullptr);
  for (int i : {0, 99, 100, 1999}) {
    const IdTable::Entry* earlier = add(i);
    ASSERT_NE(earlier, nullptr) << i;
    EXPECT_EQ(earlier->line, i + 1);
  }
}

}  // namespace
}  // namespace lapaudit
