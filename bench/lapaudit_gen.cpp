// SPDX-License-Identifier: Apache-2.0
// lapaudit-gen: writes N synthetic activities, the same for the same seed, for benchmarks
// (see activity_generator.hpp for their shape).
//
// Usage: lapaudit-gen --count N [--seed S] [--format json|ndjson|csv] [-o FILE]

#include <cstdio>
#include <cstdlib>
#include <string>

#include "activity_generator.hpp"

namespace {

struct Options {
  long count = 1000;
  unsigned long seed = 42;
  std::string format = "json";
  std::string output;
};

bool parse_options(int argc, char** argv, Options& options) {
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    if (i + 1 >= argc) return false;
    std::string value = argv[++i];
    if (arg == "--count")
      options.count = std::atol(value.c_str());
    else if (arg == "--seed")
      options.seed = std::strtoul(value.c_str(), nullptr, 10);
    else if (arg == "--format")
      options.format = value;
    else if (arg == "-o")
      options.output = value;
    else
      return false;
  }
  return options.count >= 0 &&
         (options.format == "json" || options.format == "ndjson" || options.format == "csv");
}

}  // namespace

int main(int argc, char** argv) {
  Options options;
  if (!parse_options(argc, argv, options)) {
    std::fprintf(stderr,
                 "usage: lapaudit-gen --count N [--seed S] [--format json|ndjson|csv] [-o FILE]\n");
    return 2;
  }
  std::FILE* out = options.output.empty() ? stdout : std::fopen(options.output.c_str(), "wb");
  if (out == nullptr) {
    std::fprintf(stderr, "lapaudit-gen: cannot write %s\n", options.output.c_str());
    return 2;
  }
  bool ok = lapaudit::bench::write_generated_log(out, options.count, options.seed, options.format);
  if (out != stdout) ok = std::fclose(out) == 0 && ok;
  return ok ? 0 : 2;
}
