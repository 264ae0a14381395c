// SPDX-License-Identifier: Apache-2.0
#pragma once

// A deterministic generator of synthetic activity logs for benchmarks: the same seed gives the
// same records. Shape: titles of ~60 characters, descriptions of ~300, 1-3 groups, 0-3
// actions, about a third gender-related (by marker, tag or lexicon term, in equal parts), and
// about 2% invalid records (bad date, unknown group, action outside the plan).

#include <cstdio>
#include <string>

namespace lapaudit::bench {

// Writes `count` activities as "json", "ndjson" or "csv" to `out`; false on a write error.
bool write_generated_log(std::FILE* out, long count, unsigned long seed, const std::string& format);

// The same, as a string (for in-process benchmarks).
std::string generated_log(long count, unsigned long seed, const std::string& format);

}  // namespace lapaudit::bench
