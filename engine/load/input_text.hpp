// SPDX-License-Identifier: Apache-2.0
#pragma once

// The text of one input file, read whole into memory (as ninja reads its manifests): a log of a
// whole plan is a few MiB at most, and even 200,000 generated records (104 MiB) read in well
// under a second.

#include <cstddef>
#include <limits>
#include <string>
#include <string_view>

#include "util/error.hpp"

namespace lapaudit {

// How much of an input may be read, checked while reading: a device or a pipe that never ends
// (/dev/zero) is stopped at the limit, not read to exhaustion.
struct ReadLimit {
  std::size_t max_bytes = std::numeric_limits<std::size_t>::max();
  // What the user can do about it, ending the message: "raise it with --max-input-mb".
  std::string advice;
  // Refuse anything but a regular file (devices, pipes): for the rule set's files.
  bool regular_files_only = false;
};

class InputText {
 public:
  // The text of `path` (a file, a pipe or a device, read to its end), or an Error naming it and
  // saying why it cannot be read, also when it is larger than the limit.
  static Result<InputText> open(const std::string& path, const ReadLimit& limit = {});
  // The text read from the open descriptor `fd` (standard input) to its end, named `name` in
  // messages.
  static Result<InputText> read(int fd, const std::string& name, const ReadLimit& limit = {});
  // Text already in memory (standard input, tests).
  static InputText hold(std::string text);

  std::string_view view() const { return text_; }

 private:
  InputText() = default;

  std::string text_;
};

}  // namespace lapaudit
