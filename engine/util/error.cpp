// SPDX-License-Identifier: Apache-2.0
#include "util/error.hpp"

#include "util/text_util.hpp"

namespace lapaudit {

std::string Error::to_string() const {
  std::string out = file;
  if (line > 0) {
    out += (out.empty() ? "line " : ":") + std::to_string(line);
    if (column > 0) out += ":" + std::to_string(column);
  }
  if (!out.empty()) out += ": ";
  // A message may quote a value of the input: it is shown, never obeyed by the terminal.
  return one_line(out + message);
}

}  // namespace lapaudit
