// SPDX-License-Identifier: Apache-2.0
#include "load/text_encoding.hpp"

namespace lapaudit {
namespace {

bool zero(std::string_view text, std::size_t i) { return text[i] == '\0'; }

}  // namespace

std::optional<std::string_view> wide_encoding_name(std::string_view text) {
  if (text.substr(0, 4) == std::string_view("\0\0\xFE\xFF", 4) ||
      text.substr(0, 4) == std::string_view("\xFF\xFE\0\0", 4)) {
    return "UTF-32";
  }
  if (text.substr(0, 2) == "\xFE\xFF" || text.substr(0, 2) == "\xFF\xFE") return "UTF-16";
  if (text.size() >= 4) {
    if ((zero(text, 0) && zero(text, 1) && zero(text, 2) && !zero(text, 3)) ||
        (!zero(text, 0) && zero(text, 1) && zero(text, 2) && zero(text, 3))) {
      return "UTF-32";
    }
  }
  if (text.size() >= 2 && zero(text, 0) != zero(text, 1)) return "UTF-16";
  return std::nullopt;
}

std::optional<Error> wide_encoding_error(std::string_view text, const std::string& file,
                                         std::string_view advice) {
  auto name = wide_encoding_name(text);
  if (!name) return std::nullopt;
  std::string saved_as(*name);
  if (saved_as == "UTF-16") saved_as += " (\"Unicode text\")";
  return Error{file, 0, 0, "the file is saved as " + saved_as + ": " + std::string(advice)};
}

}  // namespace lapaudit
