#include "id_table.hpp"

namespace lapaudit {

void IdTable::grow(std::size_t slots) {
  if (slots <= slots_.size()) return;
  std::size_t size = 16;
  while (size < slots) size *= 2;
  std::vector<Entry> old = std::move(slots_);
  slots_.assign(size, Entry{});
  std::size_t mask = size - 1;
  for (const Entry& entry : old) {
    if (entry.record == kEmpty) continue;
    std::size_t i = entry.hash & mask;
    while (slots_[i].record != kEmpty) i = (i + 1) & mask;
    slots_[i] = entry;
  }
}

}  // namespace lapaudit
