#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Builds the Debian package with CPack, unpacks it into a throwaway root (dpkg -x) and runs the
# installed lapaudit from there: --version, and an audit of the bundled example with the
# installed rule set. Usage: package_test.sh BUILD_DIR SOURCE_DIR
set -euo pipefail
build=$1 src=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$build" && cpack -G DEB -B "$work/out" >/dev/null)
deb=$(ls "$work"/out/lapaudit_*.deb)
echo "package: $(basename "$deb")"
dpkg-deb -I "$deb" | grep -E '^ (Package|Version|Depends):'
dpkg -x "$deb" "$work/root"
root="$work/root"
"$root/usr/bin/lapaudit" --version
for f in ruleset actions groups partners cycles lexicon checks; do
  [ -f "$root/usr/share/lapaudit/rules/$f.json" ] || { echo "missing rules/$f.json"; exit 1; }
done
status=0
"$root/usr/bin/lapaudit" audit --rules "$root/usr/share/lapaudit/rules" --cycle 12MSP \
  --format json -o "$work/report.json" "$src/fixtures/ccm-12msp.json" || status=$?
[ "$status" -le 1 ] || { echo "audit from the package failed ($status)"; exit 1; }
grep -q '"schema": "lapaudit/report/v1"' "$work/report.json"
# The installed rule set is the built-in one: same digest in the report and in --version.
digest=$("$root/usr/bin/lapaudit" --version | sed -n 's/.* \(sha256:[0-9a-f]*\)$/\1/p')
grep -q "\"digest\": \"$digest\"" "$work/report.json" || { echo "rule set digests differ"; exit 1; }
echo "installed lapaudit audits the example with the installed rule set ($digest)"

# The licence and the notices: /usr/share/doc/lapaudit/copyright in Debian's machine-readable
# format (parsed strictly by python3-debian when it is installed), a paragraph with the version
# for every library the program contains or uses, and the same text `lapaudit licenses --full`
# prints.
copyright="$root/usr/share/doc/lapaudit/copyright"
[ -f "$copyright" ] || { echo "the package has no /usr/share/doc/lapaudit/copyright"; exit 1; }
head -n 1 "$copyright" |
  grep -qx 'Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/' ||
  { echo "copyright: the first line is not Debian's Format: line"; exit 1; }
grep -A2 -x 'Files: \*' "$copyright" | grep -qx 'License: Apache-2.0' ||
  { echo "copyright: no Files: * paragraph under Apache-2.0"; exit 1; }
for library in Boost.Graph RapidJSON fmt spdlog CLI11 libcsv "OpenSSL (libcrypto)"; do
  grep -A1 -xF "Library: $library" "$copyright" | grep -q '^Version: [0-9]' ||
    { echo "copyright: no paragraph with a version for $library"; exit 1; }
done
if /usr/bin/python3 -c 'import debian.copyright' 2>/dev/null; then
  /usr/bin/python3 - "$copyright" <<'PY' || { echo "copyright: not in Debian's format"; exit 1; }
import sys, warnings
warnings.simplefilter("error")
from debian.copyright import Copyright
with open(sys.argv[1], encoding="utf-8") as f:
    Copyright(f, strict=True)
PY
else
  echo "python3-debian is not installed (scripts/setup.sh installs it): copyright not parsed"
fi
cmp -s "$copyright" <("$root/usr/bin/lapaudit" licenses --full) ||
  { echo "copyright: differs from lapaudit licenses --full"; exit 1; }
echo "the package carries its licence and notices in /usr/share/doc/lapaudit/copyright"
