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

# shellcheck source=lib/ensure-build.sh
source scripts/lib/ensure-build.sh
ensure_build e2e

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

# The server's output is kept for the log scan below (playwright.config.ts appends it to this file).
# NEXTAUTH_SECRET is chosen here, not by the server, so the scan can look for it in the log.
mkdir -p .data/e2e-logs
find .data/e2e-logs -name 'server-*.log' -mtime +7 -delete 2>/dev/null || true
E2E_SERVER_LOG_FILE="$PWD/.data/e2e-logs/server-$(date +%Y%m%d-%H%M%S)-$$.log"
export E2E_SERVER_LOG_FILE
export NEXTAUTH_SECRET="${NEXTAUTH_SECRET:-$(node -e 'process.stdout.write(require("node:crypto").randomBytes(32).toString("base64url"))')}"

banner "e2e: playwright"
node_modules/.bin/playwright test "$@"

# Every line JSON with a request id (or the job it belongs to), and no password, token or note in it.
banner "e2e: server log scan"
if ! node_modules/.bin/tsx --conditions=react-server scripts/scan-server-log.ts "$E2E_SERVER_LOG_FILE"; then
  echo "The server log is kept at $E2E_SERVER_LOG_FILE" >&2
  exit 1
fi
