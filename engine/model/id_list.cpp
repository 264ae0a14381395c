// SPDX-License-Identifier: Apache-2.0
#include "model/id_list.hpp"

#include <limits>
#include <stdexcept>

#include "util/text_util.hpp"

namespace lapaudit {

void IdList::push_back(std::string_view id) {
  if (id.size() > std::numeric_limits<std::uint32_t>::max() - chars_.size()) {
    throw std::length_error("a list of evidence holds more than 4 GiB of activity ids");
  }
  chars_.append(id);
  ends_.push_back(static_cast<std::uint32_t>(chars_.size()));
}

std::string join(const IdList& ids, std::string_view separator) {
  return join_texts(ids, separator);
}

}  // namespace lapaudit
