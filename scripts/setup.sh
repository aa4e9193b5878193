#!/usr/bin/env bash
# One-time set-up on a fresh Debian machine with Node 20: the two browsers the end-to-end tests
# drive, with Firefox's French language pack (from Debian's packages: nothing downloads a browser
# of its own), unzip, and the npm packages pinned by package-lock.json. Safe to run again: it installs only what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v firefox-esr >/dev/null 2>&1 || need+=(firefox-esr)
# French UI end-to-end test: Firefox switches to French (and so gives extensions French) only with its language pack.
dpkg -s firefox-esr-l10n-fr >/dev/null 2>&1 || need+=(firefox-esr-l10n-fr)
# The package end-to-end test unzips the store packages.
command -v unzip >/dev/null 2>&1 || need+=(unzip)
if [ ${#need[@]} -gt 0 ]; then
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq "${need[@]}" fonts-dejavu-core >/dev/null
fi
echo "browsers: $(chromium --version 2>/dev/null | head -1); $(firefox-esr --version 2>/dev/null | head -1)"

if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
fi
