#!/usr/bin/env bash
# `npm run test:integration`: the integration tests against a real database, in both storage modes
# the product supports: PGlite (the embedded default) and PostgreSQL (production). Each test file
# gets a fresh database (tests/integration/setup/fresh-database.ts). Extra arguments go to vitest,
# e.g. `npm run test:integration -- tests/integration/auth`.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

banner() { printf '\n==== %s ====\n' "$*"; }

banner "integration: PostgreSQL server"
# shellcheck source=lib/ensure-postgres.sh
source scripts/lib/ensure-postgres.sh
ensure_postgres

# Test databases are named adp_test_<unix seconds>_<random> and dropped by the test file that made
# them; a run that was killed leaves its database behind, so drop those older than six hours (a
# younger one may belong to a run still going on in another shell).
now=$(date +%s)
while read -r name; do
  [[ -n "$name" ]] || continue
  created=${name#adp_test_}
  created=${created%%_*}
  if ((now - created > 6 * 3600)); then
    echo "dropping leftover test database $name"
    psql "$ADP_TEST_PG_ADMIN_URL" -XAtq -c "drop database if exists \"$name\" with (force)" >/dev/null
  fi
done < <(psql "$ADP_TEST_PG_ADMIN_URL" -XAt -c "select datname from pg_database where datname ~ '^adp_test_[0-9]+_[0-9a-f]+$'")

# The two modes run side by side (each runs its files one after another): on two cores the PGlite
# run is bound by its WebAssembly server and the PostgreSQL run by the server's own processes, so
# together they take little longer than the PGlite run alone. Each mode's output is kept in a file
# and printed whole when both are done. INTEGRATION_SEQUENTIAL=1 runs them one after the other.
log_dir=$(mktemp -d)
trap 'rm -rf "$log_dir"' EXIT
run_mode() {
  local mode=$1
  shift
  local started=$SECONDS status=0
  TEST_DB_MODE=$mode node_modules/.bin/vitest run --project integration "$@" >"$log_dir/$mode.log" 2>&1 || status=$?
  echo $((SECONDS - started)) >"$log_dir/$mode.seconds"
  return "$status"
}

declare -A status
if [[ "${INTEGRATION_SEQUENTIAL:-}" == "1" ]]; then
  for mode in pglite postgres; do
    status[$mode]=0
    run_mode "$mode" "$@" || status[$mode]=$?
  done
else
  run_mode pglite "$@" &
  pglite_pid=$!
  run_mode postgres "$@" &
  postgres_pid=$!
  status[pglite]=0
  status[postgres]=0
  wait "$pglite_pid" || status[pglite]=$?
  wait "$postgres_pid" || status[postgres]=$?
fi

failed=0
for mode in pglite postgres; do
  banner "integration: TEST_DB_MODE=$mode ($(cat "$log_dir/$mode.seconds") s, exit ${status[$mode]})"
  cat "$log_dir/$mode.log"
  [[ ${status[$mode]} -eq 0 ]] || failed=1
done
if [[ $failed -ne 0 ]]; then
  banner "integration: FAILED (pglite exit ${status[pglite]}, postgres exit ${status[postgres]})"
  exit 1
fi
banner "integration: both modes passed (pglite $(cat "$log_dir/pglite.seconds") s, postgres $(cat "$log_dir/postgres.seconds") s)"
