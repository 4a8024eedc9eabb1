#!/usr/bin/env bash
# Makes sure Debian's poppler-utils (pdftotext, pdftoppm) are installed: the PDF report's layout
# test reads each page's text boxes with `pdftotext -bbox-layout` and renders pages with pdftoppm.
# Idempotent: does nothing when both tools are present. Works sourced or run.
set -euo pipefail
# shellcheck source=apt-install.sh
source "$(dirname "${BASH_SOURCE[0]}")/apt-install.sh"

poppler_present() { command -v pdftotext >/dev/null 2>&1 && command -v pdftoppm >/dev/null 2>&1; }

ensure_poppler() {
  if poppler_present; then
    echo "poppler-utils: $(pdftotext -v 2>&1 | head -n 1)"
    return 0
  fi
  echo "poppler-utils: not installed, installing Debian's poppler-utils package…"
  apt_install "pdftotext/pdftoppm" poppler-utils
  if ! poppler_present; then
    echo "ERROR: apt-get finished but pdftotext or pdftoppm is still missing." >&2
    return 1
  fi
  echo "poppler-utils: installed $(pdftotext -v 2>&1 | head -n 1)"
}

if [[ "${BASH_SOURCE[0]}" == "$0" ]]; then ensure_poppler; fi
