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

declare -A seconds
for mode in pglite postgres; do
  banner "integration: TEST_DB_MODE=$mode"
  started=$SECONDS
  TEST_DB_MODE=$mode node_modules/.bin/vitest run --project integration "$@"
  seconds[$mode]=$((SECONDS - started))
done

banner "integration: both modes passed (pglite ${seconds[pglite]} s, postgres ${seconds[postgres]} s)"
