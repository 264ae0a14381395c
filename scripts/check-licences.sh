#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# The licence checks CI runs (scripts/test.sh, and ctest):
#  1. every source file carries "SPDX-License-Identifier: Apache-2.0" in its first 3 lines (after
#     a "#!" line): scripts/add-spdx.sh adds it where it is missing;
#  2. THIRD-PARTY-NOTICES has a paragraph (CMake-Name: NAME) for every library a CMakeLists.txt
#     or cmake/*.cmake finds (find_package, find_library, pkg_check_modules), and no other.
# Prints each problem on its own line and exits 1 if there is any.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/spdx-files.sh
source scripts/spdx-files.sh
status=0

while IFS= read -r file; do
  if ! spdx_has_line "$file"; then
    echo "$file: no \"$spdx_line\" line in its first 3 lines (run scripts/add-spdx.sh)"
    status=1
  fi
done < <(spdx_source_files)

# Tools and parts of the system, not libraries a build ships or links from a third party.
not_libraries=" PkgConfig Threads "

# "NAME<TAB>FILE" for each library the CMake files look for.
found_libraries() {
  spdx_source_files | grep -E '(^|/)CMakeLists\.txt$|\.cmake$' | while IFS= read -r file; do
    sed -e 's/#.*//' "$file" | tr '\n' ' ' |
      grep -oE 'find_package\( *[A-Za-z0-9_.+-]+|find_library\( *[A-Za-z0-9_]+ +(NAMES +)?[A-Za-z0-9_.+-]+|pkg_check_modules\([^)]*\)' |
      sed -E -e 's/^find_package\( *//' -e 's/^find_library\( *[A-Za-z0-9_]+ +(NAMES +)?//' \
        -e 's/^pkg_check_modules\( *[A-Za-z0-9_]+//' -e 's/\)$//' |
      tr ' ' '\n' | grep -vE '^(|REQUIRED|QUIET|IMPORTED_TARGET|GLOBAL|NO_CMAKE_PATH|NO_CMAKE_ENVIRONMENT_PATH)$' |
      sed -E 's/[<>=].*//' | while IFS= read -r name; do printf '%s\t%s\n' "$name" "$file"; done
  done | sort -u
}

listed=$(sed -n 's/^CMake-Name: *//p' THIRD-PARTY-NOTICES | sort -u)
found=$(found_libraries)
while IFS=$'\t' read -r name file; do
  [ -z "$name" ] && continue
  case $not_libraries in *" $name "*) continue ;; esac
  if ! grep -qxF "$name" <<<"$listed"; then
    echo "THIRD-PARTY-NOTICES: no paragraph for the library $file finds as \"$name\" (add one with \"CMake-Name: $name\", its licence and its source)"
    status=1
  fi
done <<<"$found"
while IFS= read -r name; do
  [ -z "$name" ] && continue
  if ! cut -f1 <<<"$found" | grep -qxF "$name"; then
    echo "THIRD-PARTY-NOTICES: the paragraph \"CMake-Name: $name\" names a library no CMake file finds (remove it, or correct the name)"
    status=1
  fi
done <<<"$listed"

[ "$status" -eq 0 ] && echo "licences: every source file carries the SPDX line; THIRD-PARTY-NOTICES lists every library the build finds"
exit "$status"
