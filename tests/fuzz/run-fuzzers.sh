#!/usr/bin/env bash
# Runs every libFuzzer harness of a CONNECTLAB_FUZZ build for a bounded time on its seed corpus, with
# Connect's dictionary. New inputs go to a scratch corpus (never into the repository); a crash, a leak, a
# timeout or a broken invariant stops that fuzzer, leaves its reproducer in the scratch folder and fails
# the run.
#   tests/fuzz/run-fuzzers.sh BUILD_DIR [SECONDS_EACH] [FUZZER...]
set -uo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
build="$(cd "${1:?usage: run-fuzzers.sh BUILD_DIR [SECONDS_EACH] [FUZZER...]}" && pwd)"
seconds="${2:-20}"
shift $(( $# >= 2 ? 2 : $# ))
fuzzers=("$@")
if [ ${#fuzzers[@]} -eq 0 ]; then
    for dir in "$here"/corpus/*/; do fuzzers+=("fuzz_$(basename "$dir")"); done
fi
scratch="$(mktemp -d "${TMPDIR:-/tmp}/connectlab-fuzz-XXXXXX")"
failed=()
for name in "${fuzzers[@]}"; do
    target="${name#fuzz_}"
    exe="$build/bin/$name"
    if [ ! -x "$exe" ]; then
        echo "run-fuzzers: $exe is missing (build the connectlab_fuzzers target)" >&2
        failed+=("$name")
        continue
    fi
    mkdir -p "$scratch/$target"
    echo "== $name: $seconds s"
    # -timeout: one input taking seconds is a finding (every parser is linear); -max_len: long enough for
    # values past the link limit, short enough to stay fast.
    (cd "$scratch/$target" && ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 \
        "$exe" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=16384 \
        -dict="$here/connect.dict" -artifact_prefix="$scratch/$target/" -print_final_stats=1 \
        "$scratch/$target" "$here/corpus/$target" >"$scratch/$target.log" 2>&1)
    rc=$?
    grep -E 'stat::number_of_executed_units|Done [0-9]+ runs' "$scratch/$target.log" | tail -1
    if [ $rc -ne 0 ]; then
        grep -E -A30 'ERROR|invariant broken|runtime error' "$scratch/$target.log" | head -60
        echo "== $name: FAILED (exit $rc; log $scratch/$target.log)"
        failed+=("$name")
    fi
done
if [ ${#failed[@]} -ne 0 ]; then
    echo "run-fuzzers: findings in ${failed[*]} (reproducers in $scratch)" >&2
    exit 1
fi
rm -rf "$scratch"
echo "run-fuzzers: no finding"
