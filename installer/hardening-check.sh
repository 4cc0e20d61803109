#!/usr/bin/env bash
# The hardening check (issue 11): the core and integration tests under AddressSanitizer +
# UndefinedBehaviorSanitizer, then the fuzzers. Run by CI after the normal build; fine by hand too,
# after installer/debian-setup.sh:
#   1. tools: clang, its sanitizer and libFuzzer runtimes, llvm-symbolizer (installed when missing)
#   2. configure build-hardening/ with clang and -DBULKHEAD_HARDENING=ON (cmake/Hardening.cmake):
#      ASan + UBSan + libFuzzer coverage on every target; no GUI, views or benchmarks
#   3. build all of build-hardening/: core, bulkheadctl and the PDF library it links, tests/support,
#      the core and integration tests, tests/fuzz
#   4. ctest: the core tests with LeakSanitizer on, then the integration tests and the bulkheadctl
#      processes they start (see INTEGRATION_LEAKS below)
#   5. tests/fuzz/run-fuzzers.sh build-hardening ${BULKHEAD_FUZZ_SECONDS:-60}, when it exists
# Every sanitizer report goes to a log file under build-hardening/sanitizer-logs/, also one from a
# child process whose test passed anyway (a bulkheadctl run expected to fail, say): any such file
# fails the check, and is printed. A summary with each phase's time closes the output.
# Leaves build/ (the gcc build) alone. Exits non-zero on any failure or sanitizer report.
set -euo pipefail
cd "$(dirname "$0")/.."

BUILD=build-hardening
FIXTURES="${BULKHEAD_FIXTURES_DIR:-$PWD/../shared/fixtures}"
FUZZ_SECONDS="${BULKHEAD_FUZZ_SECONDS:-60}"
SUPPRESSIONS="$PWD/tests/sanitizers"
LOGS="$PWD/$BUILD/sanitizer-logs"

# Tests that cannot run in this build, each with its reason. A ctest -E regular expression.
EXCLUDED=''

# LeakSanitizer in the integration tests and their bulkheadctl processes: 1 = on.
INTEGRATION_LEAKS=1

summary=()
failures=()
started=$SECONDS

phase()
{
    phase_name="$1"
    phase_start=$SECONDS
    echo "hardening-check: == $phase_name"
}
phase_done()
{
    summary+=("$(printf '%-34s %5ds  %s' "$phase_name" $((SECONDS - phase_start)) "$1")")
}
fail()
{
    failures+=("$phase_name: $1")
}
print_summary()
{
    local status=$?
    echo
    echo "hardening-check: summary"
    local line
    for line in "${summary[@]}"; do echo "  $line"; done
    printf '  %-34s %5ds\n' "total (wall clock)" $((SECONDS - started))
    # User and system CPU time of this script's children (compilers, tests, fuzzers). `times` must
    # run in this shell, not in a pipeline's subshell, whose children are not these.
    local times_file="${TMPDIR:-/tmp}/hardening-check.$$.times"
    times >"$times_file"
    tail -1 "$times_file" | awk '{ print "  CPU time of the children: user " $1 ", system " $2 }'
    rm -f "$times_file"
    if [ ${#failures[@]} -gt 0 ]; then
        for line in "${failures[@]}"; do echo "hardening-check: FAILED: $line" >&2; done
        [ "$status" -ne 0 ] || status=1
    elif [ "$status" -ne 0 ]; then
        echo "hardening-check: FAILED: stopped with exit status $status in phase '$phase_name'" >&2
    else
        echo "hardening-check: ok"
    fi
    exit "$status"
}
trap print_summary EXIT

# 1. Tools. Debian 12: clang 14; its runtimes (ASan, UBSan, libFuzzer) are a package of their own.
phase "tools"
missing=()
command -v clang++ >/dev/null || missing+=(clang)
command -v llvm-symbolizer >/dev/null || missing+=(llvm)
if command -v clang++ >/dev/null; then
    runtime=$(clang++ --print-runtime-dir)
    [ -f "$runtime/libclang_rt.asan-x86_64.a" ] && [ -f "$runtime/libclang_rt.fuzzer-x86_64.a" ] ||
        missing+=(libclang-rt-dev)
else
    missing+=(libclang-rt-dev)
fi
if [ ${#missing[@]} -gt 0 ]; then
    SUDO=""
    [ "$(id -u)" -eq 0 ] || SUDO="sudo"
    echo "Installing: ${missing[*]}"
    $SUDO apt-get update -q
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q "${missing[@]}"
fi
phase_done "$(clang++ --version | head -1)"

# 2. Configure: the same line as the fuzz helpers' (docs/ARCHITECTURE.md, "Hardening build"), so a
#    developer's build-hardening/ and this one share ccache objects.
phase "configure $BUILD"
launcher=()
if command -v ccache >/dev/null; then
    launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DCMAKE_C_COMPILER_LAUNCHER=ccache)
fi
CC=clang CXX=clang++ cmake -S . -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=Debug "${launcher[@]}" \
    -DBULKHEAD_FIXTURES_DIR="$FIXTURES" -DBULKHEAD_HARDENING=ON -DBULKHEAD_BUILD_UI=OFF >/dev/null
phase_done "clang, Debug, BULKHEAD_HARDENING=ON"

# 3. Build. With BULKHEAD_BUILD_UI off, "all" is exactly what the tests and the fuzzers need.
phase "build"
cmake --build "$BUILD" --parallel "$(nproc)"
phase_done "$(find "$BUILD" -maxdepth 2 -type f -executable -name 'test_*' | wc -l) test programs"

# 4. The tests. A report ends the process (halt_on_error, -fno-sanitize-recover) with exit code 86,
#    which no test expects of bulkheadctl, and writes <log folder>/<tool>.<pid>.
run_tests()
{
    local area="$1" leaks="$2" logs="$LOGS/$1" total
    rm -rf "$logs"
    mkdir -p "$logs"
    total=$(ctest --test-dir "$BUILD" -N -R "^${area}_" ${EXCLUDED:+-E "$EXCLUDED"} | sed -n 's/^Total Tests: //p')
    local asan="halt_on_error=1:exitcode=86:detect_leaks=$leaks:check_initialization_order=1"
    asan+=":strict_init_order=1:log_path=$logs/asan"
    local ubsan="halt_on_error=1:exitcode=86:print_stacktrace=1:report_error_type=1:log_path=$logs/ubsan"
    [ -f "$SUPPRESSIONS/ubsan.supp" ] && ubsan+=":suppressions=$SUPPRESSIONS/ubsan.supp"
    local lsan="print_suppressions=0"
    [ -f "$SUPPRESSIONS/lsan.supp" ] && lsan+=":suppressions=$SUPPRESSIONS/lsan.supp"
    local status=0
    ASAN_OPTIONS="$asan" UBSAN_OPTIONS="$ubsan" LSAN_OPTIONS="$lsan" \
        ctest --test-dir "$BUILD" -R "^${area}_" ${EXCLUDED:+-E "$EXCLUDED"} --output-on-failure --no-tests=error \
        -j "$(nproc)" || status=$?
    local reports
    reports=$(find "$logs" -type f | wc -l)
    if [ "$reports" -gt 0 ]; then
        local f
        for f in "$logs"/*; do
            echo "---- $f"
            cat "$f"
        done
        fail "$reports sanitizer report(s) in $logs (printed above)"
    fi
    [ "$status" -eq 0 ] || fail "ctest failed (exit $status)"
    phase_done "$total tests, $reports sanitizer reports, leak detection $([ "$leaks" = 1 ] && echo on || echo off)"
}
phase "core tests (ASan+UBSan+LSan)"
run_tests core 1
phase "integration tests (ASan+UBSan)"
run_tests integration "$INTEGRATION_LEAKS"

# 5. The fuzzers, for a bounded time each (tests/fuzz is the fuzz helpers'; the script fails on any
#    crash, leak or timeout).
phase "fuzzers (${FUZZ_SECONDS}s each)"
if [ -x tests/fuzz/run-fuzzers.sh ]; then
    tests/fuzz/run-fuzzers.sh "$BUILD" "$FUZZ_SECONDS" || fail "tests/fuzz/run-fuzzers.sh failed"
    phase_done "tests/fuzz/run-fuzzers.sh"
else
    phase_done "skipped: no tests/fuzz/run-fuzzers.sh"
fi
