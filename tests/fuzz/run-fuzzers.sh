#!/usr/bin/env bash
# Runs every libFuzzer target of a BULKHEAD_FUZZ build for a bounded time, two at a time (CI has
# two cores), and fails on any crash, sanitizer report, leak or timeout (an input running over
# 10 s), naming the reproducer. docs/fuzzing.md says how to build the targets and what to do
# with a reproducer.
#
#   tests/fuzz/run-fuzzers.sh BUILD_DIR [SECONDS] [TARGET...]
#
# BUILD_DIR: a build configured with -DBULKHEAD_HARDENING=ON (or -DBULKHEAD_FUZZ=ON), targets
# built. SECONDS: per target (default 60). TARGETs: names from BUILD_DIR/tests/fuzz/targets.txt
# (default: all). BULKHEAD_FUZZ_JOBS: targets run at once (default 2).
# Each target starts from its working corpus BUILD_DIR/tests/fuzz/corpus/<name>/ (kept between
# runs: new inputs found go there) and its seeds; per target a log in BUILD_DIR/tests/fuzz/logs/
# and any reproducer in BUILD_DIR/tests/fuzz/artifacts/<name>/. Prints executions and time per
# target and a total.
set -uo pipefail

if [ $# -lt 1 ] || [ ! -d "$1" ]; then
    echo "usage: $0 BUILD_DIR [SECONDS] [TARGET...]" >&2
    exit 2
fi
build=$(cd "$1" && pwd)
seconds=${2:-60}
shift $(( $# >= 2 ? 2 : 1 ))
jobs=${BULKHEAD_FUZZ_JOBS:-2}
list="$build/tests/fuzz/targets.txt"
if [ ! -f "$list" ]; then
    echo "run-fuzzers: $list is missing: configure $build with -DBULKHEAD_HARDENING=ON" >&2
    exit 2
fi
logs="$build/tests/fuzz/logs"
mkdir -p "$logs"

# Reports end the process (a UBSan report too: the build has -fno-sanitize-recover) with a
# stack; leaks are checked after every input, not only at exit.
export ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=1"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:+$UBSAN_OPTIONS:}print_stacktrace=1:halt_on_error=1"

# run_one NAME EXE DICT CORPUS SEED_DIR...: one target; writes logs/NAME.result as
# "NAME STATUS EXECUTIONS SECONDS EXE REPRODUCER".
run_one()
{
    local name=$1 exe=$2 dict=$3 corpus=$4
    shift 4
    local log="$logs/$name.log" artifacts="$build/tests/fuzz/artifacts/$name/"
    mkdir -p "$corpus" "$artifacts"
    local args=(-max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -detect_leaks=1
                -print_final_stats=1 -artifact_prefix="$artifacts")
    [ -n "$dict" ] && args+=(-dict="$dict")
    local seeds=() d
    for d in "$@"; do [ -d "$d" ] && seeds+=("$d"); done
    local start=$SECONDS status
    # The outer limit only guards against a fuzzer that stops answering altogether.
    timeout --kill-after=10 $((seconds + 300)) "$exe" "${args[@]}" "$corpus" "${seeds[@]}" >"$log" 2>&1
    status=$?
    local took=$((SECONDS - start))
    local execs reproducer
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    [ -n "$execs" ] || execs=$(sed -n 's/^#\([0-9]*\).*/\1/p' "$log" | tail -1)
    reproducer=$(sed -n 's/.*Test unit written to \(.*\)$/\1/p' "$log" | tail -1)
    local verdict=ok
    if [ "$status" -ne 0 ]; then
        case "$(basename "${reproducer:-none}")" in
        crash-*) verdict=crash ;;
        leak-*) verdict=leak ;;
        timeout-*) verdict=timeout ;;
        oom-*) verdict=out-of-memory ;;
        *) verdict="failed(exit $status)" ;;
        esac
    fi
    echo "$name $verdict ${execs:-0} $took $exe ${reproducer:--}" >"$logs/$name.result"
}

wanted=" $* "
names=()
while IFS='|' read -r name exe dict corpus dirs; do
    case "$name" in '' | '#'*) continue ;; esac
    if [ $# -gt 0 ] && [[ "$wanted" != *" $name "* ]]; then continue; fi
    if [ ! -x "$exe" ]; then
        echo "run-fuzzers: $exe is not built (cmake --build $build --target $(basename "$exe"))" >&2
        exit 2
    fi
    IFS='|' read -r -a seed_dirs <<<"$dirs"
    rm -f "$logs/$name.result"
    names+=("$name")
    while [ "$(jobs -rp | wc -l)" -ge "$jobs" ]; do wait -n; done
    echo "run-fuzzers: $name for ${seconds}s"
    run_one "$name" "$exe" "$dict" "$corpus" "${seed_dirs[@]}" </dev/null &
done <"$list"
wait

if [ ${#names[@]} -eq 0 ]; then
    echo "run-fuzzers: no target matched" >&2
    exit 2
fi

failed=0 total_execs=0 total_time=0
printf '\n%-16s %-14s %14s %8s\n' target result executions seconds
for name in "${names[@]}"; do
    if [ ! -f "$logs/$name.result" ]; then
        printf '%-16s %-14s\n' "$name" "no result"
        failed=1
        continue
    fi
    read -r _ verdict execs took exe reproducer <"$logs/$name.result"
    printf '%-16s %-14s %14s %8s\n' "$name" "$verdict" "$execs" "$took"
    total_execs=$((total_execs + execs))
    total_time=$((total_time + took))
    if [ "$verdict" != ok ]; then
        failed=1
        echo "  log: $logs/$name.log" >&2
        if [ "$reproducer" != - ]; then
            echo "  reproducer: $reproducer" >&2
            echo "  replay it: $exe $reproducer" >&2
            echo "  once fixed, keep it as tests/fuzz/regressions/$name/<what-it-was> (docs/fuzzing.md)" >&2
        fi
        grep -m1 -E 'ERROR: |runtime error: |SUMMARY: ' "$logs/$name.log" | sed 's/^/  /' >&2
    fi
done
printf '%-16s %-14s %14s %8s\n' total "" "$total_execs" "$total_time"
if [ "$failed" -ne 0 ]; then
    echo "run-fuzzers: FAILED" >&2
    exit 1
fi
echo "run-fuzzers: ok"
