#pragma once

// Turns byte offsets in a text into the line and column a person sees in an editor. Offsets
// asked for in increasing order cost one pass over the text in all; going back restarts.

#include <cstddef>
#include <string_view>

namespace lapaudit {

struct TextPlace {
  int line = 0;    // 1-based
  int column = 0;  // 1-based, in characters (UTF-8 aware)
};

class TextPosition {
 public:
  explicit TextPosition(std::string_view text) : text_(text) {}

  TextPlace at(std::size_t offset);

 private:
  std::string_view text_;
  std::size_t cursor_ = 0;       // offset of the start of the line `line_`
  int line_ = 1;
};

}  // namespace lapaudit
