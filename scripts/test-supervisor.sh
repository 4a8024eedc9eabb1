#!/usr/bin/env bash
# `npm run test:supervisor`: the embedded supervisor (`npm start`, scripts/start.ts) under kill -9.
# tests/supervisor starts the app on a temporary data folder, kills the PGlite server, the Next.js
# server and the supervisor in turn during autosave load, restarts it, and checks that every
# acknowledged save survived and the data folder opens. It serves the production build the other
# steps use (built here only when missing or stale). About a minute. Extra arguments go to Playwright.
#
# Ports: SUPERVISOR_TEST_PORT / SUPERVISOR_TEST_PGLITE_PORT (default 3705 / 54375).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

banner() { printf '\n==== %s ====\n' "$*"; }
started=$SECONDS

# shellcheck source=lib/ensure-build.sh
source scripts/lib/ensure-build.sh
ensure_build supervisor

banner "supervisor: ports"
for port in ${SUPERVISOR_TEST_PORT:-3705} ${SUPERVISOR_TEST_PGLITE_PORT:-54375}; do
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
    echo "ERROR: 127.0.0.1:$port is already in use (another run or app?); stop it and retry:" >&2
    ss -ltnp "sport = :$port" >&2 2>/dev/null || true
    exit 1
  fi
  echo "127.0.0.1:$port is free"
done

banner "supervisor: kill -9 during autosave load"
node_modules/.bin/playwright test -c playwright.supervisor.config.ts "$@"

banner "supervisor: passed in $((SECONDS - started)) s"
