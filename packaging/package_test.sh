#!/usr/bin/env bash
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
