#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Checks the bash completion: commands, formats per command, group ids and cycle names.
# Usage: completion_test.sh COMPLETION_SCRIPT      (exit 77, skipped, without bash-completion)
set -uo pipefail
script=$1
common=/usr/share/bash-completion/bash_completion
[ -f "$common" ] || { echo "bash-completion is not installed: skipping"; exit 77; }
# shellcheck disable=SC1090
source "$common"
# shellcheck disable=SC1090
source "$script"

complete_words() {  # words... -> the completions for the last word
  COMP_WORDS=("$@")
  COMP_CWORD=$(($# - 1))
  COMP_LINE="$*"
  COMP_POINT=${#COMP_LINE}
  COMPREPLY=()
  _lapaudit
  printf '%s\n' "${COMPREPLY[@]}" | sort | tr '\n' ' '
}

status=0
expect() {  # expected -- words...
  local expected=$1
  shift
  local got
  got=$(complete_words "$@")
  if [ "$got" != "$expected" ]; then
    printf 'lapaudit completion for "%s": expected "%s", got "%s"\n' "$*" "$expected" "$got"
    status=1
  fi
}

expect "audit " lapaudit au
expect "11MSP 12MSP 13MSP " lapaudit audit --cycle 1
expect "3RC " lapaudit audit --cycle 3
expect "victim-assistance " lapaudit gaps --group vic
expect "csv html json markdown text " lapaudit audit --format ""
expect "dot json " lapaudit graph --format ""
expect "--strict " lapaudit audit --str
[ $status -eq 0 ] && echo "bash completion: commands, formats, groups and cycles complete"
exit $status
