#!/usr/bin/env bash
# The browser tests drive Debian's Chromium through its ChromeDriver. Installs both when missing
# (as root, or with passwordless sudo); otherwise says what to install.
set -euo pipefail
if [[ -x /usr/bin/chromium && -x /usr/bin/chromedriver ]]; then
    exit 0
fi
if [[ $(id -u) -eq 0 ]]; then
    as_root=()
elif sudo -n true 2>/dev/null; then
    as_root=(sudo -n)
else
    echo "The browser tests need Chromium and ChromeDriver: apt-get install chromium chromium-driver" >&2
    exit 1
fi
echo "Installing chromium and chromium-driver from Debian for the browser tests"
export DEBIAN_FRONTEND=noninteractive
"${as_root[@]}" apt-get update -qq
"${as_root[@]}" apt-get install -y -qq chromium chromium-driver >/dev/null
/usr/bin/chromium --version
