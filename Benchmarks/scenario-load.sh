#!/usr/bin/env bash
# Benchmark: load and validate a generated scenario of 5,000 nodes, 20,000 link entries
# (40,000 directed links) and 50 named corridors with the release build. Goal: under 3 s on a
# 2-core machine.
# Usage: Benchmarks/scenario-load.sh [NODES] [LINKS] [RUNS] [CORRIDORS]
#   CORRIDORS: named corridors of 3 to 6 waypoints each (default 50; 0 for none)
#   CORRIDOR_BIN=PATH  use this binary instead of building the release product
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh

nodes="${1:-5000}"
links="${2:-20000}"
runs="${3:-5}"
corridors="${4:-50}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

python3 Benchmarks/generate_scenario.py "$nodes" "$links" "$work/synthetic.yaml" \
  --corridors "$corridors"
if [ -z "${CORRIDOR_BIN:-}" ]; then
  swift build -c release --product corridor >&2
  CORRIDOR_BIN="$(swift build -c release --show-bin-path)/corridor"
fi
bin="$CORRIDOR_BIN"
size=$(du -h "$work/synthetic.yaml" | cut -f1)
echo "scenario: $nodes nodes, $links link entries, $corridors corridors, $size"

times=()
for _ in $(seq "$runs"); do
  start=$(date +%s.%N)
  "$bin" validate "$work/synthetic.yaml" >/dev/null
  end=$(date +%s.%N)
  times+=("$(echo "$end - $start" | bc)")
done
peak=$( { /usr/bin/time -f "%M" "$bin" validate "$work/synthetic.yaml" >/dev/null; } 2>&1 | tail -1)
printf '%s\n' "${times[@]}" | sort -n | awk -v runs="$runs" -v peak="$peak" '
  { t[NR] = $1 }
  END {
    printf "validate: best %.2f s, median %.2f s over %d runs; peak memory %.0f MB\n",
      t[1], t[int((runs + 1) / 2)], runs, peak / 1024
    printf "goal: under 3 s -> %s\n", (t[int((runs + 1) / 2)] < 3 ? "met" : "NOT met")
  }'
