#!/usr/bin/env bash
# Benchmark: calibration on this machine. Times the calibration of the OTS baseline against
# the calibration set of its observations (matrix estimation with the equilibrium, then the
# fitted run), checks that Scenarios/ots-calibrated-2025.yaml is what it writes, and times a
# `run` of the calibrated baseline (10 replications of 365 days); then a full fit on the
# teaching example: observations made from a "true" variant (Irkeshtam's controls 2.2 times
# slower, 1.6 times its road freight) fitted back from the untouched example, both factors free.
# Usage: Benchmarks/calibrate.sh
set -euo pipefail
cd "$(dirname "$0")/.."
. Benchmarks/common.sh

start=$(date +%s.%N)
"$CORRIDOR_BIN" calibrate Scenarios/ots-baseline-2025.yaml \
  --observations Scenarios/observations/ots-2025.yaml --quiet \
  --out "$work/baseline" >"$work/baseline.txt" 2>/dev/null
end=$(date +%s.%N)
echo "calibrate ots-baseline-2025 (its calibration set, 10 x 365 days a run): $(seconds "$start" "$end") s (goal: under 600 s)"
grep -E '^(Demand adjusted|calibrate|validate):?' "$work/baseline.txt"
# Only the path in 'extends:' and the scenario id depend on where it was written.
strip() { grep -v -E '^(extends|scenario):' "$1"; }
if diff <(strip "$work/baseline/calibrated.yaml") <(strip Scenarios/ots-calibrated-2025.yaml) >/dev/null; then
  echo "Scenarios/ots-calibrated-2025.yaml is what calibrate writes today"
else
  echo "Scenarios/ots-calibrated-2025.yaml differs from what calibrate writes today: see scripts/calibrate-baseline.sh"
fi

start=$(date +%s.%N)
"$CORRIDOR_BIN" run Scenarios/ots-calibrated-2025.yaml --replications 10 --out "$work/run" >/dev/null
end=$(date +%s.%N)
echo "run ots-calibrated-2025 (10 x 365 days): $(seconds "$start" "$end") s (goal: under 30 s)"

cat >"$work/truth.yaml" <<YAML
scenario: truth
extends: $PWD/Scenarios/examples/two-corridors.yaml
measures:
  - id: truth
    changes:
      - stage: {checkpoint: IRK}
        scale: {service_hours: 2.2}
      - demand: {from: URC, to: TAS}
        scale: 1.6
YAML
cat >"$work/probe.yaml" <<'YAML'
observations:
  - {id: clear, kind: clearance_hours, crossing: irkeshtam, direction: CN->KG, side: KG, value: 1, year: 2025, use: calibrate, source: truth}
  - {id: trucks, kind: flow, at: {node: IRK}, unit: trucks_per_day, value: 1, year: 2025, use: calibrate, source: truth}
  - {id: days, kind: transit_days, od: {from: URC, to: TAS}, value: 1, year: 2025, use: validate, source: truth}
YAML
"$CORRIDOR_BIN" calibrate "$work/truth.yaml" --observations "$work/probe.yaml" --evaluate-only \
  --json --quiet --out "$work/truth" 2>/dev/null | python3 -c "
import json, sys
v = {o['id']: o['modelled'] for o in json.load(sys.stdin)['observations']}
print(f'''observations:
  - {{id: clear, kind: clearance_hours, crossing: irkeshtam, direction: CN->KG, side: KG, value: {v['clear']}, tolerance_percent: 5, year: 2025, use: calibrate, source: truth}}
  - {{id: trucks, kind: flow, at: {{node: IRK}}, unit: trucks_per_day, value: {v['trucks']}, tolerance_percent: 5, year: 2025, use: calibrate, source: truth}}
  - {{id: days, kind: transit_days, od: {{from: URC, to: TAS}}, value: {v['days']}, tolerance_percent: 5, year: 2025, use: validate, source: truth}}
parameters:
  - {{id: irkeshtam-service, service_scale: {{checkpoint: IRK}}, bounds: [0.2, 10]}}
  - {{id: road-demand, demand_scale: {{from: URC, to: TAS}}, bounds: [0.2, 5]}}''')" >"$work/observations.yaml"
start=$(date +%s.%N)
"$CORRIDOR_BIN" calibrate Scenarios/examples/two-corridors.yaml \
  --observations "$work/observations.yaml" --quiet --out "$work/fit" >"$work/fit.txt" 2>/dev/null
end=$(date +%s.%N)
echo "calibrate two-corridors, 2 parameters from the truth (10 x 365 days a run): $(seconds "$start" "$end") s"
grep -E 'irkeshtam-service|road-demand|^Objective|^(calibrate|validate):' "$work/fit.txt"
