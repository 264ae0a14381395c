// SPDX-License-Identifier: Apache-2.0
#pragma once

// Small text helpers shared by loaders and matchers.

#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace lapaudit {

// Lower-cases ASCII and the accented Latin letters of French and Spanish (UTF-8), so that
// "GÉNERO" and "género" compare equal. Other characters are kept as they are.
std::string fold_case(std::string_view text);

// The letters to insert, delete or replace to turn `a` into `b` (Levenshtein), bytewise.
std::size_t edit_distance(std::string_view a, std::string_view b);

// " did you mean \"x\"?" when a candidate is a likely typo of `word`, else "".
std::string did_you_mean(std::string_view word, const std::vector<std::string>& candidates);
// The candidate did_you_mean() would suggest, or nullptr: for messages of another shape.
const std::string* closest_name(std::string_view word, const std::vector<std::string>& candidates);

// The offset of the first byte of `text` that is not UTF-8 (or is a NUL), or npos when all of it
// is: for inputs that spreadsheets may save in another encoding.
std::size_t first_invalid_utf8(std::string_view text);

// "a, b, c"
template <class Texts>
std::string join_texts(const Texts& items, std::string_view separator) {
  std::string out;
  for (auto it = items.begin(); it != items.end(); ++it) {
    if (it != items.begin()) out += separator;
    out += *it;
  }
  return out;
}
std::string join(const std::vector<std::string>& items, std::string_view separator = ", ");
// Numbers (action numbers, say) joined the same way: "4, 23, 28".
std::string join_numbers(std::span<const int> values, std::string_view separator = ", ");

// `text` with every character that could take over a terminal or fake a line of a report
// shown as a visible escape ("\u001b", "\u202e"): the C0 controls, DEL, the C1 controls and the
// bidirectional controls (U+061C, U+200E, U+200F, U+202A to U+202E, U+2066 to U+2069).
// With LineBreaks::kKeep a "\n" stays a line break (for a whole report); with kEscape it is
// escaped as well (for one value: an id, a title, a message).
enum class LineBreaks { kKeep, kEscape };
std::string escape_controls(std::string_view text, LineBreaks line_breaks);
// escape_controls(text, LineBreaks::kEscape): one value on one line of a report.
inline std::string one_line(std::string_view text) {
  return escape_controls(text, LineBreaks::kEscape);
}

// Replaces {name} in `pattern` with the value given for it; unknown names are kept as written.
std::string fill_template(std::string_view pattern,
                          const std::vector<std::pair<std::string, std::string>>& values);

}  // namespace lapaudit
