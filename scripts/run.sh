#!/usr/bin/env bash
# The main job: build corridor and run a scenario end to end (validation, freight-flow
# equilibrium, consignment simulation), leaving its report in Reports/<scenario>/.
# Usage: scripts/run.sh [SCENARIO.yaml] [corridor run options]   (default: Scenarios/ots-calibrated-2025.yaml,
# set beside the published figures of Scenarios/observations/ots-2025.yaml)
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh

swift build -c release --product corridor >&2
bin="$(swift build -c release --show-bin-path)/corridor"

if [ $# -eq 0 ]; then
  "$bin" run Scenarios/ots-calibrated-2025.yaml --observations Scenarios/observations/ots-2025.yaml
else
  scenario="$1"
  shift
  "$bin" run "$scenario" "$@"
fi
