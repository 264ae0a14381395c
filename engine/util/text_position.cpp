// SPDX-License-Identifier: Apache-2.0
#include "util/text_position.hpp"

#include <cstring>

namespace lapaudit {
namespace {

int characters(const char* begin, const char* end) {
  int count = 0;
  for (const char* c = begin; c < end; ++c) {
    if ((static_cast<unsigned char>(*c) & 0xC0) != 0x80) ++count;  // UTF-8 lead bytes
  }
  return count;
}

}  // namespace

TextPlace TextPosition::at(std::size_t offset) {
  if (offset > text_.size()) offset = text_.size();
  const char* data = text_.data();
  if (offset < line_start_) {
    // Behind the cursor: count back from it, at a cost of the distance only.
    int line = line_;
    for (const char* c = data + offset; c < data + line_start_; ++c) line -= *c == '\n';
    const void* newline = offset == 0 ? nullptr : memrchr(data, '\n', offset);
    const char* start = newline ? static_cast<const char*>(newline) + 1 : data;
    return {line, characters(start, data + offset) + 1};
  }
  if (offset < scanned_) return {line_, characters(data + line_start_, data + offset) + 1};
  while (const void* newline = std::memchr(data + scanned_, '\n', offset - scanned_)) {
    line_start_ = scanned_ = static_cast<std::size_t>(static_cast<const char*>(newline) - data) + 1;
    ++line_;
    columns_ = 0;
  }
  columns_ += characters(data + scanned_, data + offset);
  scanned_ = offset;
  return {line_, columns_ + 1};
}

}  // namespace lapaudit
