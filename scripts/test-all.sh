#!/usr/bin/env bash
# `npm test` (what .ci/run calls): every check, in order, stopping at the first failure.
# Prerequisites are installed or started when missing (Chromium, poppler-utils, a PostgreSQL cluster); a missing
# PostgreSQL is an error, never a skipped mode. Budget: under 45 minutes on two cores (about 40 in
# December 2026; the summary at the end prints each step's seconds).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

# shellcheck source=lib/ensure-chromium.sh
source scripts/lib/ensure-chromium.sh
# shellcheck source=lib/ensure-poppler.sh
source scripts/lib/ensure-poppler.sh
# shellcheck source=lib/ensure-postgres.sh
source scripts/lib/ensure-postgres.sh

steps=()
current=""
step_started=$SECONDS

finish_step() {
  [[ -n "$current" ]] && steps+=("$(printf '%-16s %4d s' "$current" $((SECONDS - step_started)))")
  return 0
}

step() {
  finish_step
  current=$1
  step_started=$SECONDS
  printf '\n################################################################################\n'
  printf '## %s\n' "$current"
  printf '################################################################################\n'
}

summary() {
  local status=$?
  finish_step
  printf '\n==== summary ====\n'
  printf '%s\n' "${steps[@]}"
  if [[ $status -eq 0 ]]; then
    printf 'ALL CHECKS PASSED in %d s\n' "$SECONDS"
  else
    printf 'FAILED in step "%s" (exit %d) after %d s\n' "$current" "$status" "$SECONDS"
  fi
}
trap summary EXIT

step "prerequisites"
ensure_chromium
ensure_poppler
ensure_postgres

step "typecheck"
npm run typecheck

step "lint"
npm run lint

step "unit"
npm run test:unit

step "integration"
bash scripts/test-integration.sh

step "e2e"
bash scripts/test-e2e.sh

step "scale-out"
bash scripts/test-scale-out.sh

step "supervisor"
bash scripts/test-supervisor.sh

step "security scan"
bash scripts/security-scan.sh
