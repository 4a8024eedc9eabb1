#!/usr/bin/env bash
# Makes sure a PostgreSQL server answers on loopback and that the throw-away test role exists, then
# exports ADP_TEST_PG_ADMIN_URL (a URL for that role on the `postgres` database; the integration
# setup creates and drops one database per test file through it). Idempotent; works sourced or run.
#
# With ADP_TEST_PG_ADMIN_URL already set (a server you run yourself, a CI service), that server is
# used as it is. Otherwise the local Debian cluster is used: installed from Debian's packages when
# missing (a fresh machine has no server), started when down. PostgreSQL mode is never skipped:
# when no server can be had, this fails loudly.
set -euo pipefail

ADP_TEST_PG_ROLE=${ADP_TEST_PG_ROLE:-adp_test}
# Local-only credentials for a role that can create databases and nothing else; never used outside tests.
ADP_TEST_PG_PASSWORD=${ADP_TEST_PG_PASSWORD:-adp_test_local_only}

postgres_failure() {
  {
    echo
    echo "################################################################################"
    echo "## ERROR: PostgreSQL is required for the integration tests (PostgreSQL mode)."
    echo "## $1"
    echo "## Install it (Debian: apt-get install -y postgresql) or point"
    echo "## ADP_TEST_PG_ADMIN_URL at a server where that role may CREATE DATABASE."
    echo "################################################################################"
    echo
  } >&2
  return 1
}

as_postgres() {
  if [[ $(id -u) -eq 0 ]]; then runuser -u postgres -- "$@"; else sudo -n -u postgres -- "$@"; fi
}

as_root() {
  if [[ $(id -u) -eq 0 ]]; then "$@"; else sudo -n -- "$@"; fi
}

ensure_postgres() {
  if [[ -n "${ADP_TEST_PG_ADMIN_URL:-}" ]]; then
    psql "$ADP_TEST_PG_ADMIN_URL" -XAtq -c 'select 1' >/dev/null \
      || postgres_failure "ADP_TEST_PG_ADMIN_URL is set but the server does not answer." || return 1
    echo "postgres: using ADP_TEST_PG_ADMIN_URL as given"
    return 0
  fi

  if ! compgen -G '/usr/lib/postgresql/*/bin/postgres' >/dev/null; then
    if command -v apt-get >/dev/null 2>&1 && { [[ $(id -u) -eq 0 ]] || sudo -n true 2>/dev/null; }; then
      echo "postgres: no server installed, installing Debian's postgresql package…"
      export DEBIAN_FRONTEND=noninteractive
      as_root apt-get update -qq
      as_root apt-get install -y -qq postgresql >/dev/null
    fi
    compgen -G '/usr/lib/postgresql/*/bin/postgres' >/dev/null \
      || postgres_failure "No PostgreSQL server is installed on this machine and it could not be installed." || return 1
  fi

  if [[ -z "$(pg_lsclusters --no-header 2>/dev/null)" ]]; then
    local newest
    newest=$(basename "$(ls -d /usr/lib/postgresql/*/ | sort -V | tail -n 1)")
    echo "postgres: no cluster, creating $newest/main"
    as_root pg_createcluster "$newest" main >/dev/null
  fi

  # Prefer a running cluster; else start the first one.
  local version name port status
  read -r version name port status _ < <(pg_lsclusters --no-header | sort -k4,4r | head -n 1)
  if [[ "$status" != online* ]]; then
    echo "postgres: starting cluster $version/$name"
    as_root pg_ctlcluster "$version" "$name" start \
      || postgres_failure "pg_ctlcluster $version $name start failed (see /var/log/postgresql/)." || return 1
  fi
  local tries=0
  until pg_isready -q -h 127.0.0.1 -p "$port"; do
    tries=$((tries + 1))
    [[ $tries -lt 60 ]] || { postgres_failure "Cluster $version/$name does not accept connections on 127.0.0.1:$port."; return 1; }
    sleep 0.5
  done

  as_postgres psql -XAtq -p "$port" -v ON_ERROR_STOP=1 \
    -v role="$ADP_TEST_PG_ROLE" -v password="$ADP_TEST_PG_PASSWORD" >/dev/null <<'SQL'
select format('create role %I login createdb password %L', :'role', :'password')
  where not exists (select 1 from pg_roles where rolname = :'role') \gexec
select format('alter role %I login createdb nosuperuser password %L', :'role', :'password') \gexec
-- `drop database … with (force)` must also end an autovacuum worker busy in that database, which
-- belongs to no role; only pg_signal_backend lets a non-superuser do that.
select format('grant pg_signal_backend to %I', :'role')
  where not pg_has_role(:'role', 'pg_signal_backend', 'member') \gexec
SQL

  export ADP_TEST_PG_ADMIN_URL="postgres://${ADP_TEST_PG_ROLE}:${ADP_TEST_PG_PASSWORD}@127.0.0.1:${port}/postgres"
  psql "$ADP_TEST_PG_ADMIN_URL" -XAtq -c 'select 1' >/dev/null \
    || postgres_failure "The test role cannot connect over 127.0.0.1:$port (check pg_hba.conf)." || return 1
  echo "postgres: cluster $version/$name online on 127.0.0.1:$port, role $ADP_TEST_PG_ROLE ready"
}

if [[ "${BASH_SOURCE[0]}" == "$0" ]]; then ensure_postgres; fi
