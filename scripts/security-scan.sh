#!/usr/bin/env bash
# `bash scripts/security-scan.sh`: Debian's wapiti (modules http_headers, csp, cookieflags, xss, sql)
# against the production build, signed in as the demo SME manager, served through a local TLS proxy
# as in a deployment (so HSTS and the cookies' Secure flag are checked for real). Starts the app on
# a fresh embedded database with demo data, stops it afterwards, and exits non-zero on any finding,
# printing them. See docs/security.md.
#   SCAN_PORT (3300), SCAN_PGLITE_PORT (54500), SCAN_TLS_PORT (SCAN_PORT + 100): ports to use.
#   SCAN_OUTPUT (.data/security-scan): where the report, cookie file and app log go.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

banner() { printf '\n==== %s ====\n' "$*"; }

port=${SCAN_PORT:-3300}
pglite_port=${SCAN_PGLITE_PORT:-54500}
tls_port=${SCAN_TLS_PORT:-$((port + 100))}
output=${SCAN_OUTPUT:-.data/security-scan}
started=$(date +%s)

# shellcheck source=lib/apt-install.sh
source scripts/lib/apt-install.sh

banner "scan: wapiti"
if ! command -v wapiti >/dev/null 2>&1; then
  echo "wapiti: not installed, installing Debian's wapiti package…"
  apt_install wapiti wapiti || exit 1
fi
wapiti --version 2>/dev/null | tail -1 || true

# shellcheck source=lib/ensure-build.sh
source scripts/lib/ensure-build.sh
ensure_build scan

banner "scan: ports"
for p in "$port" "$pglite_port" "$tls_port"; do
  if (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then
    echo "ERROR: 127.0.0.1:$p is already in use; set SCAN_PORT / SCAN_PGLITE_PORT / SCAN_TLS_PORT." >&2
    exit 1
  fi
done
echo "app 127.0.0.1:$port, embedded database :$pglite_port, TLS proxy https://127.0.0.1:$tls_port"

rm -rf "$output"
mkdir -p "$output"
data_dir=$(mktemp -d "${TMPDIR:-/tmp}/adp-scan-data.XXXXXX")
app_pid=""
cleanup() {
  if [[ -n "$app_pid" ]] && kill -0 "$app_pid" 2>/dev/null; then
    kill -TERM "$app_pid" 2>/dev/null || true
    wait "$app_pid" 2>/dev/null || true
  fi
  rm -rf "$data_dir"
}
trap cleanup EXIT

banner "scan: start the app (fresh embedded database, demo data)"
# NEXTAUTH_URL is the public https origin, as in a TLS deployment: next-auth then sets Secure cookies.
PORT=$port PGLITE_PORT=$pglite_port ADP_DATA_DIR=$data_dir DATABASE_URL="" NEXTAUTH_URL="https://127.0.0.1:$tls_port" \
  node_modules/.bin/tsx --conditions=react-server scripts/start.ts >"$output/app.log" 2>&1 &
app_pid=$!
for _ in $(seq 1 120); do
  if curl -fsS "http://127.0.0.1:$port/api/health" >/dev/null 2>&1; then break; fi
  if ! kill -0 "$app_pid" 2>/dev/null; then echo "ERROR: the app exited; see $output/app.log" >&2; tail -20 "$output/app.log" >&2; exit 1; fi
  sleep 1
done
curl -fsS "http://127.0.0.1:$port/api/health" >/dev/null || { echo "ERROR: the app did not answer within 120 s" >&2; exit 1; }

banner "scan: wapiti (http_headers, csp, cookieflags, xss, sql)"
status=0
node_modules/.bin/tsx scripts/lib/security-scan/scan.ts "http://127.0.0.1:$port" "$tls_port" "$output" || status=$?
echo "scan took $(( $(date +%s) - started )) s"
exit "$status"
