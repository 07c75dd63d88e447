#!/usr/bin/env bash
# Installs what building corridor needs beyond the Swift toolchain: the GLPK C library.
set -euo pipefail

if [ ! -f /usr/include/glpk.h ]; then
  echo "corridor: installing libglpk-dev (GLPK headers and library)" >&2
  if [ "$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq libglpk-dev >/dev/null
fi

if ! command -v swift >/dev/null 2>&1; then
  echo "corridor: the Swift toolchain (6.0 or later) is needed; put 'swift' on PATH" >&2
  exit 1
fi
