#!/usr/bin/env bash
# Benchmark: the scenario loader's mutation fuzzer (Tests/CorridorScenarioTests/
# LoaderFuzzTests.swift) run for a length of time instead of the suite's 150 cases. Each case
# mutates a library file and validates it; any crash, hang past 10 s or unlocated diagnostic
# fails. Prints the cases run and the slowest; on a failure, the case that was running.
# Usage: Benchmarks/fuzz-loader.sh [SECONDS (default 1200)] [SEED (default: from the clock)]
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh

seconds="${1:-1200}"
seed="${2:-$(date +%s)}"
swift build --build-tests >&2
echo "fuzz-loader: ${seconds} s from seed ${seed}"
status=0
CORRIDOR_FUZZ_SECONDS="$seconds" CORRIDOR_FUZZ_SEED="$seed" \
  swift test --skip-build --filter LoaderFuzzTests 2>&1 | tee "${TMPDIR:-/tmp}/fuzz-loader.log" \
  | grep -E "^fuzz:|✘|Fatal|error" || true
grep -q "Test run with 1 test in 1 suite passed" "${TMPDIR:-/tmp}/fuzz-loader.log" || status=1
if [ "$status" -ne 0 ]; then
  last="${TMPDIR:-/tmp}/corridor-fuzz-last"
  echo "fuzz-loader: FAILED; the last case ($last/case.yaml):"
  cat "$last/case.txt" 2>/dev/null || true
fi
exit $status
