// SPDX-License-Identifier: Apache-2.0
#include "util/lexicon_matcher.hpp"

#include <algorithm>
#include <queue>

#include "util/text_util.hpp"

namespace lapaudit {
namespace {

// Letters and digits, including any byte of a non-ASCII UTF-8 character, make up words.
bool is_word_byte(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80;
}

// The byte `c` as fold_case() would write it, given the byte before it.
unsigned char fold_byte(unsigned char previous, unsigned char c) {
  if (c >= 'A' && c <= 'Z') return static_cast<unsigned char>(c + 32);
  if (previous == 0xC3 && c >= 0x80 && c <= 0x9E && c != 0x97) {
    return static_cast<unsigned char>(c + 0x20);
  }
  if (previous == 0xC5 && c == 0x92) return 0x93;
  return c;
}

}  // namespace

LexiconMatcher::LexiconMatcher(std::vector<std::string> terms) : terms_(std::move(terms)) {
  std::vector<std::string> folded;
  for (const auto& term : terms_) {
    folded.push_back(fold_case(term));
    lengths_.push_back(term.size());
  }
  build(folded);
}

void LexiconMatcher::build(const std::vector<std::string>& folded_terms) {
  for (const auto& term : folded_terms) {
    for (unsigned char c : term) {
      if (byte_class_[c] == 0) byte_class_[c] = static_cast<std::uint8_t>(classes_++);
    }
  }
  // The trie; -1 marks a missing edge until the automaton is completed below.
  nodes_.emplace_back();
  transitions_.assign(classes_, -1);
  for (std::size_t t = 0; t < folded_terms.size(); ++t) {
    std::int32_t state = 0;
    for (unsigned char c : folded_terms[t]) {
      std::size_t slot = static_cast<std::size_t>(state) * classes_ + byte_class_[c];
      if (transitions_[slot] < 0) {
        transitions_[slot] = static_cast<std::int32_t>(nodes_.size());
        nodes_.emplace_back();
        transitions_.resize(nodes_.size() * classes_, -1);
      }
      state = transitions_[slot];
    }
    nodes_[static_cast<std::size_t>(state)].ends.push_back(static_cast<std::int32_t>(t));
  }
  // Breadth first: failure links, inherited ends, and the missing edges.
  std::queue<std::int32_t> pending;
  for (std::size_t k = 0; k < classes_; ++k) {
    std::int32_t& child = transitions_[k];
    if (child < 0) {
      child = 0;
    } else {
      pending.push(child);
    }
  }
  while (!pending.empty()) {
    std::int32_t state = pending.front();
    pending.pop();
    Node& node = nodes_[static_cast<std::size_t>(state)];
    const auto& inherited = nodes_[static_cast<std::size_t>(node.fail)].ends;
    node.ends.insert(node.ends.end(), inherited.begin(), inherited.end());
    for (std::size_t k = 0; k < classes_; ++k) {
      std::size_t slot = static_cast<std::size_t>(state) * classes_ + k;
      std::int32_t fallback = transitions_[static_cast<std::size_t>(node.fail) * classes_ + k];
      if (transitions_[slot] < 0) {
        transitions_[slot] = fallback;
      } else {
        nodes_[static_cast<std::size_t>(transitions_[slot])].fail = fallback;
        pending.push(transitions_[slot]);
      }
    }
  }
  accepting_.assign(transitions_.size(), 0);
  for (std::size_t node = 0; node < nodes_.size(); ++node) {
    accepting_[node * classes_] = nodes_[node].ends.empty() ? 0 : 1;
  }
  for (auto& target : transitions_) target *= static_cast<std::int32_t>(classes_);
  for (unsigned c = 0; c < 256; ++c)
    folded_class_[c] = byte_class_[fold_byte(0, static_cast<unsigned char>(c))];
}

const std::string* LexiconMatcher::find(std::string_view text) const {
  std::int32_t index = find_index(text);
  return index < 0 ? nullptr : &term(index);
}

std::int32_t LexiconMatcher::find_index(std::string_view text) const {
  std::int32_t best = -1;
  std::size_t row = 0;
  unsigned char previous = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    auto c = static_cast<unsigned char>(text[i]);
    std::uint8_t byte_class = (previous == 0xC3 || previous == 0xC5)
                                  ? byte_class_[fold_byte(previous, c)]
                                  : folded_class_[c];
    row = static_cast<std::size_t>(transitions_[row + byte_class]);
    previous = c;
    if (accepting_[row] == 0) continue;
    for (std::int32_t term : nodes_[row / classes_].ends) {
      if (best >= 0 && term >= best) continue;
      std::size_t length = lengths_[static_cast<std::size_t>(term)];
      std::size_t start = i + 1 - length;
      bool starts = start == 0 || !is_word_byte(static_cast<unsigned char>(text[start - 1]));
      bool ends = i + 1 == text.size() || !is_word_byte(static_cast<unsigned char>(text[i + 1]));
      if (starts && ends) best = term;
    }
  }
  return best;
}

}  // namespace lapaudit
