#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Installs, as root, the Debian packages lapaudit needs to build and test, only those missing.
# Usage: scripts/setup.sh [extra-package ...]
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config clang-tidy
  libboost-graph-dev rapidjson-dev libspdlog-dev libfmt-dev libcli11-dev libcsv-dev libssl-dev
  libgtest-dev libgmock-dev libbenchmark-dev jq python3 time bash-completion
  graphviz
  python3-debian  # the package test parses /usr/share/doc/lapaudit/copyright (Debian's format)
  cmark cmark-gfm  # the Markdown report is rendered in tests (chromium, optional: tests/browser)
  "$@"
)

missing=()
for package in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$package")
  fi
done

if [ "${#missing[@]}" -eq 0 ]; then
  exit 0
fi

echo "setup: installing ${missing[*]}" >&2
sudo=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then sudo="sudo"; else
    echo "setup: these Debian packages are missing and installing them needs root: ${missing[*]}" >&2
    exit 1
  fi
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
