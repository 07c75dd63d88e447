#!/usr/bin/env bash
# The main job: build corridor, then validate and describe a scenario.
# Usage: scripts/run.sh [SCENARIO.yaml]   (default: Scenarios/ots-baseline-2025.yaml)
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh

scenario="${1:-Scenarios/ots-baseline-2025.yaml}"
swift build -c release --product corridor >&2
bin="$(swift build -c release --show-bin-path)/corridor"

"$bin" validate "$scenario"
echo
"$bin" describe "$scenario"
