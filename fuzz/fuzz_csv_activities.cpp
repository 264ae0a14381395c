// SPDX-License-Identifier: Apache-2.0
// libFuzzer target: activity logs as CSV.
#include <cstddef>
#include <cstdint>

#include "fuzz_support.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  lapaudit::fuzz::load_and_audit({reinterpret_cast<const char*>(data), size}, "fuzz.csv",
                                 lapaudit::InputFormat::kCsv);
  return 0;
}
