#!/usr/bin/env bash
# The whole-run benchmark: on the same generated files, in one run, times
#   1. lapaudit audit --format json, end to end;
#   2. the floor: bench/parse_floor (RapidJSON parses the file into a DOM and counts records);
#   3. the baselines a data-savvy user would write: bench/baselines/audit_statuses.{jq,py};
# and prints each time (best of RUNS), its ratio to lapaudit, and peak memory against the
# file's size. Also checks growth (1M against 100k) and times NDJSON and CSV input.
#
# Usage: bench/compare.sh [BIG=1000000] [BASE=200000]     (env: RUNS=3, WORK=/tmp/lapaudit-bench)
# Needs the default build (cmake --preset default && cmake --build --preset default).
set -euo pipefail
cd "$(dirname "$0")/.."
big=${1:-1000000}
base=${2:-200000}
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

# Best wall time (s) and the peak RSS (KiB) of that run, over $runs runs of "$@".
measure() {
  local best="" best_rss=""
  for _ in $(seq "$runs"); do
    /usr/bin/time -o "$work/time.txt" -f '%e %M' "$@" >/dev/null 2>&1 || true
    local out
    out=$(tail -n 1 "$work/time.txt")
    local t=${out% *} rss=${out#* }
    if [ -z "$best" ] || awk -v a="$t" -v b="$best" 'BEGIN{exit !(a<b)}'; then
      best=$t best_rss=$rss
    fi
  done
  echo "$best $best_rss"
}

size_kib() { echo $(( $(stat -c %s "$1") / 1024 )); }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN{ if (b == 0) print "-"; else printf "%.2f", a / b }'; }

row() {  # label seconds rss_kib reference_seconds file
  printf '%-34s %8.2f s  %6s x lapaudit  %8d MiB peak  %5s x file\n' "$1" "$2" \
    "$(ratio "$2" "$4")" $(( $3 / 1024 )) "$(ratio "$3" "$(size_kib "$5")")"
}

jq_run() {
  jq -c --slurpfile actions rules/actions.json --slurpfile groups rules/groups.json \
    --slurpfile lexicon rules/lexicon.json --slurpfile checks rules/checks.json \
    --slurpfile sections rules/sections.json --slurpfile cycles rules/cycles.json \
    -f bench/baselines/audit_statuses.jq "$1"
}
export -f jq_run

echo "lapaudit $("$bin/lapaudit" --version | head -n 1); $(nproc) cores; best of $runs runs"
echo

big_json=$(generate "$big" json)
small_json=$(generate "$small" json)
echo "== $big activities, JSON ($(( $(stat -c %s "$big_json") / 1048576 )) MiB)"
read -r t_audit m_audit < <(measure "$bin/lapaudit" audit --format json -o /dev/null "$big_json")
read -r t_floor m_floor < <(measure "$bin/bench/parse-floor" "$big_json")
row "lapaudit audit --format json" "$t_audit" "$m_audit" "$t_audit" "$big_json"
row "parse-only floor (RapidJSON DOM)" "$t_floor" "$m_floor" "$t_audit" "$big_json"
echo "lapaudit / floor: $(ratio "$t_audit" "$t_floor") (target <= 1.5)"
echo "lapaudit peak memory / file size: $(ratio "$m_audit" "$(size_kib "$big_json")") (target <= 1.0)"
read -r t_small _ < <(measure "$bin/lapaudit" audit --format json -o /dev/null "$small_json")
echo "growth: $big / $small activities took $(ratio "$t_audit" "$t_small") x as long (target <= 11)"
echo

for format in ndjson csv; do
  file=$(generate "$big" "$format")
  read -r t m < <(measure "$bin/lapaudit" audit --format json -o /dev/null "$file")
  row "lapaudit on $format" "$t" "$m" "$t_audit" "$file"
done
echo

base_json=$(generate "$base" json)
echo "== $base activities, JSON ($(( $(stat -c %s "$base_json") / 1048576 )) MiB): the baselines"
read -r t_ours m_ours < <(measure "$bin/lapaudit" audit --format json -o /dev/null "$base_json")
row "lapaudit audit --format json" "$t_ours" "$m_ours" "$t_ours" "$base_json"
if command -v jq >/dev/null; then
  read -r t_jq m_jq < <(measure bash -c 'jq_run "$0"' "$base_json")
  row "jq baseline" "$t_jq" "$m_jq" "$t_ours" "$base_json"
fi
read -r t_py m_py < <(measure python3 bench/baselines/audit_statuses.py rules "$base_json")
row "python baseline" "$t_py" "$m_py" "$t_ours" "$base_json"
read -r t_fl m_fl < <(measure "$bin/bench/parse-floor" "$base_json")
row "parse-only floor" "$t_fl" "$m_fl" "$t_ours" "$base_json"
echo "speed-up over jq: $(ratio "${t_jq:-0}" "$t_ours"), over python: $(ratio "$t_py" "$t_ours") (target >= 4)"
