// SPDX-License-Identifier: Apache-2.0
#pragma once

// Finds the rule set's gender terms in free text, as whole words or phrases, ignoring case
// ("Women" matches "women"; "engendered" does not match "gender"). One pass over the text
// whatever the number of terms (an Aho-Corasick automaton over case-folded bytes).

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace lapaudit {

class LexiconMatcher {
 public:
  explicit LexiconMatcher(std::vector<std::string> terms);

  // The earliest term of the lexicon (in its order) found in `text` as a whole word or
  // phrase, or nullptr.
  const std::string* find(std::string_view text) const;
  // The same as a place in the lexicon (the order it was given in), or -1.
  std::int32_t find_index(std::string_view text) const;
  // The term at `index` (0 <= index < size()), as the rule set writes it.
  const std::string& term(std::int32_t index) const {
    return terms_[static_cast<std::size_t>(index)];
  }
  std::size_t size() const { return terms_.size(); }

 private:
  struct Node {
    std::int32_t fail = 0;
    std::vector<std::int32_t> ends;  // terms that end here, this node's and its suffixes'
  };

  void build(const std::vector<std::string>& folded_terms);

  std::vector<std::string> terms_;              // as the rule set writes them
  std::vector<std::size_t> lengths_;            // bytes of each term
  std::array<std::uint8_t, 256> byte_class_{};  // 0 for bytes that appear in no term
  std::size_t classes_ = 1;
  std::vector<Node> nodes_;
  // The class of each byte once case-folded, for a byte that follows neither 0xC3 nor 0xC5
  // (after those, folding depends on the pair and find() folds it the slow way).
  std::array<std::uint8_t, 256> folded_class_{};
  // nodes_ x classes_, complete (a DFA). Entries are row offsets (node * classes_), not node
  // numbers, so that the scan needs no multiplication.
  std::vector<std::int32_t> transitions_;
  std::vector<std::uint8_t> accepting_;  // per row offset: whether any term ends at that node
};

}  // namespace lapaudit
