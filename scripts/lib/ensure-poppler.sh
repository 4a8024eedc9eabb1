#!/usr/bin/env bash
# Makes sure Debian's poppler-utils (pdftotext, pdftoppm) are installed: the PDF report's layout
# test reads each page's text boxes with `pdftotext -bbox-layout` and renders pages with pdftoppm.
# Idempotent: does nothing when both tools are present. Works sourced or run.
set -euo pipefail

ensure_poppler() {
  if command -v pdftotext >/dev/null 2>&1 && command -v pdftoppm >/dev/null 2>&1; then
    echo "poppler-utils: $(pdftotext -v 2>&1 | head -n 1)"
    return 0
  fi
  echo "poppler-utils: not installed, installing Debian's poppler-utils package…"
  local sudo=()
  if [[ $(id -u) -ne 0 ]]; then
    if command -v sudo >/dev/null 2>&1; then sudo=(sudo); else
      echo "ERROR: pdftotext/pdftoppm are missing and installing them needs root (apt-get install -y poppler-utils)." >&2
      return 1
    fi
  fi
  export DEBIAN_FRONTEND=noninteractive
  "${sudo[@]}" apt-get update -qq
  "${sudo[@]}" apt-get install -y -qq --no-install-recommends poppler-utils >/dev/null
  if ! command -v pdftotext >/dev/null 2>&1 || ! command -v pdftoppm >/dev/null 2>&1; then
    echo "ERROR: apt-get finished but pdftotext or pdftoppm is still missing." >&2
    return 1
  fi
  echo "poppler-utils: installed $(pdftotext -v 2>&1 | head -n 1)"
}

if [[ "${BASH_SOURCE[0]}" == "$0" ]]; then ensure_poppler; fi
