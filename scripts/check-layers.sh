#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# The engine's folders are the stages of its pipeline, each built on the ones before it:
#   util < model < load < rules < views < report
# A file may include its own stage and the stages below it, never one above (that would make
# a stage depend on what is built from it). The public API (include/lapaudit/) may include any
# stage; the program (cli/) includes only the public API. Prints every include that breaks this
# and fails if there is one.
set -euo pipefail
cd "$(dirname "$0")/.."
stages=(util model load rules views report)
rank() {
  local i
  for i in "${!stages[@]}"; do [ "${stages[$i]}" = "$1" ] && { echo "$i"; return; }; done
  echo -1
}

problems=0
for stage in "${stages[@]}"; do
  own=$(rank "$stage")
  while IFS= read -r hit; do
    file=${hit%%:*}
    rest=${hit#*:}
    line=${rest%%:*}
    target=$(sed -E 's/.*#include "([a-z_]+)\/.*/\1/' <<<"$rest")
    target_rank=$(rank "$target")
    if [ "$target_rank" -gt "$own" ]; then
      echo "$file:$line: includes $target/, a later stage than $stage/ (${rest#*:})"
      problems=$((problems + 1))
    fi
  done < <(grep -nE '^#include "[a-z_]+/' engine/"$stage"/*.[ch]pp || true)
done

# The program sees the engine only through its public API.
while IFS= read -r hit; do
  echo "$hit: cli/ includes an engine header directly; use include/lapaudit/ instead"
  problems=$((problems + 1))
done < <(grep -nE "^#include \"($(IFS='|'; echo "${stages[*]}"))/" cli/*.[ch]pp || true)

if [ "$problems" -gt 0 ]; then
  echo "check-layers: $problems include(s) against the order ${stages[*]}"
  exit 1
fi
echo "check-layers: every include follows the order ${stages[*]}"
