#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# The HTML report in a real browser (headless Chromium): its own script runs under its
# Content-Security-Policy, the heat map agrees with the JSON report cell by cell, the group filter
# works from a "#group=ID" address, no script from a hostile log runs, and it prints on A4.
# Screenshots and the PDF are left in ARTIFACTS for a person to look at.
#
# Usage: html_report_browser_test.sh LAPAUDIT SOURCE_DIR ARTIFACTS
# Chromium: /usr/bin/chromium when present; otherwise Debian's `chromium` is installed when
# running as root with apt-get (about 12 s here; LAPAUDIT_BROWSER_INSTALL=0 forbids it);
# otherwise the test is skipped (exit code 77).
set -euo pipefail
lapaudit=$1
source_dir=$2
artifacts=$3
skip=77

find_chromium() {
  if [ -x /usr/bin/chromium ]; then echo /usr/bin/chromium; return; fi
  command -v chromium || true
}

chromium=$(find_chromium)
if [ -z "$chromium" ]; then
  if [ "${LAPAUDIT_BROWSER_INSTALL:-1}" = "1" ] && [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null; then
    echo "installing Debian's chromium for the browser test" >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get install -y -qq --no-install-recommends chromium >/dev/null ||
      { apt-get update -qq && apt-get install -y -qq --no-install-recommends chromium >/dev/null; } ||
      echo "could not install chromium" >&2
    chromium=$(find_chromium)
  fi
fi
if [ -z "$chromium" ]; then
  echo "SKIPPED: Chromium is not installed, so the HTML report was not checked in a browser." \
       "Install Debian's chromium package, or run the tests as root with apt-get available" \
       "to let this test install it." >&2
  exit $skip
fi
if ! command -v python3 >/dev/null; then
  echo "SKIPPED: python3 is needed to read the page's DOM" >&2
  exit $skip
fi

mkdir -p "$artifacts"
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT

browse() {  # browse URL CHROMIUM-ARGS...
  local url=$1
  shift
  timeout 120 "$chromium" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --user-data-dir="$profile" --hide-scrollbars "$@" "$url" 2>>"$artifacts/chromium.log"
}

check() {  # check NAME AUDIT-ARGS... : writes NAME.html/.json and runs the checks on them
  local name=$1
  shift
  local page="$artifacts/$name.html"
  (cd "$source_dir" && "$lapaudit" audit --format html -o "$page" "$@") || [ $? -eq 1 ]
  (cd "$source_dir" && "$lapaudit" audit --format json -o "$artifacts/$name.json" "$@") || [ $? -eq 1 ]
  browse "file://$page" --dump-dom >"$artifacts/$name.dom.html"
  python3 "$source_dir/tests/browser/check_report_dom.py" "$artifacts/$name.dom.html" \
    "$artifacts/$name.json" "${extra_checks[@]}"
  browse "file://$page" --window-size=1280,2400 --screenshot="$artifacts/$name.png" >/dev/null
  [ -s "$artifacts/$name.png" ] || { echo "FAIL: no screenshot of $name" >&2; exit 1; }
  echo "screenshot: $artifacts/$name.png"
}

extra_checks=()
check ccm-12msp --cycle 12MSP fixtures/ccm-12msp.json

page="$artifacts/ccm-12msp.html"
browse "file://$page#group=victim-assistance" --dump-dom >"$artifacts/ccm-12msp.filtered.dom.html"
python3 "$source_dir/tests/browser/check_report_dom.py" "$artifacts/ccm-12msp.filtered.dom.html" \
  "$artifacts/ccm-12msp.json" --filter victim-assistance
browse "file://$page#group=victim-assistance" --window-size=1280,2400 \
  --screenshot="$artifacts/ccm-12msp.victim-assistance.png" >/dev/null
echo "screenshot: $artifacts/ccm-12msp.victim-assistance.png"

browse "file://$page" --no-pdf-header-footer --print-to-pdf="$artifacts/ccm-12msp.pdf" >/dev/null
python3 - "$artifacts/ccm-12msp.pdf" <<'PY'
import re, sys
pdf = open(sys.argv[1], "rb").read()
boxes = re.findall(rb"/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]", pdf)
if not boxes:
    print("FAIL: the printed PDF has no pages"); sys.exit(1)
for width, height in boxes:
    if abs(float(width) - 595.3) > 2 or abs(float(height) - 841.9) > 2:
        print("FAIL: a printed page is %s x %s points, not A4" % (width, height)); sys.exit(1)
print("printed: %d A4 page(s)" % len(boxes))
PY

extra_checks=(--hostile)
check hostile fixtures/hostile.json
echo "PASS: the HTML report works in Chromium"
