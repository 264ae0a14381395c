#pragma once

// The ids of the activities behind a status or a finding (its evidence), in one block of text
// plus where each id ends: about 14 bytes per id where a std::string takes 32. A finding of a
// large log can list a million ids ("every activity without participant numbers").

#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <iterator>
#include <string>
#include <string_view>
#include <vector>

namespace lapaudit {

class IdList {
 public:
  class const_iterator {
   public:
    using iterator_category = std::random_access_iterator_tag;
    using value_type = std::string_view;
    using difference_type = std::ptrdiff_t;
    using pointer = void;
    using reference = std::string_view;

    const_iterator() = default;
    const_iterator(const IdList* list, std::size_t at) : list_(list), at_(at) {}
    std::string_view operator*() const { return (*list_)[at_]; }
    std::string_view operator[](difference_type n) const { return (*list_)[at_ + n]; }
    const_iterator& operator++() {
      ++at_;
      return *this;
    }
    const_iterator operator++(int) { return {list_, at_++}; }
    const_iterator& operator--() {
      --at_;
      return *this;
    }
    const_iterator operator--(int) { return {list_, at_--}; }
    const_iterator& operator+=(difference_type n) {
      at_ += n;
      return *this;
    }
    const_iterator& operator-=(difference_type n) {
      at_ -= n;
      return *this;
    }
    friend const_iterator operator+(const_iterator it, difference_type n) { return it += n; }
    friend const_iterator operator+(difference_type n, const_iterator it) { return it += n; }
    friend const_iterator operator-(const_iterator it, difference_type n) { return it -= n; }
    friend difference_type operator-(const_iterator a, const_iterator b) {
      return static_cast<difference_type>(a.at_) - static_cast<difference_type>(b.at_);
    }
    friend bool operator==(const const_iterator& a, const const_iterator& b) {
      return a.at_ == b.at_;
    }
    friend auto operator<=>(const const_iterator& a, const const_iterator& b) {
      return a.at_ <=> b.at_;
    }

   private:
    const IdList* list_ = nullptr;
    std::size_t at_ = 0;
  };
  using value_type = std::string_view;
  using iterator = const_iterator;
  using size_type = std::size_t;

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
