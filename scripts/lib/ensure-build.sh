# Sourced by the test and scan scripts: `ensure_build <label>` runs `next build` when the build is
# missing or any source is newer than it (the same rule as scripts/start.ts), so a stale build is
# never tested and the build's minutes are not spent inside a server's start-up timeout.

build_is_current() {
  [[ -f .next/BUILD_ID ]] || return 1
  local newer
  newer=$(find app components lib proxy.ts instrumentation.ts next.config.js package-lock.json -newer .next/BUILD_ID -type f -print -quit 2>/dev/null || true)
  [[ -z "$newer" ]]
}

ensure_build() {
  local label=$1
  if build_is_current; then
    printf '\n==== %s: build is current ====\n' "$label"
  else
    printf '\n==== %s: next build ====\n' "$label"
    npm run build
  fi
}
