#!/usr/bin/env bash
# Makes sure Debian's Chromium is at /usr/bin/chromium for the Playwright tests. Playwright cannot
# download its own browser builds here, so the e2e config launches this binary instead. Idempotent:
# does nothing when the browser is already installed. Works sourced or run.
set -euo pipefail
# shellcheck source=apt-install.sh
source "$(dirname "${BASH_SOURCE[0]}")/apt-install.sh"

ensure_chromium() {
  local chromium=/usr/bin/chromium
  if [[ -x "$chromium" ]]; then
    echo "chromium: $("$chromium" --version 2>/dev/null || echo "present at $chromium")"
    return 0
  fi
  echo "chromium: not installed, installing Debian's chromium package…"
  apt_install "$chromium" chromium fonts-liberation
  if [[ ! -x "$chromium" ]]; then
    echo "ERROR: apt-get finished but $chromium is still missing." >&2
    return 1
  fi
  echo "chromium: installed $("$chromium" --version 2>/dev/null)"
}

if [[ "${BASH_SOURCE[0]}" == "$0" ]]; then ensure_chromium; fi
