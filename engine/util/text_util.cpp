// SPDX-License-Identifier: Apache-2.0
#include "util/text_util.hpp"

#include <algorithm>
#include <cstdio>

namespace lapaudit {

std::string fold_case(std::string_view text) {
  std::string out(text);
  for (std::size_t i = 0; i < out.size(); ++i) {
    auto c = static_cast<unsigned char>(out[i]);
    if (c >= 'A' && c <= 'Z') {
      out[i] = static_cast<char>(c + 32);
    } else if (c == 0xC3 && i + 1 < out.size()) {
      // U+00C0..U+00DE (À..Þ, except × U+00D7) -> U+00E0..U+00FE.
      auto next = static_cast<unsigned char>(out[i + 1]);
      if (next >= 0x80 && next <= 0x9E && next != 0x97) out[i + 1] = static_cast<char>(next + 0x20);
      ++i;
    } else if (c == 0xC5 && i + 1 < out.size()) {
      // Œ (U+0152) -> œ (U+0153).
      if (static_cast<unsigned char>(out[i + 1]) == 0x92) out[i + 1] = static_cast<char>(0x93);
      ++i;
    }
  }
  return out;
}

std::size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      std::size_t above = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = above;
    }
  }
  return row[b.size()];
}

const std::string* closest_name(std::string_view word, const std::vector<std::string>& candidates) {
  std::string folded = fold_case(word);
  const std::string* best = nullptr;
  std::size_t best_distance = 0;
  std::size_t best_edits = 0;
  for (const auto& candidate : candidates) {
    std::string folded_candidate = fold_case(candidate);
    std::size_t edits = edit_distance(folded, folded_candidate);
    // A shared beginning ("victims" for "victim-assistance") is as good a guess as a typo;
    // between guesses as good, the one fewer edits away wins ("--max-record": --max-records,
    // not --max-rejected-share).
    std::size_t distance = edits;
    std::size_t common = 0;
    while (common < folded.size() && common < folded_candidate.size() &&
           folded[common] == folded_candidate[common]) {
      ++common;
    }
    if (common >= 5 || (common >= 3 && common == folded.size())) {
      distance = std::min<std::size_t>(distance, 1);
    }
    if (best == nullptr || distance < best_distance ||
        (distance == best_distance && edits < best_edits)) {
      best = &candidate;
      best_distance = distance;
      best_edits = edits;
    }
  }
  std::size_t allowed = std::max<std::size_t>(2, word.size() / 3);
  if (best == nullptr || best_distance > allowed) return nullptr;
  return best;
}

std::string did_you_mean(std::string_view word, const std::vector<std::string>& candidates) {
  const std::string* best = closest_name(word, candidates);
  if (best == nullptr) return {};
  return ", did you mean \"" + *best + "\"?";
}

std::string join(const std::vector<std::string>& items, std::string_view separator) {
  return join_texts(items, separator);
}

std::string join_numbers(std::span<const int> values, std::string_view separator) {
  std::vector<std::string> texts;
  texts.reserve(values.size());
  for (int value : values) texts.push_back(std::to_string(value));
  return join(texts, separator);
}

namespace {

// The code point of the UTF-8 sequence at text[at], and its length; {-1, 1} for a byte that
// does not start a sequence (the loaders have refused such text before; a report keeps it).
std::pair<long, std::size_t> code_point_at(std::string_view text, std::size_t at) {
  auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
  unsigned char lead = byte(at);
  std::size_t length = lead < 0x80           ? 1
                       : (lead >> 5) == 0x6  ? 2
                       : (lead >> 4) == 0xE  ? 3
                       : (lead >> 3) == 0x1E ? 4
                                             : 0;
  if (length == 0 || at + length > text.size()) return {-1, 1};
  if (length == 1) return {lead, 1};
  long code = lead & (0x7F >> length);
  for (std::size_t i = 1; i < length; ++i) {
    if ((byte(at + i) & 0xC0) != 0x80) return {-1, 1};
    code = (code << 6) | (byte(at + i) & 0x3F);
  }
  return {code, length};
}

bool is_control(long code) {
  return code < 0x20 || (code >= 0x7F && code <= 0x9F) || code == 0x061C || code == 0x200E ||
         code == 0x200F || (code >= 0x202A && code <= 0x202E) || (code >= 0x2066 && code <= 0x2069);
}

}  // namespace

std::string escape_controls(std::string_view text, LineBreaks line_breaks) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t at = 0; at < text.size();) {
    auto [code, length] = code_point_at(text, at);
    bool kept_break = code == '\n' && line_breaks == LineBreaks::kKeep;
    if (code >= 0 && is_control(code) && !kept_break) {
      char escaped[16];
      std::snprintf(escaped, sizeof escaped, "\\u%04x", static_cast<unsigned>(code));
      out += escaped;
    } else {
      out.append(text.substr(at, length));
    }
    at += length;
  }
  return out;
}

std::string fill_template(std::string_view pattern,
                          const std::vector<std::pair<std::string, std::string>>& values) {
  std::string out;
  std::size_t i = 0;
  while (i < pattern.size()) {
    std::size_t open = pattern.find('{', i);
    std::size_t close = open == std::string_view::npos ? open : pattern.find('}', open);
    if (close == std::string_view::npos) break;
    out.append(pattern.substr(i, open - i));
    std::string_view name = pattern.substr(open + 1, close - open - 1);
    auto it = std::find_if(values.begin(), values.end(),
                           [&](const auto& value) { return value.first == name; });
    out.append(it != values.end() ? std::string_view(it->second)
                                  : pattern.substr(open, close - open + 1));
    i = close + 1;
  }
  out.append(pattern.substr(std::min(i, pattern.size())));
  return out;
}

std::size_t first_invalid_utf8(std::string_view text) {
  const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
  std::size_t i = 0;
  while (i < text.size()) {
    unsigned char c = bytes[i];
    if (c != 0 && c < 0x80) {
      ++i;
      continue;
    }
    std::size_t length = c >= 0xC2 && c <= 0xDF   ? 2
                         : c >= 0xE0 && c <= 0xEF ? 3
                         : c >= 0xF0 && c <= 0xF4 ? 4
                                                  : 0;
    if (length == 0 || i + length > text.size()) return i;
    for (std::size_t k = 1; k < length; ++k) {
      if ((bytes[i + k] & 0xC0) != 0x80) return i;
    }
    unsigned char next = bytes[i + 1];
    if ((c == 0xE0 && next < 0xA0) || (c == 0xED && next >= 0xA0) || (c == 0xF0 && next < 0x90) ||
        (c == 0xF4 && next >= 0x90)) {
      return i;
    }
    i += length;
  }
  return std::string_view::npos;
}

}  // namespace lapaudit
