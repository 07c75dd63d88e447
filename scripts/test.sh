#!/usr/bin/env bash
# The test suite: formatting and size rules, then unit, scenario-library and end-to-end tests
# of every module.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh

swift format lint --strict --recursive Sources Tests Benchmarks Package.swift
python3 scripts/check-source-size.py Sources
swift build --build-tests
swift test --skip-build
