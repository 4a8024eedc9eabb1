#!/usr/bin/env bash
# Makes sure Debian's Chromium is at /usr/bin/chromium for the Playwright tests. Playwright cannot
# download its own browser builds here, so the e2e config launches this binary instead. Idempotent:
# does nothing when the browser is already installed. Works sourced or run.
set -euo pipefail

ensure_chromium() {
  local chromium=/usr/bin/chromium
  if [[ -x "$chromium" ]]; then
    echo "chromium: $("$chromium" --version 2>/dev/null || echo "present at $chromium")"
    return 0
  fi
  echo "chromium: not installed, installing Debian's chromium package…"
  local sudo=()
  if [[ $(id -u) -ne 0 ]]; then
    if command -v sudo >/dev/null 2>&1; then sudo=(sudo); else
      echo "ERROR: /usr/bin/chromium is missing and installing it needs root (apt-get install -y chromium)." >&2
      return 1
    fi
  fi
  export DEBIAN_FRONTEND=noninteractive
  "${sudo[@]}" apt-get update -qq
  "${sudo[@]}" apt-get install -y -qq --no-install-recommends chromium fonts-liberation >/dev/null
  if [[ ! -x "$chromium" ]]; then
    echo "ERROR: apt-get finished but $chromium is still missing." >&2
    return 1
  fi
  echo "chromium: installed $("$chromium" --version 2>/dev/null)"
}

if [[ "${BASH_SOURCE[0]}" == "$0" ]]; then ensure_chromium; fi
