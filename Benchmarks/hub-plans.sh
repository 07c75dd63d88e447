#!/usr/bin/env bash
# Benchmark: hub plans chosen by their simulated effect on this machine. Times
# `corridor hubs Scenarios/ots-calibrated-2025.yaml --p 2 --evaluate 3`: the optimum and the
# next two plans (each found by excluding the plans before and solving again), then the base
# and the three plans through the equilibrium and the simulation, 10 replications of 365 days
# each, with the same random streams. Prints the time against the goal and the plans' table.
# Usage: Benchmarks/hub-plans.sh
set -euo pipefail
cd "$(dirname "$0")/.."
. Benchmarks/common.sh

start=$(date +%s.%N)
"$CORRIDOR_BIN" hubs Scenarios/ots-calibrated-2025.yaml --p 2 --evaluate 3 --quiet >"$work/plans.txt"
end=$(date +%s.%N)
echo "hubs ots-calibrated-2025 --p 2 --evaluate 3 (10 x 365 days a run): $(seconds "$start" "$end") s (goal: under 120 s)"
sed -n '/^Plans by/,$p' "$work/plans.txt"
