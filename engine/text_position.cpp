#include "text_position.hpp"

#include <cstring>

namespace lapaudit {

TextPlace TextPosition::at(std::size_t offset) {
  if (offset > text_.size()) offset = text_.size();
  if (offset < cursor_) {
    cursor_ = 0;
    line_ = 1;
  }
  const char* data = text_.data();
  for (;;) {
    const void* newline = std::memchr(data + cursor_, '\n', offset - cursor_);
    if (newline == nullptr) break;
    cursor_ = static_cast<std::size_t>(static_cast<const char*>(newline) - data) + 1;
    ++line_;
  }
  int column = 1;
  for (std::size_t i = cursor_; i < offset; ++i) {
    if ((static_cast<unsigned char>(data[i]) & 0xC0) != 0x80) ++column;  // count lead bytes
  }
  return {line_, column};
}

}  // namespace lapaudit
