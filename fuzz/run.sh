#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Runs each libFuzzer target (built by the `asan` preset: clang, ASan + UBSan) for SECONDS
# (default 60), as many at a time as there are cores, seeded from fixtures/. Any crash, leak or
# hang fails; the input that caused it is left in BUILD/artifacts/ — add it to fixtures/bad/
# with a regression test.
# Usage: fuzz/run.sh [SECONDS] [BUILD]   (BUILD: the sanitizer build folder, default build-asan;
# configured and built with the asan preset when it holds no fuzz targets yet)
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
out=${2:-build-asan}
if ! compgen -G "$out/fuzz/fuzz_*" >/dev/null; then
  cmake --preset asan >/dev/null
  cmake --build --preset asan
fi
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

run_one() {  # target; its summary, or FAILED and the log's end, goes to BUILD/NAME.summary
  local target=$1 name dir
  name=$(basename "$target")
  dir=$(corpus "$name")
  if "$target" "$dir" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
      -max_len=65536 -artifact_prefix="$out/artifacts/$name-" -print_final_stats=1 \
      2>"$out/$name.log"; then
    { echo "== $name: ${seconds}s"
      grep -E "stat::number_of_executed_units|Done [0-9]+ runs" "$out/$name.log" | tail -n 2 || true
    } >"$out/$name.summary"
  else
    { echo "FAILED: $name (see $out/$name.log and $out/artifacts/)"
      tail -n 40 "$out/$name.log"
    } >"$out/$name.summary"
  fi
}

jobs=$(nproc)
names=()
for target in "$out"/fuzz/fuzz_*; do
  [ -x "$target" ] || continue
  while [ "$(jobs -rp | wc -l)" -ge "$jobs" ]; do wait -n || true; done
  rm -f "$out/$(basename "$target").summary"
  run_one "$target" &
  names+=("$(basename "$target")")
done
wait || true
status=0
for name in "${names[@]}"; do
  if [ -f "$out/$name.summary" ]; then cat "$out/$name.summary"; else echo "FAILED: $name (no result)"; fi
  if [ ! -f "$out/$name.summary" ] || grep -q '^FAILED' "$out/$name.summary"; then status=1; fi
done
exit $status
