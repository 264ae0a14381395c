// SPDX-License-Identifier: Apache-2.0
#pragma once

// The text of one input file, read whole into memory (as ninja reads its manifests): a log of a
// whole plan is a few MiB at most, and even 200,000 generated records (104 MiB) read in well
// under a second.

#include <string>
#include <string_view>

#include "util/error.hpp"

namespace lapaudit {

class InputText {
 public:
  // The text of `path` (a file, a pipe or a device, read to its end), or an Error naming it and
  // saying why it cannot be read.
  static Result<InputText> open(const std::string& path);
  // Text already in memory (standard input, tests).
  static InputText hold(std::string text);

  std::string_view view() const { return text_; }

 private:
  InputText() = default;

  std::string text_;
};

}  // namespace lapaudit
