// apply_order: the order applied in place, whatever its cycles and however the moves are shared.
#include "permutation.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <memory>
#include <numeric>
#include <random>
#include <vector>

namespace lapaudit {
namespace {

// Items that can only be moved: a copy would not compile, a lost item would show as null.
std::vector<std::unique_ptr<int>> numbered(std::size_t count) {
  std::vector<std::unique_ptr<int>> items;
  for (std::size_t i = 0; i < count; ++i)
    items.push_back(std::make_unique<int>(static_cast<int>(i)));
  return items;
}

// Applies `order` with `jobs` jobs of at least `min_moves` moves each, and checks each position
// holds the item the order names.
void expect_applied(const std::vector<std::uint32_t>& order, std::size_t jobs,
                    std::size_t min_moves) {
  auto items = numbered(order.size());
  apply_order(items, order, jobs, min_moves);
  for (std::size_t i = 0; i < order.size(); ++i) {
    ASSERT_NE(items[i], nullptr) << "position " << i << ", " << jobs << " jobs";
    ASSERT_EQ(*items[i], static_cast<int>(order[i])) << "position " << i << ", " << jobs << " jobs";
  }
}

std::vector<std::uint32_t> identity(std::size_t count) {
  std::vector<std::uint32_t> order(count);
  std::iota(order.begin(), order.end(), 0U);
  return order;
}

TEST(PermutationTest, LeavesTheItemsAloneForTheIdentity) {
  for (std::size_t jobs : {1, 2, 4}) expect_applied(identity(100), jobs, 1);
  expect_applied({}, 2, 1);
}

// One cycle through every item, cut at each place the walk is shared out (a cycle cut twice or
// more included).
TEST(PermutationTest, OneLongCycleCutBetweenJobs) {
  auto order = identity(1000);
  std::rotate(order.begin(), order.begin() + 1, order.end());
  for (std::size_t jobs : {1, 2, 3, 4, 7}) expect_applied(order, jobs, 1);
}

// Cycles of two (a reversal), and cuts that fall between cycles or inside one.
TEST(PermutationTest, ManyShortCycles) {
  for (std::size_t count : {2, 3, 10, 11, 1001}) {
    auto order = identity(count);
    std::reverse(order.begin(), order.end());
    for (std::size_t jobs : {1, 2, 3, 4}) expect_applied(order, jobs, 1);
  }
}

TEST(PermutationTest, RandomOrdersOfEverySize) {
  std::mt19937 random(7);
  for (std::size_t count : {1, 2, 5, 64, 999, 20000}) {
    for (int round = 0; round < 5; ++round) {
      auto order = identity(count);
      std::shuffle(order.begin(), order.end(), random);
      for (std::size_t jobs : {1, 2, 3, 5}) expect_applied(order, jobs, 1);
      expect_applied(order, 2, 4096);  // the default share: small orders stay on one job
    }
  }
}

// Items that stay where they are between cycles that move.
TEST(PermutationTest, FixedPointsAmongCycles) {
  auto order = identity(12);
  std::swap(order[1], order[5]);
  std::rotate(order.begin() + 7, order.begin() + 8, order.begin() + 11);  // 7 <- 8 <- 9 <- 10 <- 7
  for (std::size_t jobs : {1, 2, 3, 4, 6}) expect_applied(order, jobs, 1);
}

}  // namespace
}  // namespace lapaudit
