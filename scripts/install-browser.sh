#!/bin/sh
# Installs what the end-to-end test (npm run test:e2e) drives: Debian's Chromium, and a Chinese
# font so the pane's screenshots show text rather than boxes. Idempotent: installs only what is
# missing, and an already-installed package is fine. Needs root (CI runs as root) or sudo.
set -e

SUDO=""
if [ "$(id -u)" != "0" ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
    echo "install-browser.sh: 需要 root 权限来安装 chromium（apt-get）。" >&2
    exit 1
  fi
fi

missing=""
[ -x /usr/bin/chromium ] || missing="$missing chromium"
if ! fc-list :lang=zh 2>/dev/null | grep -q .; then missing="$missing fonts-wqy-microhei"; fi

if [ -z "$missing" ]; then
  echo "install-browser.sh: chromium 与中文字体已安装。"
  exit 0
fi

echo "install-browser.sh: 安装$missing"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update
# shellcheck disable=SC2086
$SUDO apt-get install -y --no-install-recommends $missing
/usr/bin/chromium --version
