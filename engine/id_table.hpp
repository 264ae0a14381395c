#pragma once

// The ids seen so far in a run, each with the place it was first seen, for the check that ids
// are unique across all inputs. Keeps no copy of the ids: each entry names the record holding
// its id, and the caller says how to read that id back. Open addressing over 64-bit hashes, in
// one array (no allocation per id).

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string_view>
#include <vector>

namespace lapaudit {

class IdTable {
 public:
  static constexpr std::uint32_t kEmpty = 0xFFFFFFFF;

  struct Entry {
    std::uint64_t hash = 0;
    std::uint32_t record = kEmpty;  // the caller's reference to the record holding the id
    std::uint32_t input = 0;
    int line = 0;
  };

  // Room for `ids` ids in all without growing (each growth moves every entry).
  void reserve(std::size_t ids) { grow((ids + 1) * 2); }

  // Starts fetching the slot where `id` would be looked up first: a large table is far from the
  // processor's caches, and a caller with other work to do before find_or_add can hide the wait.
  void prefetch(std::string_view id) const {
    if (slots_.empty()) return;
    std::uint64_t hash = std::hash<std::string_view>{}(id);
    __builtin_prefetch(&slots_[hash & (slots_.size() - 1)]);
  }

  // The entry of `id` when it was seen before; else adds `entry` for it and returns nullptr.
  // REQUIRES: `id_of(record)` gives the id of each record added before.
  template <class IdOf>
  const Entry* find_or_add(std::string_view id, Entry entry, const IdOf& id_of) {
    std::uint64_t hash = std::hash<std::string_view>{}(id);
    grow((size_ + 1) * 2);
    std::size_t mask = slots_.size() - 1;
    for (std::size_t i = hash & mask;; i = (i + 1) & mask) {
      Entry& slot = slots_[i];
      if (slot.record == kEmpty) {
        entry.hash = hash;
        slot = entry;
        ++size_;
        return nullptr;
      }
      if (slot.hash == hash && id_of(slot.record) == id) return &slot;
    }
  }

 private:
  // Makes the table at least `slots` long (a power of two), keeping its entries.
  void grow(std::size_t slots);

  std::vector<Entry> slots_;
  std::size_t size_ = 0;
};

}  // namespace lapaudit
