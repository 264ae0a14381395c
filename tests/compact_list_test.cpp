// SPDX-License-Identifier: Apache-2.0
#include "model/compact_list.hpp"

#include <gtest/gtest.h>

#include <utility>
#include <vector>

namespace lapaudit {
namespace {

std::vector<int> values(const CompactList<int>& list) { return {list.begin(), list.end()}; }

TEST(CompactListTest, IsNoLargerThanAVector) {
  EXPECT_EQ(sizeof(CompactList<int>), 24U);
  EXPECT_EQ(sizeof(CompactList<const int*>), 24U);
}

TEST(CompactListTest, KeepsItsValuesInOrderInlineAndOnTheHeap) {
  CompactList<int> list;
  EXPECT_TRUE(list.empty());
  std::vector<int> expected;
  for (int i = 0; i < 40; ++i) {  // 4 inline, then 8, 16, 32, 64 on the heap
    list.push_back(i * 3);
    expected.push_back(i * 3);
    ASSERT_EQ(values(list), expected) << "after " << i + 1 << " values";
  }
  EXPECT_EQ(list.size(), 40U);
  EXPECT_EQ(list.front(), 0);
  EXPECT_EQ(list.back(), 117);
  EXPECT_EQ(list[7], 21);
}

TEST(CompactListTest, CopiesAndMovesKeepTheValues) {
  for (int count : {0, 3, 4, 5, 20}) {
    CompactList<int> list;
    for (int i = 0; i < count; ++i) list.push_back(i);
    std::vector<int> expected = values(list);

    CompactList<int> copy(list);
    EXPECT_EQ(values(copy), expected);
    EXPECT_EQ(copy, list);
    copy.push_back(99);  // the copy owns its values
    EXPECT_EQ(values(list), expected);

    CompactList<int> moved(std::move(copy));
    EXPECT_EQ(moved.size(), static_cast<std::size_t>(count) + 1);
    EXPECT_TRUE(copy.empty());  // NOLINT(bugprone-use-after-move): moved-from is empty

    CompactList<int> assigned{1, 2, 3, 4, 5, 6};
    assigned = list;
    EXPECT_EQ(values(assigned), expected);
    assigned = std::move(moved);
    EXPECT_EQ(assigned.size(), static_cast<std::size_t>(count) + 1);
    const CompactList<int>& self = assigned;
    assigned = self;  // assigning a list to itself keeps its values
    EXPECT_EQ(assigned.size(), static_cast<std::size_t>(count) + 1);
  }
}

TEST(CompactListTest, EqualityComparesValuesNotCapacity) {
  CompactList<int> grown{1, 2, 3, 4, 5};
  CompactList<int> small{1, 2, 3};
  EXPECT_NE(grown, small);
  CompactList<int> shrunk = grown;
  shrunk.clear();
  for (int i : {1, 2, 3}) shrunk.push_back(i);  // on the heap, same values
  EXPECT_EQ(shrunk, small);
  EXPECT_EQ(CompactList<int>(std::vector<int>{1, 2, 3}), small);
}

}  // namespace
}  // namespace lapaudit
