#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# clang-tidy (.clang-tidy: bugprone, performance, modernize) over the engine and the CLI, with
# warnings as errors. Needs the default build's compile_commands.json.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f build/compile_commands.json ] || cmake --preset default >/dev/null
run-clang-tidy-14 -p build -quiet "/(engine|cli)/.*\.cpp$" >build/clang-tidy.log 2>&1 || {
  grep -E "(warning|error):" build/clang-tidy.log | sort -u
  echo "clang-tidy found problems (full log: build/clang-tidy.log)"
  exit 1
}
echo "clang-tidy: no warnings in engine/ and cli/"
