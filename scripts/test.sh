#!/usr/bin/env bash
# The test suite: formatting and size rules, then unit, scenario-library and end-to-end tests
# of every module, then a sweep run through a real one-node Slurm cluster (root; Slurm and
# munge are installed when missing).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh

swift format lint --strict --recursive Sources Tests Benchmarks Package.swift
python3 scripts/check-source-size.py Sources
swift build --build-tests
swift test --skip-build
scripts/test-sweep-slurm.sh
