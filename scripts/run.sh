#!/usr/bin/env bash
# Installs counter_app on a fresh Debian/Ubuntu PC and starts it on its own SQLite store.
# Usage: ./scripts/run.sh [counter-app arguments...]   (e.g. ./scripts/run.sh demo seed)
set -euo pipefail
cd "$(dirname "$0")/.."

APT_PACKAGES=(python3 python3-venv python3-pip libgl1 libegl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1
  libglib2.0-0 libdbus-1-3 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-xinerama0
  libxcb-randr0 libxcb-render-util0 libxcb-image0 libpulse0 libcups2 fonts-dejavu-core)

missing=()
for pkg in "${APT_PACKAGES[@]}"; do
  dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
fi

PY=python3
command -v python3.11 >/dev/null 2>&1 && PY=python3.11
if [ ! -x .venv/bin/python ]; then
  "$PY" -m venv .venv
fi
if ! .venv/bin/python -c "import counter_app, PySide6" >/dev/null 2>&1; then
  .venv/bin/pip install --upgrade pip
  .venv/bin/pip install -e .
fi
exec .venv/bin/counter-app "$@"
