#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# From a fresh checkout: install what is missing, build lapaudit, and audit the bundled example
# (the 12MSP cycle). Extra arguments go to `lapaudit audit` (e.g. --format json).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
cmake --preset default >/dev/null
cmake --build --preset default --target lapaudit  # the program alone: no tests or benchmarks
status=0
./build/lapaudit audit --cycle 12MSP "$@" fixtures/ccm-12msp.json || status=$?
# Exit 1 means the audit ran and found gaps: that is the expected result for the example.
[ "$status" -le 1 ] || exit "$status"
