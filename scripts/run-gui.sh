#!/usr/bin/env bash
# Quick start (1): set up, build, and launch the GUI on the default local store.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
exec build/app/bulkhead "$@"
