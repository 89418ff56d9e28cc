#!/usr/bin/env bash
# Builds and runs the libFuzzer targets (Fuzz/) with AddressSanitizer.
#
#   scripts/fuzz.sh TARGET [DURATION]   one target; DURATION is seconds (`60s`, the default) or runs (`1000000`)
#   scripts/fuzz.sh --ci                every target for 30 s each (CI); FUZZ_SECONDS overrides
#   scripts/fuzz.sh --all DURATION      every target with the same DURATION
#   scripts/fuzz.sh --list              the targets
#
# Targets: FuzzHTMLReader, FuzzJSONReader, FuzzClaimMatcher, FuzzConfigLoader. The build lives in
# .build-fuzz (gitignored); each run starts from the seeds below, copied into
# .build-fuzz/work/TARGET/corpus, where the corpus libFuzzer grows is kept between runs. A crash,
# leak, timeout or broken reader contract leaves its input in .build-fuzz/work/TARGET/artifacts and
# makes the script exit non-zero. Reproduce one with: .build-fuzz/release/TARGET ARTIFACT
# Extra libFuzzer flags can be passed in FUZZ_FLAGS (e.g. FUZZ_FLAGS="-jobs=2 -workers=2"); inputs are
# at most FUZZ_MAX_LEN bytes (16384). FUZZ_SKIP_BUILD=1 runs the binary already built.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
targets=(FuzzHTMLReader FuzzJSONReader FuzzClaimMatcher FuzzConfigLoader)
scratch="$root/.build-fuzz"

usage() { sed -n '2,15p' "$0" | sed 's/^# \{0,1\}//'; exit 2; }

build() {
    # -sanitize=fuzzer adds coverage instrumentation and links libFuzzer, whose driver each target's
    # @main starts (FuzzDriver). lld links: gold crashes on the ASan build's debug info (EmbedData).
    LISTINGLINT_FUZZ=1 swift build -c release --scratch-path "$scratch" --product "$1" \
        -Xswiftc -sanitize=fuzzer,address -Xswiftc -use-ld=lld >&2
}

# Seed inputs per target, from the bundled corpus and fixtures, into directory $2.
seed() {
    local target="$1" into="$2"
    mkdir -p "$into"
    case "$target" in
        FuzzHTMLReader) find corpus -name '*.html' -exec cp {} "$into/" \; ;;
        FuzzJSONReader)
            find corpus \( -name '*.json' -o -name '*.jsonl' -o -name '*.jsonld' \) -not -name expected.json \
                -exec cp {} "$into/" \; ;;
        FuzzClaimMatcher)
            # One seed per evaluation sentence: a field-class byte, then the text.
            python3 - "$into" <<'PY'
import json, sys, pathlib
out = pathlib.Path(sys.argv[1])
classes = {"title": 0, "description": 1, "bullet": 1, "spec-value": 2, "material": 3}
for line in open("Tests/Fixtures/claims-eval.jsonl", encoding="utf-8"):
    record = json.loads(line)
    field = classes.get(record.get("field"), 1)
    (out / record["id"]).write_bytes(bytes([field]) + record["text"].encode("utf-8"))
PY
            ;;
        FuzzConfigLoader) cp Fuzz/seeds/config/*.yml "$into/" ;;
        *) echo "unknown target $target" >&2; exit 2 ;;
    esac
}

# Runs one target for DURATION; prints libFuzzer's final figures.
run() {
    local target="$1" duration="${2:-60s}"
    local work="$scratch/work/$target"
    mkdir -p "$work/corpus" "$work/artifacts"
    seed "$target" "$work/seeds"
    [[ -n "${FUZZ_SKIP_BUILD:-}" ]] || build "$target"
    local limit
    if [[ "$duration" == *s ]]; then limit="-max_total_time=${duration%s}"; else limit="-runs=$duration"; fi
    local log="$work/last-run.log"
    echo "== $target ($duration) — log: $log" >&2
    local status=0
    # Swift's own backtracer would fight ASan's handler; libFuzzer and ASan report the crash. Leaks
    # inside libraries, not ours, are listed (with why) in Fuzz/lsan-suppressions.txt.
    SWIFT_BACKTRACE=enable=no ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}" \
        LSAN_OPTIONS="${LSAN_OPTIONS:-suppressions=$root/Fuzz/lsan-suppressions.txt}" \
        "$scratch/release/$target" "$limit" -max_len="${FUZZ_MAX_LEN:-16384}" -timeout=10 -rss_limit_mb=4096 \
        -print_final_stats=1 -artifact_prefix="$work/artifacts/" ${FUZZ_FLAGS:-} \
        "$work/corpus" "$work/seeds" >"$log" 2>&1 || status=$?
    grep -E '^(stat::number_of_executed_units|stat::average_exec_per_sec|stat::peak_rss_mb)|^#[0-9]+ +DONE|ERROR: |SUMMARY: ' "$log" >&2 || true
    local executions
    executions=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    echo "$target executions=${executions:-?} exit=$status artifacts=$(ls "$work/artifacts" | wc -l)"
    return $status
}

case "${1:-}" in
    "" | -h | --help) usage ;;
    --list) printf '%s\n' "${targets[@]}" ;;
    --ci | --all)
        duration="${2:-${FUZZ_SECONDS:-30}s}"
        failed=0
        for target in "${targets[@]}"; do run "$target" "$duration" || failed=1; done
        exit $failed
        ;;
    *) run "$1" "${2:-60s}" ;;
esac
