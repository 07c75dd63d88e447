#!/usr/bin/env bash
# Benchmark: the planner's workflow on this machine. Goals: `corridor run` of the baseline
# with its default replications in under 30 s; the compare of the baseline with four variants
# in under 2 minutes.
# Usage: Benchmarks/run-compare.sh
set -euo pipefail
cd "$(dirname "$0")/.."
. Benchmarks/common.sh

start=$(date +%s.%N)
"$CORRIDOR_BIN" run Scenarios/ots-baseline-2025.yaml --quiet --out "$work/run" >/dev/null
end=$(date +%s.%N)
run=$(seconds "$start" "$end")

start=$(date +%s.%N)
"$CORRIDOR_BIN" compare Scenarios/ots-baseline-2025.yaml Scenarios/digital-customs-2027.yaml \
  Scenarios/khorgos-24-7.yaml Scenarios/middle-corridor-2030.yaml Scenarios/cku-railway-2030.yaml \
  --out "$work/compare" >/dev/null
end=$(date +%s.%N)
compare=$(seconds "$start" "$end")

echo "corridor run ots-baseline-2025 (10 replications x 365 days): $run s (goal under 30 s)"
echo "corridor compare, baseline and 4 variants (10 replications x 365 days each): $compare s (goal under 120 s)"
