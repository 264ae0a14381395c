// SPDX-License-Identifier: Apache-2.0
#include "model/name_list.hpp"

#include <functional>
#include <mutex>
#include <unordered_set>

namespace lapaudit {
namespace {

struct NameHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view name) const {
    return std::hash<std::string_view>{}(name);
  }
};

}  // namespace

const std::string& intern_name(std::string_view name) {
  // The elements of an unordered_set keep their address when it rehashes.
  static std::unordered_set<std::string, NameHash, std::equal_to<>> table;
  static std::mutex mutex;
  std::lock_guard lock(mutex);
  auto it = table.find(name);
  if (it == table.end()) it = table.emplace(name).first;
  return *it;
}

const std::string& Name::empty_text() {
  static const std::string kEmpty;
  return kEmpty;
}

}  // namespace lapaudit
