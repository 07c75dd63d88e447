#!/usr/bin/env bash
# Benchmark: a sweep of the digital-customs bundle on the calibrated baseline, the issue's
# measure: every subset of its six measures (each alone and its Shapley share), 10
# replications each of 365 days, run with --jobs 2 on this machine; then, unless QUICK=1, the
# sample sweep Scenarios/sweeps/digital-customs-2027.yaml as shipped (the same, plus three
# uncertain inputs one at a time). Beside each: one `corridor simulate` of the baseline (10
# replications) in the same run, and the sweep's time as a multiple of it (the machine is
# noisy; the multiple is what to compare across machines). The sample runs as 3 shards one
# after the other, as array tasks would.
# Usage: Benchmarks/sweep.sh            CORRIDOR_BIN=PATH skips the build
set -euo pipefail
cd "$(dirname "$0")/.."
. Benchmarks/common.sh
now() { date +%s.%N; }
ratio() { python3 -c "import sys; print(f'{float(sys.argv[1]) / float(sys.argv[2]):.1f}')" "$1" "$2"; }

start=$(now)
"$CORRIDOR_BIN" simulate Scenarios/ots-calibrated-2025.yaml --replications 10 >/dev/null
one=$(seconds "$start" "$(now)")
echo "simulate ots-calibrated-2025, 10 replications: $one s"

# The measures alone: the sample sweep without its inputs.
sed -e '/^parameters:/,/^replications:/{/^replications:/!d}' \
  -e "s#^scenario: .*#scenario: $PWD/Scenarios/digital-customs-2027.yaml#" \
  Scenarios/sweeps/digital-customs-2027.yaml >"$work/measures.yaml"
sweep() {  # sweep NAME FILE SHARDS
  "$CORRIDOR_BIN" sweep plan "$2" --out "$work/$1" >/dev/null
  local start end i
  start=$(now)
  for ((i = 0; i < $3; i++)); do
    "$CORRIDOR_BIN" sweep run "$work/$1" --shard "$i" --of "$3" --jobs 2 2>/dev/null
  done
  "$CORRIDOR_BIN" sweep merge "$work/$1" --date 2026-12-07 >"$work/$1.txt"
  end=$(now)
  local units
  units=$(python3 -c "import json,sys; print(len(json.load(open(sys.argv[1]))['units']))" "$work/$1/manifest.json")
  echo "sweep $1 ($units units, $3 shard(s), --jobs 2): $(seconds "$start" "$end") s = $(ratio "$(seconds "$start" "$end")" "$one") x one simulate (goal: under 300 s)"
}
sweep measures "$work/measures.yaml" 1
head -n 12 "$work/measures.txt"
if [ "${QUICK:-0}" != 1 ]; then
  sweep sample Scenarios/sweeps/digital-customs-2027.yaml 3
  head -n 12 "$work/sample.txt"
fi
