#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Builds the fuzz targets (clang, libFuzzer, ASan + UBSan) and runs each for SECONDS (default
# 60), seeded from fixtures/. Any crash, leak or hang fails; the input that caused it is left
# in build-fuzz/artifacts/ — add it to fixtures/bad/ with a regression test.
# Usage: fuzz/run.sh [SECONDS]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz
out=build-fuzz
mkdir -p "$out/artifacts"

corpus() {  # target -> corpus folder seeded from fixtures
  local dir="$out/corpus/$1"
  mkdir -p "$dir"
  case $1 in
    fuzz_json_activities) cp fixtures/*.json "$dir/" 2>/dev/null || true
                          find fixtures/bad -name '*.json' -exec cp {} "$dir/" \; ;;
    fuzz_ndjson_activities) find fixtures -name '*.ndjson' -exec cp {} "$dir/" \; ;;
    fuzz_csv_activities) find fixtures -name '*.csv' -exec cp {} "$dir/" \; ;;
    fuzz_rule_set) for f in rules/*.json; do printf '\x00' | cat - "$f" > "$dir/$(basename "$f")"; done ;;
    *) find fixtures -name '*.json' -exec cp {} "$dir/" \; ;;
  esac
  echo "$dir"
}

status=0
for target in "$out"/fuzz/fuzz_*; do
  [ -x "$target" ] || continue
  name=$(basename "$target")
  dir=$(corpus "$name")
  echo "== $name: ${seconds}s"
  if ! "$target" "$dir" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
      -max_len=65536 -artifact_prefix="$out/artifacts/$name-" -print_final_stats=1 \
      2>"$out/$name.log"; then
    echo "FAILED: $name (see $out/$name.log and $out/artifacts/)"
    tail -n 40 "$out/$name.log"
    status=1
  else
    grep -E "stat::number_of_executed_units|Done [0-9]+ runs" "$out/$name.log" | tail -n 2
  fi
done
exit $status
