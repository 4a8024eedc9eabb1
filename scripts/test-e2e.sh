#!/usr/bin/env bash
# `npm run test:e2e`: the Playwright journeys in Debian's Chromium against the production build.
# playwright.config.ts starts the app itself (webServer: scripts/start.ts on port 3100, a fresh
# embedded database per run) and stops it afterwards; this script only makes sure the browser is
# installed and the build is current first, so a stale build never gets tested and the build's
# minutes are not spent inside the web server's start-up timeout. Extra arguments go to Playwright.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

banner() { printf '\n==== %s ====\n' "$*"; }

banner "e2e: browser"
# shellcheck source=lib/ensure-chromium.sh
source scripts/lib/ensure-chromium.sh
ensure_chromium

# The same rule as scripts/start.ts: rebuild when the build is missing or any source is newer.
build_is_current() {
  [[ -f .next/BUILD_ID ]] || return 1
  local newer
  newer=$(find app components lib proxy.ts next.config.js package-lock.json -newer .next/BUILD_ID -type f -print -quit 2>/dev/null || true)
  [[ -z "$newer" ]]
}

if build_is_current; then
  banner "e2e: build is current"
else
  banner "e2e: next build"
  npm run build
fi

# playwright.config.ts serves the app on 3100 with PGlite on 54339. If another run holds either
# port, the app cannot start, yet Playwright would find *that* run's server answering and test it.
banner "e2e: ports"
for port in ${E2E_PORT:-3100} ${E2E_PGLITE_PORT:-54339}; do
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
    echo "ERROR: 127.0.0.1:$port is already in use (another e2e run or app?); stop it and retry:" >&2
    ss -ltnp "sport = :$port" >&2 2>/dev/null || true
    exit 1
  fi
  echo "127.0.0.1:$port is free"
done

banner "e2e: playwright"
node_modules/.bin/playwright test "$@"
