#include "permutation.hpp"

namespace lapaudit::permutation_detail {

Walk walk_cycles(std::vector<std::uint32_t>& order) {
  Walk walk;
  std::size_t moved = 0;
  for (std::size_t i = 0; i < order.size(); ++i) moved += order[i] != i ? 1 : 0;
  walk.positions.reserve(moved);
  for (std::size_t start = 0; start < order.size(); ++start) {
    if (order[start] == start) continue;
    walk.cycle_begins.push_back(walk.positions.size());
    std::size_t at = start;
    do {  // position `at` takes the item at order[at]: the next in the walk
      walk.positions.push_back(static_cast<std::uint32_t>(at));
      std::size_t from = order[at];
      order[at] = static_cast<std::uint32_t>(at);
      at = from;
    } while (at != start);
  }
  return walk;
}

}  // namespace lapaudit::permutation_detail
