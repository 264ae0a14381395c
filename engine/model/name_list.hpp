// SPDX-License-Identifier: Apache-2.0
#pragma once

// The names an activity lists (its working groups, its partners): a CompactList of pointers
// into one table of names for the whole process, so that a million activities naming the same
// few groups share a few strings. Reads like a std::vector<std::string> that cannot be changed
// in place; two lists are equal when they name the same names in the same order.

#include <cstddef>
#include <initializer_list>
#include <ranges>
#include <string>
#include <string_view>
#include <vector>

#include "model/compact_list.hpp"
#include "model/indexed_iterator.hpp"

namespace lapaudit {

// The one copy of `name` in the process's table of names, added on first use. The table only
// grows (it holds the names the logs of a run list: the rule set's groups, partners and kinds,
// and the input files' names); safe to call from several threads.
const std::string& intern_name(std::string_view name);

// One name from that table (an activity's kind, the file it came from) in 8 bytes. Reads as
// the string; "" when not set.
class Name {
 public:
  // Implicit both ways: a name is its text.
  Name() = default;
  Name(std::string_view text) : text_(text.empty() ? nullptr : &intern_name(text)) {}
  Name(const std::string& text) : Name(std::string_view(text)) {}
  Name(const char* text) : Name(std::string_view(text)) {}

  const std::string& str() const { return text_ != nullptr ? *text_ : empty_text(); }
  operator const std::string&() const { return str(); }
  bool empty() const { return text_ == nullptr; }

  friend bool operator==(const Name& a, const Name& b) { return a.text_ == b.text_; }
  friend bool operator==(const Name& a, std::string_view b) { return a.str() == b; }
  friend bool operator==(const Name& a, const std::string& b) { return a.str() == b; }
  friend bool operator==(const Name& a, const char* b) { return a.str() == b; }
  friend std::string operator+(const std::string& a, const Name& b) { return a + b.str(); }
  friend std::string operator+(const Name& a, const std::string& b) { return a.str() + b; }
  friend std::string operator+(const char* a, const Name& b) { return a + b.str(); }
  friend std::string operator+(const Name& a, const char* b) { return a.str() + b; }

 private:
  static const std::string& empty_text();
  const std::string* text_ = nullptr;
};

// An activity's groups or partners, in the order the record gives them.
class NameList {
 public:
  using const_iterator = IndexedIterator<NameList>;
  using iterator = const_iterator;

  NameList() = default;
  NameList(std::initializer_list<std::string_view> names) {
    for (std::string_view name : names) push_back(name);
  }
  template <std::ranges::input_range Names>
  explicit NameList(const Names& names) {
    for (const auto& name : names) push_back(name);
  }

  void push_back(std::string_view name) { names_.push_back(&intern_name(name)); }
  void clear() { names_.clear(); }

  std::size_t size() const { return names_.size(); }
  bool empty() const { return names_.empty(); }
  const_iterator begin() const { return {this, 0}; }
  const_iterator end() const { return {this, size()}; }
  const std::string& operator[](std::size_t i) const { return *names_[i]; }
  const std::string& front() const { return *names_.front(); }
  const std::string& back() const { return *names_.back(); }

  // A copy as plain strings, for data that outlives the activity (a report, a rejection).
  std::vector<std::string> strings() const { return {begin(), end()}; }

  // Equal names are the same entry of the table: comparing pointers compares the names.
  friend bool operator==(const NameList& a, const NameList& b) { return a.names_ == b.names_; }

 private:
  CompactList<const std::string*> names_;
};

}  // namespace lapaudit
