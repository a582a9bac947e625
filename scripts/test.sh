#!/usr/bin/env bash
# The whole check, as CI runs it: system packages, venv, lint, layer contracts, types, tests (SQLite + PostgreSQL).
#
#   scripts/test.sh                      everything
#   scripts/test.sh tests/db -k backup   extra arguments go to pytest
#
# Works on a fresh Debian/Ubuntu machine with only python3 (as root or with sudo); on a prepared machine
# it skips apt and pip and goes straight to the checks.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

# STACK.md §4 lines 1-2 (Qt offscreen, TextToSpeech/Multimedia/CUPS imports), the PostgreSQL server for the
# store tests, Xvfb for real-window checks, the fonts and poppler for rendered-output checks, espeak-ng for the
# spoken announcements (STACK.md §7).
APT_PACKAGES=(
  libgl1 libegl1 libxkbcommon0 libfontconfig1 libglib2.0-0 libdbus-1-3
  libpulse0 libxrandr2 libcups2
  postgresql
  xvfb xauth
  fonts-dejavu-core poppler-utils
  espeak-ng
  cups cups-pdf cups-bsd cups-client zbar-tools
)

log() { printf '\n== %s\n' "$*" >&2; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then
    "$@"
  elif command -v sudo >/dev/null 2>&1; then
    sudo "$@"
  else
    echo "need root or sudo to run: $*" >&2
    return 1
  fi
}

APT_UPDATED=0
apt_install() {
  if [ "$APT_UPDATED" -eq 0 ]; then
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update
    APT_UPDATED=1
  fi
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "$@"
}

PROVIDED=""
installed() {
  [ "$(dpkg-query -W -f='${Status}' "$1" 2>/dev/null)" = "install ok installed" ] && return 0
  # A virtual name counts when an installed package provides it (cups-pdf is printer-driver-cups-pdf on Debian 12).
  # (No `grep -q` on a long pipe: with pipefail, the writer's SIGPIPE would turn a match into a failure.)
  if [ -z "$PROVIDED" ]; then
    PROVIDED="$(dpkg-query -W -f='${Status}|${Provides}\n' 2>/dev/null | grep '^install ok installed|' || true)"
  fi
  grep -Eq "[|, ]$1( |,|\$)" <<<"$PROVIDED"
}

# --- (a) system packages -----------------------------------------------------------------------------------
missing=()
for pkg in "${APT_PACKAGES[@]}"; do
  installed "$pkg" || missing+=("$pkg")
done
if [ "${#missing[@]}" -gt 0 ] && ! command -v apt-get >/dev/null 2>&1; then
  log "no apt-get: install the equivalents of ${missing[*]} yourself (continuing)"
elif [ "${#missing[@]}" -gt 0 ]; then
  log "apt: installing ${missing[*]}"
  apt_install "${missing[@]}"
else
  log "apt: all ${#APT_PACKAGES[@]} packages present"
fi

# --- (b) the virtual environment ---------------------------------------------------------------------------
PYTHON=python3
command -v python3.11 >/dev/null 2>&1 && PYTHON=python3.11
if [ ! -x .venv/bin/python ]; then
  log "venv: creating .venv with $PYTHON ($("$PYTHON" --version 2>&1))"
  if ! "$PYTHON" -m venv .venv 2>/dev/null; then
    # Debian/Ubuntu ship venv (ensurepip) separately: python3-venv, or python3.X-venv for that version.
    rm -rf .venv
    version="$("$PYTHON" -c 'import sys; print(f"{sys.version_info[0]}.{sys.version_info[1]}")')"
    log "apt: installing python3-venv (python$version-venv)"
    apt_install python3-venv || true
    "$PYTHON" -m venv .venv 2>/dev/null || { rm -rf .venv; apt_install "python$version-venv"; "$PYTHON" -m venv .venv; }
  fi
  .venv/bin/python -m pip install --quiet --upgrade pip
  .venv/bin/python -m pip install --quiet -e ".[test]"
elif ! .venv/bin/python -c "import counter_app, pytest, pytestqt, ruff, importlinter, num2words, mypy" >/dev/null 2>&1; then
  log "venv: installing counter_app with test extras"
  .venv/bin/python -m pip install --quiet -e ".[test]"
fi

# --- (c) lint, format, layer contracts, types --------------------------------------------------------------
log "ruff check"
.venv/bin/ruff check .
log "ruff format --check"
.venv/bin/ruff format --check .
log "lint-imports"
.venv/bin/lint-imports
log "mypy (strict, settings in pyproject.toml [tool.mypy])"
.venv/bin/mypy

# --- (d) tests ---------------------------------------------------------------------------------------------
log "pytest"
env QT_QPA_PLATFORM=offscreen COUNTER_APP_REQUIRE_PG=1 COUNTER_APP_REQUIRE_CUPS=1 COUNTER_APP_REQUIRE_SPEECH=1 \
  COUNTER_APP_QUEUE_FULL=1 COUNTER_APP_LETTERS_FULL=1 PYTHONDONTWRITEBYTECODE=1 \
  .venv/bin/pytest -p no:cacheprovider -q "$@"
