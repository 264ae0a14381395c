#pragma once

// Finds the rule set's gender terms in free text, as whole words or phrases, ignoring case
// ("Women" matches "women"; "engendered" does not match "gender").

#include <string>
#include <string_view>
#include <vector>

namespace lapaudit {

class LexiconMatcher {
 public:
  explicit LexiconMatcher(const std::vector<std::string>& terms);

  // The first term of the lexicon (in its order) found in `text`, or nullptr.
  const std::string* find(std::string_view text) const;

 private:
  std::vector<std::string> terms_;   // as the rule set writes them
  std::vector<std::string> folded_;  // case-folded, same order
};

}  // namespace lapaudit
