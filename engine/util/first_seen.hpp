// SPDX-License-Identifier: Apache-2.0
#pragma once

// Drops repeated entries from a list while keeping the first of each in its place, in time
// linear in the list's length: a record may list 100,000 tags, and comparing each with every
// earlier one would take minutes. A short list (the usual one to three groups) is compared
// entry by entry, without allocating; a longer one is hashed.

#include <array>
#include <cstddef>
#include <functional>
#include <unordered_set>

namespace lapaudit {

// The values passed to add() must outlive it (a std::string_view into a document, say).
template <class T>
class FirstSeen {
 public:
  // Whether `value` is new (not added before); it is added either way.
  bool add(const T& value) {
    if (set_.empty()) {
      for (std::size_t i = 0; i < count_; ++i) {
        if (few_[i] == value) return false;
      }
      if (count_ < few_.size()) {
        few_[count_++] = value;
        return true;
      }
      set_.insert(few_.begin(), few_.end());
    }
    return set_.insert(value).second;
  }

 private:
  std::array<T, 8> few_{};
  std::size_t count_ = 0;
  std::unordered_set<T> set_;  // all of them, once there are more than few_ holds
};

}  // namespace lapaudit
