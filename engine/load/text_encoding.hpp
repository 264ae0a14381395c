// SPDX-License-Identifier: Apache-2.0
#pragma once

// Tells a file saved in a wide Unicode encoding (UTF-16 or UTF-32, as Notepad's "Unicode" or
// Excel's "Unicode text" save it) from UTF-8 by its first bytes, so that every input format
// can say so plainly instead of failing on its first zero byte.

#include <optional>
#include <string>
#include <string_view>

#include "util/error.hpp"

namespace lapaudit {

// The advice for a JSON file (a log, a rule set, a plan...) saved in a wide encoding.
inline constexpr std::string_view kSaveAsUtf8 =
    "save it as UTF-8 (in Notepad: Save As, Encoding UTF-8)";

// "UTF-16" or "UTF-32" when `text` starts with the byte order mark of one, or, without a mark,
// with the zero bytes an ASCII character has in one (RFC 4627, section 3); nullopt otherwise.
std::optional<std::string_view> wide_encoding_name(std::string_view text);

// When `text` is saved in a wide encoding: the Error for the whole of `file`, ending in
// `advice` (what to save it as: "save it as UTF-8").
std::optional<Error> wide_encoding_error(std::string_view text, const std::string& file,
                                         std::string_view advice);

}  // namespace lapaudit
