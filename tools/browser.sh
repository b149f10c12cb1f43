#!/usr/bin/env bash
# The docs check drives a headless Chromium. Install Debian's chromium when it is missing and apt can (as root);
# otherwise say how, and let the docs check report that the browser is missing.
set -uo pipefail
command -v chromium >/dev/null 2>&1 && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "installing chromium for the docs check (apt)"
  apt-get update -qq && apt-get install -y -qq chromium chromium-driver >/dev/null && exit 0
fi
echo "chromium is not installed and could not be installed here: install Debian's chromium and chromium-driver" >&2
exit 0
