#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Adds lapaudit's licence line to every source file that lacks it: "// SPDX-License-Identifier:
# Apache-2.0" as the first line of a C or C++ file, "# SPDX-License-Identifier: Apache-2.0" as
# the first line of any other (after its "#!" line, if it has one). Files that have it are left
# alone, so running it twice changes nothing. scripts/check-licences.sh checks the result.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/spdx-files.sh
source scripts/spdx-files.sh

added=0
while IFS= read -r file; do
  spdx_has_line "$file" && continue
  line="$(spdx_comment "$file") $spdx_line"
  if [ "$(head -c 2 "$file")" = "#!" ]; then
    { head -n 1 "$file"; printf '%s\n' "$line"; tail -n +2 "$file"; } >"$file.spdx"
  else
    { printf '%s\n' "$line"; cat "$file"; } >"$file.spdx"
  fi
  chmod --reference="$file" "$file.spdx"
  mv "$file.spdx" "$file"
  added=$((added + 1))
done < <(spdx_source_files)
echo "add-spdx: added the licence line to $added file(s)"
