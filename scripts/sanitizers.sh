#!/usr/bin/env bash
# Runs the test suite under AddressSanitizer and ThreadSanitizer, each in its own build directory
# (.build-asan, .build-tsan; gitignored) so the normal .build stays untouched.
#
#   scripts/sanitizers.sh                 both, whole suite
#   scripts/sanitizers.sh address|thread  one of them
#   SANITIZER_FILTER=Audit scripts/sanitizers.sh thread   only tests matching a filter
#
# Logs go to .build-asan/test.log and .build-tsan/test.log; the exit status is non-zero when any
# test fails or a sanitizer reports (halt_on_error makes a report fail the run).
set -uo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
kinds=("${@:-address thread}")
read -r -a kinds <<<"${kinds[*]}"
status=0

for kind in "${kinds[@]}"; do
    case "$kind" in
        address) scratch=.build-asan ;;
        thread) scratch=.build-tsan ;;
        *) echo "unknown sanitizer $kind (address or thread)" >&2; exit 2 ;;
    esac
    mkdir -p "$scratch"
    log="$scratch/test.log"
    filter=()
    [[ -n "${SANITIZER_FILTER:-}" ]] && filter=(--filter "$SANITIZER_FILTER")
    echo "== swift test --sanitize=$kind (log: $log)" >&2
    # The binary the kill-safety tests run is built in the same directory, with the same sanitizer.
    ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=0:halt_on_error=1}" \
        TSAN_OPTIONS="${TSAN_OPTIONS:-halt_on_error=1:second_deadlock_stack=1}" \
        swift build --build-tests --sanitize="$kind" --scratch-path "$scratch" >"$log" 2>&1 &&
        ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=0:halt_on_error=1}" \
            TSAN_OPTIONS="${TSAN_OPTIONS:-halt_on_error=1:second_deadlock_stack=1}" \
            swift test --skip-build --sanitize="$kind" --scratch-path "$scratch" "${filter[@]}" >>"$log" 2>&1
    result=$?
    reports=$(grep -c -E '^(==[0-9]+==ERROR: AddressSanitizer|WARNING: ThreadSanitizer)' "$log")
    summary=$(grep -E 'Test run with [0-9]+ tests|Executed [0-9]+ tests' "$log" | tail -2 | tr '\n' ' ')
    echo "$kind: exit $result, sanitizer reports: $reports, $summary"
    [[ $result -ne 0 || $reports -ne 0 ]] && status=1
done
exit $status
