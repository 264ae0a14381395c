#!/usr/bin/env bash
# From a fresh checkout: install what is missing, build, and run the whole test suite, first
# in the default build, then under AddressSanitizer + UndefinedBehaviorSanitizer.
# Set LAPAUDIT_SKIP_ASAN=1 to run the default build only (quicker while developing).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
jobs=$(nproc)
preset=default
asan=asan
if [ "${CI:-}" = "true" ]; then preset=ci; asan=ci-asan; fi

cmake --preset "$preset"
cmake --build --preset "$preset" -j "$jobs"
ctest --preset "$preset" -j "$jobs"

if [ "${LAPAUDIT_SKIP_ASAN:-0}" != "1" ]; then
  cmake --preset "$asan"
  cmake --build --preset "$asan" -j "$jobs"
  ctest --preset "$asan" -j "$jobs"
fi
