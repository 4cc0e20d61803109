#!/usr/bin/env bash
# The README's Quick start, for a fresh Debian 12 machine:
#   installer/quickstart.sh gui    install what is missing, build, launch the GUI on the default store
#   installer/quickstart.sh test   install what is missing, build, run the whole test suite (ctest)
# CI (.ci/run) runs the second one.
set -euo pipefail
cd "$(dirname "$0")/.."
case "${1:-}" in
gui)
    shift
    installer/debian-setup.sh
    exec build/app/bulkhead "$@"
    ;;
test)
    shift
    installer/debian-setup.sh
    cd build
    exec ctest --output-on-failure --timeout 900 -j "$(nproc)" "$@"
    ;;
*)
    echo "usage: $0 gui|test" >&2
    exit 2
    ;;
esac
