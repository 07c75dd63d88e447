#!/usr/bin/env bash
# Installs what building corridor needs beyond the Swift toolchain: the GLPK C library (hub
# location), the NLopt C library (calibration) and libxlsxwriter (the reports' report.xlsx).
set -euo pipefail

missing=()
[ -f /usr/include/glpk.h ] || missing+=(libglpk-dev)
[ -f /usr/include/nlopt.h ] || missing+=(libnlopt-dev)
[ -f /usr/include/xlsxwriter.h ] || missing+=(libxlsxwriter-dev)
if [ ${#missing[@]} -gt 0 ]; then
  echo "corridor: installing ${missing[*]}" >&2
  if [ "$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
fi

if ! command -v swift >/dev/null 2>&1; then
  echo "corridor: the Swift toolchain (6.0 or later) is needed; put 'swift' on PATH" >&2
  exit 1
fi
