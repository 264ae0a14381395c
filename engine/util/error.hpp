// SPDX-License-Identifier: Apache-2.0
#pragma once

// Errors are values: every loader returns a Result carrying either what it built or an Error
// that names the place (file, line, column) and says, for a non-programmer, what is wrong.

#include <string>
#include <utility>
#include <variant>
#include <vector>

namespace lapaudit {

struct Error {
  std::string file;  // as the user named it; empty when there is no file (an option, say)
  int line = 0;      // 1-based; 0 when the whole file is meant
  int column = 0;    // 1-based; 0 when unknown
  std::string message;

  // "file:line:column: message", leaving out the parts that are unknown, on one line: control
  // characters quoted from an input are shown escaped (escape_controls).
  std::string to_string() const;
};

// A value or the reason there is none. Deliberately small: ok(), value(), error().
template <class T, class E = Error>
class Result {
 public:
  Result(T value) : state_(std::in_place_index<0>, std::move(value)) {}  // NOLINT implicit
  Result(E error) : state_(std::in_place_index<1>, std::move(error)) {}  // NOLINT implicit

  bool ok() const { return state_.index() == 0; }
  explicit operator bool() const { return ok(); }
  T& value() & { return std::get<0>(state_); }
  const T& value() const& { return std::get<0>(state_); }
  T&& value() && { return std::get<0>(std::move(state_)); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  const E& error() const { return std::get<1>(state_); }

 private:
  std::variant<T, E> state_;
};

using Errors = std::vector<Error>;

}  // namespace lapaudit
