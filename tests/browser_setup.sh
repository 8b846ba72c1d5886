#!/usr/bin/env bash
# Installs the system Chromium and its driver for the browser tests (Debian packages, never a
# downloaded browser build). Idempotent: does nothing when they are already there.
set -euo pipefail
if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
    exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
    echo "browser_setup: chromium is missing and we are not root; the browser tests will be skipped." >&2
    exit 0
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends chromium chromium-driver >/dev/null
