// SPDX-License-Identifier: Apache-2.0
#pragma once

// A random-access iterator over any list that reads its entries by index (list[i]): for the
// compact lists of the model (NameList, IdList), whose entries are worked out on reading.

#include <compare>
#include <cstddef>
#include <iterator>
#include <type_traits>
#include <utility>

namespace lapaudit {

template <class List>
class IndexedIterator {
 public:
  using reference = decltype(std::declval<const List&>()[0]);
  using value_type = std::remove_cvref_t<reference>;
  using difference_type = std::ptrdiff_t;
  using pointer = void;
  // Random access either way; for the older algorithms that want a true reference, an entry
  // read by value (IdList's std::string_view) makes it an input iterator.
  using iterator_concept = std::random_access_iterator_tag;
  using iterator_category =
      std::conditional_t<std::is_reference_v<reference>, std::random_access_iterator_tag,
                         std::input_iterator_tag>;

  IndexedIterator() = default;
  IndexedIterator(const List* list, std::size_t at) : list_(list), at_(at) {}

  reference operator*() const { return (*list_)[at_]; }
  reference operator[](difference_type n) const { return (*list_)[at_ + n]; }
  IndexedIterator& operator++() {
    ++at_;
    return *this;
  }
  IndexedIterator operator++(int) { return {list_, at_++}; }
  IndexedIterator& operator--() {
    --at_;
    return *this;
  }
  IndexedIterator operator--(int) { return {list_, at_--}; }
  IndexedIterator& operator+=(difference_type n) {
    at_ += n;
    return *this;
  }
  IndexedIterator& operator-=(difference_type n) {
    at_ -= n;
    return *this;
  }
  friend IndexedIterator operator+(IndexedIterator it, difference_type n) { return it += n; }
  friend IndexedIterator operator+(difference_type n, IndexedIterator it) { return it += n; }
  friend IndexedIterator operator-(IndexedIterator it, difference_type n) { return it -= n; }
  friend difference_type operator-(IndexedIterator a, IndexedIterator b) {
    return static_cast<difference_type>(a.at_) - static_cast<difference_type>(b.at_);
  }
  friend bool operator==(IndexedIterator a, IndexedIterator b) { return a.at_ == b.at_; }
  friend std::strong_ordering operator<=>(IndexedIterator a, IndexedIterator b) {
    return a.at_ <=> b.at_;
  }

 private:
  const List* list_ = nullptr;
  std::size_t at_ = 0;
};

}  // namespace lapaudit
