#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# The whole-run benchmark against the speed targets (issue 20), on generated logs, in one run:
#   - a real cycle (35 activities) under 50 ms and 10k activities under 0.3 s (wall);
#   - BIG activities (default 200k, about 104 MiB of JSON): CPU time at most 1.5x the parse-only
#     floor's (bench/parse_floor: RapidJSON parses the file into a DOM and counts records), at
#     least 2x faster (wall) than the baselines a data-savvy user would write
#     (bench/baselines/audit_statuses.{jq,py}), peak memory at most 2.5x the file;
#   - growth: BIG against BIG/10 activities at most 11x the time;
#   - NDJSON and CSV input of BIG activities, for comparison with JSON.
# Each figure is the best of RUNS runs (env RUNS, default 3); CPU is user + system time.
#
# Usage: bench/compare.sh [BIG=200000]     (env: RUNS=3, WORK=/tmp/lapaudit-bench)
# Needs the default build (cmake --preset default && cmake --build --preset default).
# The baselines read rules/actions.json: when its format changes, update them too.
set -euo pipefail
cd "$(dirname "$0")/.."
big=${1:-200000}
small=$((big / 10))
runs=${RUNS:-3}
work=${WORK:-/tmp/lapaudit-bench}
bin=build
mkdir -p "$work"

for tool in "$bin/lapaudit" "$bin/bench/lapaudit-gen" "$bin/bench/parse-floor"; do
  [ -x "$tool" ] || { echo "missing $tool: build the default preset first" >&2; exit 2; }
done

generate() {  # count format -> path
  local path="$work/gen-$1.$2"
  [ -s "$path" ] || "$bin/bench/lapaudit-gen" --count "$1" --seed 1 --format "$2" -o "$path"
  echo "$path"
}

# "wall cpu rss_kib" of the best (by wall time) of $runs runs of "$@".
measure() {
  local best="" line=""
  for _ in $(seq "$runs"); do
    /usr/bin/time -o "$work/time.txt" -f '%e %U %S %M' "$@" >/dev/null 2>&1 || true
    local t u s m
    read -r t u s m < <(tail -n 1 "$work/time.txt")
    if [ -z "$best" ] || awk -v a="$t" -v b="$best" 'BEGIN{exit !(a<b)}'; then
      best=$t line="$t $(awk -v u="$u" -v s="$s" 'BEGIN{print u + s}') $m"
    fi
  done
  echo "$line"
}

size_kib() { echo $(( $(stat -c %s "$1") / 1024 )); }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN{ if (b == 0) print "-"; else printf "%.2f", a / b }'; }
verdict() { awk -v v="$1" -v t="$2" -v dir="$3" 'BEGIN{ ok = dir == "<=" ? v <= t : v >= t;
  print ok ? "ok" : "MISSED" }'; }

row() {  # label wall cpu rss_kib file
  printf '%-34s %7.2f s wall %7.2f s CPU %7d MiB peak (%s x file)\n' "$1" "$2" "$3" \
    $(( $4 / 1024 )) "$(ratio "$4" "$(size_kib "$5")")"
}

jq_run() {
  jq -c --slurpfile actions rules/actions.json --slurpfile groups rules/groups.json \
    --slurpfile lexicon rules/lexicon.json --slurpfile checks rules/checks.json \
    --slurpfile sections rules/sections.json --slurpfile cycles rules/cycles.json \
    -f bench/baselines/audit_statuses.jq "$1"
}
export -f jq_run

audit() { measure "$bin/lapaudit" audit --format json -o /dev/null "$1"; }

echo "lapaudit $("$bin/lapaudit" --version | head -n 1); $(nproc) cores; best of $runs runs"
echo

echo "== real sizes"
for count_target in 35:0.05 10000:0.3; do
  count=${count_target%:*} target=${count_target#*:}
  file=$(generate "$count" json)
  read -r t c m < <(audit "$file")
  row "lapaudit, $count activities" "$t" "$c" "$m" "$file"
  echo "  wall $t s (target < $target s): $(verdict "$t" "$target" "<=")"
done
echo

big_json=$(generate "$big" json)
echo "== $big activities, JSON ($(( $(stat -c %s "$big_json") / 1048576 )) MiB)"
read -r t_audit c_audit m_audit < <(audit "$big_json")
read -r t_floor c_floor m_floor < <(measure "$bin/bench/parse-floor" "$big_json")
row "lapaudit audit --format json" "$t_audit" "$c_audit" "$m_audit" "$big_json"
row "parse-only floor (RapidJSON DOM)" "$t_floor" "$c_floor" "$m_floor" "$big_json"
cpu_ratio=$(ratio "$c_audit" "$c_floor")
echo "  CPU / floor's CPU: $cpu_ratio (target <= 1.5): $(verdict "$cpu_ratio" 1.5 "<=")"
mem_ratio=$(ratio "$m_audit" "$(size_kib "$big_json")")
echo "  peak memory / file size: $mem_ratio (target <= 2.5): $(verdict "$mem_ratio" 2.5 "<=")"
if command -v jq >/dev/null; then
  read -r t_jq c_jq m_jq < <(measure bash -c 'jq_run "$0"' "$big_json")
  row "jq baseline" "$t_jq" "$c_jq" "$m_jq" "$big_json"
  speed=$(ratio "$t_jq" "$t_audit")
  echo "  speed-up over jq: $speed (target >= 2): $(verdict "$speed" 2 ">=")"
fi
read -r t_py c_py m_py < <(measure python3 bench/baselines/audit_statuses.py rules "$big_json")
row "python baseline" "$t_py" "$c_py" "$m_py" "$big_json"
speed=$(ratio "$t_py" "$t_audit")
echo "  speed-up over python: $speed (target >= 2): $(verdict "$speed" 2 ">=")"
small_json=$(generate "$small" json)
read -r t_small c_small _ < <(audit "$small_json")
growth=$(ratio "$c_audit" "$c_small")
echo "  growth: $big / $small activities took $growth x the CPU (target <= 11): $(verdict "$growth" 11 "<=")"
echo

for format in ndjson csv; do
  file=$(generate "$big" "$format")
  read -r t c m < <(audit "$file")
  row "lapaudit on $format" "$t" "$c" "$m" "$file"
done
