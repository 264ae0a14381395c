#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Checks that the jq and Python baselines compute the same action statuses as lapaudit, on the
# bundled example and on small generated logs. Run by ctest; exits 77 (skipped) without jq.
# Usage: check_agreement.sh LAPAUDIT LAPAUDIT_GEN SOURCE_DIR
set -euo pipefail
lapaudit=$1 gen=$2 src=$3
command -v jq >/dev/null || { echo "jq is not installed: skipping"; exit 77; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
rules="$src/rules"

lapaudit_statuses() {
  "$lapaudit" audit --format json "$1" | python3 -c \
    'import json,sys; print(json.dumps({str(a["id"]): a["status"] for a in json.load(sys.stdin)["actions"]}, sort_keys=True))' || true
}
jq_statuses() {
  jq -c --slurpfile actions "$rules/actions.json" --slurpfile groups "$rules/groups.json" \
    --slurpfile lexicon "$rules/lexicon.json" --slurpfile checks "$rules/checks.json" \
    --slurpfile sections "$rules/sections.json" --slurpfile cycles "$rules/cycles.json" \
    -f "$src/bench/baselines/audit_statuses.jq" "$1" |
    python3 -c 'import json,sys; print(json.dumps(json.load(sys.stdin), sort_keys=True))'
}

"$gen" --count 25 --seed 3 -o "$work/g25.json"
"$gen" --count 40 --seed 3 -o "$work/g40.json"
status=0
for log in "$src/fixtures/ccm-12msp.json" "$work/g25.json" "$work/g40.json"; do
  ours=$(lapaudit_statuses "$log")
  python=$(python3 "$src/bench/baselines/audit_statuses.py" "$rules" "$log")
  jq=$(jq_statuses "$log")
  if [ "$ours" != "$python" ] || [ "$ours" != "$jq" ]; then
    printf 'disagreement on %s\n  lapaudit: %s\n  python:   %s\n  jq:       %s\n' \
      "$log" "$ours" "$python" "$jq"
    status=1
  else
    printf 'agree on %s: %s\n' "$(basename "$log")" "$ours"
  fi
done
exit $status
