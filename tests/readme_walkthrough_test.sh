#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Runs the README's five-minute walk-through as written: every line of the shell block between
# the "walkthrough" markers, from a folder laid out like the source tree (build/lapaudit,
# fixtures/). A command may find gaps (exit 1) but none may fail (exit 2 or more), and the
# files the walk-through promises must be there.
# Usage: readme_walkthrough_test.sh LAPAUDIT SOURCE_DIR WORK_DIR
set -uo pipefail
lapaudit=$1 source=$2 work=$3
command -v dot >/dev/null || { echo "SKIP: Graphviz (dot) is not installed"; exit 77; }
rm -rf "$work" && mkdir -p "$work/build"
ln -s "$lapaudit" "$work/build/lapaudit"
ln -s "$source/fixtures" "$work/fixtures"
block=$(sed -n '/<!-- walkthrough:begin -->/,/<!-- walkthrough:end -->/p' "$source/README.md" |
  sed -n '/^```sh$/,/^```$/p' | grep -v '^```')
[ -n "$block" ] || { echo "FAIL: no walk-through block in README.md"; exit 1; }
cd "$work"
failed=0 lines=0
while IFS= read -r line; do
  command=${line%%  #*}  # the README comments each line after two spaces
  [ -n "${command// /}" ] || continue
  lines=$((lines + 1))
  bash -c "$command" >"$work/out.txt" 2>&1
  rc=$?
  echo "\$ $command  -> exit $rc"
  if [ "$rc" -gt 1 ]; then
    cat "$work/out.txt"
    failed=1
  fi
done <<<"$block"
for made in my-audit/template.csv my-audit/audit-12msp.html my-audit/graph.svg my-audit/12msp.json my-audit/13msp.json; do
  [ -s "$made" ] || { echo "FAIL: the walk-through did not make $made"; failed=1; }
done
# The template the first step wrote is still the template, not a log copied over it.
grep -q '^#' my-audit/template.csv && ! cmp -s my-audit/template.csv my-audit/activities.csv ||
  { echo "FAIL: my-audit/template.csv is not the template the walk-through wrote"; failed=1; }
[ "$lines" -ge 8 ] || { echo "FAIL: only $lines commands in the walk-through"; failed=1; }
exit "$failed"
