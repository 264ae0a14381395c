// SPDX-License-Identifier: Apache-2.0
#pragma once

// Turns byte offsets in a text into the line and column a person sees in an editor. Offsets
// asked for in increasing order cost one pass over the text in all, however long its lines;
// an offset behind the last one costs the distance back to it.

#include <cstddef>
#include <string_view>

namespace lapaudit {

struct TextPlace {
  int line = 0;    // 1-based
  int column = 0;  // 1-based, in characters (UTF-8 aware)
};

class TextPosition {
 public:
  // `first_line`: the line number of the text's first line (a piece of a larger text).
  explicit TextPosition(std::string_view text, int first_line = 1)
      : text_(text), line_(first_line) {}

  TextPlace at(std::size_t offset);

 private:
  std::string_view text_;
  std::size_t line_start_ = 0;  // offset where line `line_` begins
  int line_ = 1;
  std::size_t scanned_ = 0;  // [line_start_, scanned_) is known to hold no newline
  int columns_ = 0;          // characters in [line_start_, scanned_)
};

}  // namespace lapaudit
