#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# From a fresh checkout: install what is missing, build, and run the whole test suite, first
# in the default build, then under AddressSanitizer + UndefinedBehaviorSanitizer (clang; the
# same build holds the libFuzzer targets). Set LAPAUDIT_SKIP_ASAN=1 to run the default build
# only (quicker while developing).
# In CI (CI=true), or with LAPAUDIT_FUZZ_SECONDS=N, each libFuzzer target then runs for a
# bounded time (15 s each in CI, two at a time); a crash, leak or hang fails the run. CI (or
# LAPAUDIT_TIDY=1) also runs clang-tidy on engine/ and cli/ (scripts/tidy.sh). First, the
# licence checks: every source file carries its SPDX line, THIRD-PARTY-NOTICES lists every
# library (check-licences.sh), and no include runs upward between the engine's stages.
set -euo pipefail
cd "$(dirname "$0")/.."
skip_asan=${LAPAUDIT_SKIP_ASAN:-0}
if [ "$skip_asan" = "1" ]; then scripts/setup.sh; else scripts/setup.sh clang libclang-rt-14-dev; fi
scripts/check-licences.sh
scripts/check-layers.sh
jobs=$(nproc)
preset=default
asan=asan
if [ "${CI:-}" = "true" ]; then preset=ci; asan=ci-asan; fi

cmake --preset "$preset"
cmake --build --preset "$preset" -j "$jobs"
ctest --preset "$preset" -j "$jobs"

if [ "${CI:-}" = "true" ] || [ "${LAPAUDIT_TIDY:-0}" = "1" ]; then
  scripts/tidy.sh
fi

if [ "$skip_asan" != "1" ]; then
  cmake --preset "$asan"
  cmake --build --preset "$asan" -j "$jobs"
  ctest --preset "$asan" -j "$jobs"

  fuzz_seconds=${LAPAUDIT_FUZZ_SECONDS:-}
  if [ -z "$fuzz_seconds" ] && [ "${CI:-}" = "true" ]; then fuzz_seconds=15; fi
  if [ -n "$fuzz_seconds" ] && [ "$fuzz_seconds" != "0" ]; then
    fuzz/run.sh "$fuzz_seconds" build-asan  # both sanitizer presets build there
  fi
fi
