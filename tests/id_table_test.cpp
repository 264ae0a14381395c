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

}  // namespace
}  // namespace lapaudit
