#!/usr/bin/env bash
# Calibrates the OTS baseline against the calibration set of its observations and writes the
# result to Scenarios/ots-calibrated-2025.yaml, the scenario the what-if library extends.
# Run it after changing the baseline or its observations; the fit table and the TAG M3.1
# checks of the demand go to standard output, the files to Reports/ots-calibrated-2025/calibration.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh

swift build -c release --product corridor >&2
bin="$(swift build -c release --show-bin-path)/corridor"
out=Reports/ots-calibrated-2025/calibration
"$bin" calibrate Scenarios/ots-baseline-2025.yaml \
  --observations Scenarios/observations/ots-2025.yaml --out "$out"
sed -e 's#^extends: .*#extends: "ots-baseline-2025.yaml"#' \
  -e 's#^scenario: .*#scenario: "ots-calibrated-2025"#' \
  "$out/calibrated.yaml" >Scenarios/ots-calibrated-2025.yaml.tmp
mv Scenarios/ots-calibrated-2025.yaml.tmp Scenarios/ots-calibrated-2025.yaml
echo "Wrote Scenarios/ots-calibrated-2025.yaml"
