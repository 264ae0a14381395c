// SPDX-License-Identifier: Apache-2.0
#include "model/id_list.hpp"

#include <gtest/gtest.h>

#include <iterator>
#include <ranges>
#include <string>
#include <vector>

namespace lapaudit {
namespace {

TEST(IdListTest, KeepsIdsInOrderWithTheirLengths) {
  IdList ids{"a1", "", "activity-with-a-long-id-2024", "é-1"};
  EXPECT_EQ(ids.size(), 4U);
  EXPECT_EQ(ids[0], "a1");
  EXPECT_EQ(ids[1], "");
  EXPECT_EQ(ids[2], "activity-with-a-long-id-2024");
  EXPECT_EQ(ids[3], "é-1");
  EXPECT_EQ(ids.front(), "a1");
  EXPECT_EQ(ids.strings(),
            (std::vector<std::string>{"a1", "", "activity-with-a-long-id-2024", "é-1"}));
  std::vector<std::string> seen;
  for (std::string_view id : ids) seen.emplace_back(id);
  EXPECT_EQ(seen, ids.strings());
  EXPECT_EQ(ids.end() - ids.begin(), 4);
}

TEST(IdListTest, IsARandomAccessRange) {
  static_assert(std::random_access_iterator<IdList::const_iterator>);
  static_assert(std::ranges::random_access_range<IdList>);
  IdList ids{"a", "b", "c", "d"};
  auto it = ids.begin() + 2;
  EXPECT_EQ(*it, "c");
  EXPECT_EQ(it[-1], "b");
  EXPECT_EQ(ids.end() - it, 2);
  EXPECT_LT(ids.begin(), it);
}

TEST(IdListTest, JoinsLikeJoin) {
  EXPECT_EQ(join(IdList{"a", "b", "c"}), "a, b, c");
  EXPECT_EQ(join(IdList{"a", "b"}, ";"), "a;b");
  EXPECT_EQ(join(IdList{}), "");
}

TEST(IdListTest, EqualListsHoldTheSameIds) {
  IdList ab{"a", "b"};
  EXPECT_EQ(ab, IdList(std::vector<std::string>{"a", "b"}));
  EXPECT_NE(ab, (IdList{"ab"}));  // same characters, other ids
  EXPECT_NE(ab, (IdList{"a", "b", "c"}));
  IdList cleared = ab;
  cleared.clear();
  EXPECT_TRUE(cleared.empty());
  EXPECT_EQ(cleared, IdList{});
}

TEST(IdListTest, HoldsAMillionIds) {
  IdList ids;
  for (int i = 0; i < 1000000; ++i) ids.push_back("gen-" + std::to_string(i));
  EXPECT_EQ(ids.size(), 1000000U);
  EXPECT_EQ(ids[999999], "gen-999999");
  EXPECT_EQ(ids[123456], "gen-123456");
}

}  // namespace
}  // namespace lapaudit
