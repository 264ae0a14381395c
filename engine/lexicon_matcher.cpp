#include "lexicon_matcher.hpp"

#include "text_util.hpp"

namespace lapaudit {
namespace {

// Letters and digits, including any byte of a non-ASCII UTF-8 character, make up words.
bool is_word_byte(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80;
}

bool whole_word_at(std::string_view text, std::size_t at, std::size_t length) {
  bool starts = at == 0 || !is_word_byte(static_cast<unsigned char>(text[at - 1]));
  bool ends = at + length == text.size() ||
              !is_word_byte(static_cast<unsigned char>(text[at + length]));
  return starts && ends;
}

}  // namespace

LexiconMatcher::LexiconMatcher(const std::vector<std::string>& terms) : terms_(terms) {
  for (const auto& term : terms_) folded_.push_back(fold_case(term));
}

const std::string* LexiconMatcher::find(std::string_view text) const {
  std::string folded = fold_case(text);
  std::string_view haystack(folded);
  for (std::size_t i = 0; i < folded_.size(); ++i) {
    const std::string& term = folded_[i];
    for (std::size_t at = haystack.find(term); at != std::string_view::npos;
         at = haystack.find(term, at + 1)) {
      if (whole_word_at(haystack, at, term.size())) return &terms_[i];
    }
  }
  return nullptr;
}

}  // namespace lapaudit
