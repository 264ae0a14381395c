// SPDX-License-Identifier: Apache-2.0
#pragma once

// The ids of the activities behind a status or a finding (its evidence), in one block of text
// plus where each id ends: about 14 bytes per id where a std::string takes 32. A finding of a
// large log can list a million ids ("every activity without participant numbers").

#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include "model/indexed_iterator.hpp"

namespace lapaudit {

class IdList {
 public:
  using const_iterator = IndexedIterator<IdList>;
  using iterator = const_iterator;

  IdList() = default;
  IdList(std::initializer_list<std::string_view> ids) {
    for (std::string_view id : ids) push_back(id);
  }
  explicit IdList(const std::vector<std::string>& ids) {
    for (const std::string& id : ids) push_back(id);
  }

  // REQUIRES: the ids of one list take less than 4 GiB together (throws std::length_error).
  void push_back(std::string_view id);
  void clear() {
    chars_.clear();
    ends_.clear();
  }

  std::size_t size() const { return ends_.size(); }
  bool empty() const { return ends_.empty(); }
  std::string_view operator[](std::size_t i) const {
    std::size_t start = i == 0 ? 0 : ends_[i - 1];
    return std::string_view(chars_).substr(start, ends_[i] - start);
  }
  std::string_view front() const { return (*this)[0]; }
  const_iterator begin() const { return {this, 0}; }
  const_iterator end() const { return {this, size()}; }

  // A copy as plain strings.
  std::vector<std::string> strings() const { return {begin(), end()}; }

  friend bool operator==(const IdList& a, const IdList& b) = default;

 private:
  std::string chars_;
  std::vector<std::uint32_t> ends_;
};

// "a, b, c", as join() does for a vector of strings.
std::string join(const IdList& ids, std::string_view separator = ", ");

}  // namespace lapaudit
