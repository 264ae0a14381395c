#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Which files carry lapaudit's licence line, and how: sourced by scripts/check-licences.sh and
# scripts/add-spdx.sh, so the two always agree. Run from the top of the source tree.

# shellcheck disable=SC2034  # used by the scripts that source this file
spdx_line="SPDX-License-Identifier: Apache-2.0"

# Every source file (C and C++, CMake, shell, Python, jq, the CI entry point), one per line:
# the files git tracks, or every file outside the build folders when this is not a git checkout.
spdx_source_files() {
  local list
  if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
    list=$(git ls-files --cached --others --exclude-standard)
  else
    list=$(find . -type f -not -path './.git/*' -not -path './build/*' -not -path './build-*/*' |
      sed 's|^\./||')
  fi
  printf '%s\n' "$list" | grep -E \
    '(\.(cpp|hpp|h|c|in|cmake|sh|py|jq)|(^|/)CMakeLists\.txt|^\.ci/run)$' |
    while IFS= read -r file; do [ -f "$file" ] && printf '%s\n' "$file"; done
}

# The comment that starts a line in FILE: "//" for C and C++ (version.hpp.in too), else "#".
spdx_comment() {
  case ${1%.in} in
    *.cpp | *.hpp | *.h | *.c) echo "//" ;;
    *) echo "#" ;;
  esac
}

# Whether FILE carries the licence line in its first 3 lines, not counting a "#!" line.
spdx_has_line() {
  local lines=3
  [ "$(head -c 2 "$1")" = "#!" ] && lines=4
  head -n "$lines" "$1" | grep -qF "$spdx_line"
}
