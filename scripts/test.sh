#!/usr/bin/env bash
# The test suite: unit, scenario-library and end-to-end tests of every module.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh

swift build --build-tests
swift test --skip-build
