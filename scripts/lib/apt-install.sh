#!/usr/bin/env bash
# Installs Debian packages the test runs need, as root or through sudo. Sourced by the ensure-*.sh
# scripts, which first check whether their tool is already there; this only does the installing.
set -euo pipefail

# apt_install <what is missing, for the error> <package>...
apt_install() {
  local missing=$1
  shift
  local sudo=()
  if [[ $(id -u) -ne 0 ]]; then
    if command -v sudo >/dev/null 2>&1; then sudo=(sudo); else
      echo "ERROR: $missing is missing and installing it needs root (apt-get install -y $*)." >&2
      return 1
    fi
  fi
  export DEBIAN_FRONTEND=noninteractive
  "${sudo[@]}" apt-get update -qq
  "${sudo[@]}" apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}
