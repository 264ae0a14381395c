#pragma once

// Applies an order to a large vector in place: what the canonical order of a log does to its
// activities (millions of them, each a few cache lines, moved across the whole log). A sorted
// copy would double the log's peak size; following each cycle of the order with one position
// at a time makes every move wait for the one before (the next position is only known once the
// last is read). So the cycles are first written out as one list of positions (a walk, four
// bytes per position moved): the items a move will need soon can then be fetched ahead, and the
// walk can be cut into parts that jobs move side by side.

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <utility>
#include <vector>

namespace lapaudit {

namespace permutation_detail {

// The cycles of `order` (positions it leaves alone are not in it), one after the other.
struct Walk {
  std::vector<std::uint32_t> positions;
  std::vector<std::size_t> cycle_begins;  // where each cycle starts in `positions`, ascending
  std::size_t cycle_end(std::size_t cycle) const {
    return cycle + 1 < cycle_begins.size() ? cycle_begins[cycle + 1] : positions.size();
  }
};

// Consumes `order` (every entry ends up equal to its position).
Walk walk_cycles(std::vector<std::uint32_t>& order);

}  // namespace permutation_detail

// Puts the item at items[order[i]] at position i, for every i. `order` must be a permutation of
// 0 .. items.size()-1. Each item is moved (never copied) once, plus once more for the first of
// each cycle and at each place the walk is cut; up to `jobs` jobs share the moves (1: all on
// the calling thread), each given at least `min_moves_per_job` of them.
template <typename T>
void apply_order(std::vector<T>& items, std::vector<std::uint32_t> order, std::size_t jobs,
                 std::size_t min_moves_per_job = 4096) {
  using permutation_detail::Walk;
  Walk walk = permutation_detail::walk_cycles(order);
  const auto& at = walk.positions;
  const std::size_t total = at.size();
  if (total == 0) return;
  // Cuts the walk into `parts` equal stretches. A cycle cut at a stretch's start has two items
  // moved out before the jobs start: the one at the cut (the stretch before reads it last, after
  // the stretch it starts has overwritten it) and the cycle's first (read by its last move,
  // which another job makes).
  const std::size_t parts =
      std::max<std::size_t>(1, std::min(jobs, total / std::max<std::size_t>(1, min_moves_per_job)));
  std::vector<std::size_t> cut(parts + 1);
  for (std::size_t part = 0; part <= parts; ++part) cut[part] = total * part / parts;
  std::vector<std::optional<T>> at_cut(parts);        // by stretch: the item at its start, if cut
  std::vector<std::pair<std::size_t, T>> cut_firsts;  // each cycle cut: its number, first item
  cut_firsts.reserve(parts);
  for (std::size_t part = 1, cycle = 0; part < parts; ++part) {
    while (walk.cycle_end(cycle) <= cut[part]) ++cycle;
    std::size_t begin = walk.cycle_begins[cycle];
    if (begin == cut[part]) continue;
    at_cut[part].emplace(std::move(items[at[cut[part]]]));
    if (cut_firsts.empty() || cut_firsts.back().first != cycle) {  // (a cycle may be cut twice)
      cut_firsts.emplace_back(cycle, std::move(items[at[begin]]));
    }
  }
  auto saved_first = [&](std::size_t cycle) -> T& {
    return std::find_if(cut_firsts.begin(), cut_firsts.end(),
                        [&](const auto& saved) { return saved.first == cycle; })
        ->second;
  };

  for (std::size_t part = 0; part < parts; ++part) {
    const std::size_t lo = cut[part];
    const std::size_t hi = cut[part + 1];
    constexpr std::size_t kAhead = 8;  // moves fetched ahead of the one being made
    std::size_t cycle = static_cast<std::size_t>(
        std::upper_bound(walk.cycle_begins.begin(), walk.cycle_begins.end(), lo) -
        walk.cycle_begins.begin() - 1);
    std::size_t end = walk.cycle_end(cycle);
    std::optional<T> first;  // of a cycle that starts and ends in this stretch
    bool cut_cycle = walk.cycle_begins[cycle] < lo || end > hi;
    if (!cut_cycle) first.emplace(std::move(items[at[lo]]));
    for (std::size_t p = lo; p < hi; ++p) {
      if (p + kAhead < hi) {
        const char* ahead = reinterpret_cast<const char*>(&items[at[p + kAhead]]);
        for (std::size_t line = 0; line < sizeof(T); line += 64) __builtin_prefetch(ahead + line);
      }
      if (p == end) {  // a new cycle
        ++cycle;
        end = walk.cycle_end(cycle);
        cut_cycle = end > hi;
        if (!cut_cycle) first.emplace(std::move(items[at[p]]));
      }
      T& target = items[at[p]];
      if (p + 1 == end) {
        target = std::move(cut_cycle ? saved_first(cycle) : *first);
      } else if (p + 1 == hi) {
        target = std::move(*at_cut[part + 1]);
      } else {
        target = std::move(items[at[p + 1]]);
      }
    }
  }
}

}  // namespace lapaudit
