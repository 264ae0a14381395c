// SPDX-License-Identifier: Apache-2.0
#pragma once

// A short list of plain values (an activity's action numbers, the names of its groups) in 24
// bytes: up to 16 bytes of values are kept inline, longer lists on the heap. A large log holds
// millions of such lists with one to three entries each; a std::vector (24 bytes plus a heap
// block of at least 32) or boost::container::small_vector (40 bytes) would cost 16 to 40 bytes
// more per list.

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <memory>
#include <ranges>
#include <type_traits>

namespace lapaudit {

template <typename T>
class CompactList {
  // NOLINTNEXTLINE(bugprone-sizeof-expression): T is often a pointer, and its size is meant.
  static constexpr std::size_t kValueBytes = sizeof(T);
  static_assert(std::is_trivially_copyable_v<T> && kValueBytes <= 8,
                "CompactList holds small plain values");

 public:
  static constexpr std::uint32_t kInline = 16 / kValueBytes;

  using value_type = T;
  using const_iterator = const T*;
  using iterator = const T*;
  using size_type = std::size_t;

  CompactList() = default;
  CompactList(std::initializer_list<T> values) {
    for (const T& value : values) push_back(value);
  }
  template <std::ranges::input_range Values>
  explicit CompactList(const Values& values) {
    for (const auto& value : values) push_back(value);
  }
  CompactList(const CompactList& other) { append(other.data(), other.size_); }
  CompactList(CompactList&& other) noexcept { take(other); }
  CompactList& operator=(const CompactList& other) {
    if (this != &other) {
      clear();
      append(other.data(), other.size_);
    }
    return *this;
  }
  CompactList& operator=(CompactList&& other) noexcept {
    if (this != &other) {
      release();
      take(other);
    }
    return *this;
  }
  ~CompactList() { release(); }

  void push_back(T value) {
    if (size_ == capacity_) grow(capacity_ * 2);
    data()[size_++] = value;
  }
  void clear() { size_ = 0; }

  std::size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  const T* data() const { return on_heap() ? heap_ : inline_; }
  const T* begin() const { return data(); }
  const T* end() const { return data() + size_; }
  const T& operator[](std::size_t i) const { return data()[i]; }
  const T& front() const { return data()[0]; }
  const T& back() const { return data()[size_ - 1]; }

  friend bool operator==(const CompactList& a, const CompactList& b) {
    return std::equal(a.begin(), a.end(), b.begin(), b.end());
  }

 private:
  bool on_heap() const { return capacity_ > kInline; }
  T* data() { return on_heap() ? heap_ : inline_; }

  void append(const T* values, std::uint32_t count) {
    if (count > capacity_) grow(count);
    std::copy_n(values, count, data());
    size_ = count;
  }
  void grow(std::uint32_t capacity) {
    T* bigger = std::allocator<T>().allocate(capacity);
    std::copy_n(data(), size_, bigger);
    release();
    heap_ = bigger;
    capacity_ = capacity;
  }
  void release() {
    if (on_heap()) std::allocator<T>().deallocate(heap_, capacity_);
    capacity_ = kInline;
  }
  // Takes `other`'s values (its heap block, if any), leaving it empty. REQUIRES: this list
  // holds no heap block.
  void take(CompactList& other) {
    if (other.on_heap()) {
      heap_ = other.heap_;
    } else {
      std::copy_n(other.inline_, other.size_, inline_);
    }
    size_ = other.size_;
    capacity_ = other.capacity_;
    other.size_ = 0;
    other.capacity_ = kInline;
  }

  union {
    T inline_[kInline];
    T* heap_;
  };
  std::uint32_t size_ = 0;
  std::uint32_t capacity_ = kInline;
};

}  // namespace lapaudit
