#!/usr/bin/env bash
# Quick start (2): set up, build, and run the whole test suite with ctest.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
cd build
ctest --output-on-failure --timeout 900 -j "$(nproc)" "$@"
