#!/usr/bin/env bash
# Writes the sample reports committed under Reports/ again, with the date they carry, so that
# they are what corridor makes today (the test suite compares Reports/two-corridors byte for
# byte): the teaching example; the calibrated OTS baseline beside its observations; its
# comparison with the digital-customs what-if; its comparison with the two-hub plan. With
# --sweep, also the digital-customs sweep (about 8 minutes on 2 cores).
# Usage: scripts/make-sample-reports.sh [--sweep]
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
swift build -c release --product corridor >&2
bin="$(swift build -c release --show-bin-path)/corridor"
date=2026-11-30
observations=Scenarios/observations/ots-2025.yaml
base=Scenarios/ots-calibrated-2025.yaml
out=Reports/ots-calibrated-2025

"$bin" run Scenarios/examples/two-corridors.yaml --quiet --out Reports/two-corridors --date "$date"
"$bin" run "$base" --observations "$observations" --quiet --out "$out" --date "$date"
"$bin" compare "$base" Scenarios/digital-customs-2027.yaml --observations "$observations" \
  --quiet --out "$out/comparisons" --date "$date"
"$bin" compare "$base" Scenarios/hub-plan-2025.yaml --quiet --out "$out/hub-plan" --date "$date"

if [[ "${1:-}" == --sweep ]]; then
  plan="$(mktemp -d "${TMPDIR:-/tmp}/corridor-sweep.XXXXXX")"
  trap 'rm -rf "$plan"' EXIT
  "$bin" sweep plan Scenarios/sweeps/digital-customs-2027.yaml --out "$plan/sweep"
  "$bin" sweep run "$plan/sweep" --of 1 --jobs 2
  "$bin" sweep merge "$plan/sweep" --out "$out/sweep-digital-customs-2027" --date "$date"
fi
