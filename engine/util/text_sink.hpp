// SPDX-License-Identifier: Apache-2.0
#pragma once

// Where a long output goes as it is written: handed on piece by piece, in order, so that a
// large report need not be held whole before it reaches its file.

#include <functional>
#include <string_view>

namespace lapaudit {

using TextSink = std::function<void(std::string_view piece)>;

}  // namespace lapaudit
