#!/usr/bin/env bash
# Scale-out check: two app instances on one PostgreSQL database, the way a deployment runs several
# behind a load balancer, and the Playwright journeys in tests/scale-out that prove nothing the
# product guarantees lives in one process's memory (sessions, login throttling, idempotent submit,
# autosave conflicts). A fresh, empty database per run, dropped afterwards. Both instances start
# with scripts/start.ts (as `npm start` does) at the same moment, so each migrates the empty
# database on start and the run covers two instances migrating one database at once (one does it,
# the other waits on the lock); the demo data is then seeded once. Last, instance B is stopped while
# it serves (tests/scale-out/graceful-stop.spec.ts). Extra arguments go to Playwright.
#
# Ports: SCALE_OUT_PORT_A / SCALE_OUT_PORT_B (default 3505 / 3506).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

banner() { printf '\n==== %s ====\n' "$*"; }
started=$SECONDS

port_a=${SCALE_OUT_PORT_A:-3505}
port_b=${SCALE_OUT_PORT_B:-3506}
export SCALE_OUT_A_URL="http://127.0.0.1:$port_a"
export SCALE_OUT_B_URL="http://127.0.0.1:$port_b"

banner "scale-out: browser and PostgreSQL"
# shellcheck source=lib/ensure-chromium.sh
source scripts/lib/ensure-chromium.sh
ensure_chromium
# shellcheck source=lib/ensure-postgres.sh
source scripts/lib/ensure-postgres.sh
ensure_postgres

# Both instances serve one build (the same server-action ids and keys).
# shellcheck source=lib/ensure-build.sh
source scripts/lib/ensure-build.sh
ensure_build scale-out

banner "scale-out: ports"
for port in "$port_a" "$port_b"; do
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
    echo "ERROR: 127.0.0.1:$port is already in use (another run or app?); stop it and retry:" >&2
    ss -ltnp "sport = :$port" >&2 2>/dev/null || true
    exit 1
  fi
  echo "127.0.0.1:$port is free"
done

# Databases of killed runs are left behind; drop those older than six hours (a younger one may
# belong to a run still going on in another shell).
now=$(date +%s)
while read -r name; do
  [[ -n "$name" ]] || continue
  created=${name#adp_scaleout_}
  created=${created%%_*}
  if ((now - created > 6 * 3600)); then
    echo "dropping leftover scale-out database $name"
    psql "$ADP_TEST_PG_ADMIN_URL" -XAtq -c "drop database if exists \"$name\" with (force)" >/dev/null
  fi
done < <(psql "$ADP_TEST_PG_ADMIN_URL" -XAt -c "select datname from pg_database where datname ~ '^adp_scaleout_[0-9]+_[0-9a-f]+$'")

database="adp_scaleout_${now}_$(od -An -N4 -tx1 /dev/urandom | tr -d ' \n')"
logs=$(mktemp -d -t adp-scale-out.XXXXXX)
pids=()

cleanup() {
  local status=$?
  set +e
  for pid in "${pids[@]}"; do
    # Each instance runs in its own process group (setsid): start.ts and the next server it spawned.
    kill -TERM -- "-$pid" 2>/dev/null
  done
  for pid in "${pids[@]}"; do
    for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
    kill -KILL -- "-$pid" 2>/dev/null
  done
  psql "$ADP_TEST_PG_ADMIN_URL" -XAtq -c "drop database if exists \"$database\" with (force)" >/dev/null && echo "dropped database $database"
  if [[ $status -ne 0 || -n "${SCALE_OUT_KEEP_LOGS:-}" ]]; then echo "instance logs kept in $logs"; else rm -rf "$logs"; fi
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

banner "scale-out: database $database"
psql "$ADP_TEST_PG_ADMIN_URL" -XAtq -c "create database \"$database\"" >/dev/null
export DATABASE_URL="${ADP_TEST_PG_ADMIN_URL%/postgres}/$database"
# Every instance must share the secret that signs the session cookie; this one lives for the run.
NEXTAUTH_SECRET=$(node -e 'process.stdout.write(require("node:crypto").randomBytes(32).toString("base64url"))')
export NEXTAUTH_SECRET

banner "scale-out: two instances on ports $port_a and $port_b"
for port in "$port_a" "$port_b"; do
  PORT=$port NEXTAUTH_URL="http://127.0.0.1:$port" \
    setsid node_modules/.bin/tsx --conditions=react-server scripts/start.ts >"$logs/instance-$port.log" 2>&1 &
  pids+=("$!")
done

wait_for_health() {
  local port=$1 pid=$2 body
  for _ in $(seq 1 180); do
    if ! kill -0 "$pid" 2>/dev/null; then
      echo "ERROR: the instance on port $port exited during start-up:" >&2
      tail -n 40 "$logs/instance-$port.log" >&2
      return 1
    fi
    body=$(curl -fsS --max-time 2 "http://127.0.0.1:$port/api/health" 2>/dev/null || true)
    if [[ "$body" == *'"status":"ok"'* ]]; then
      echo "127.0.0.1:$port healthy: $body"
      return 0
    fi
    sleep 0.5
  done
  echo "ERROR: the instance on port $port did not become healthy in 90 s:" >&2
  tail -n 40 "$logs/instance-$port.log" >&2
  return 1
}
wait_for_health "$port_a" "${pids[0]}"
wait_for_health "$port_b" "${pids[1]}"

banner "scale-out: demo data"
# Seeded once, for the whole run (the demo officer is used to count notifications).
node_modules/.bin/tsx --conditions=react-server scripts/db-seed.ts

# With a filter from the caller, either run may select nothing; without one, both must find tests.
only_some=()
if [[ $# -gt 0 ]]; then only_some=(--pass-with-no-tests); fi

banner "scale-out: playwright"
node_modules/.bin/playwright test -c playwright.scale-out.config.ts --grep-invert @stops-instance "${only_some[@]}" "$@"

# Last, because it stops instance B: a rolling deploy's SIGTERM while B is serving.
banner "scale-out: instance B stopped while serving"
SCALE_OUT_B_PID=${pids[1]} node_modules/.bin/playwright test -c playwright.scale-out.config.ts --grep @stops-instance "${only_some[@]}" "$@"

banner "scale-out: passed in $((SECONDS - started)) s"
