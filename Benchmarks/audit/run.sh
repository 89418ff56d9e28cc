#!/usr/bin/env bash
# The catalogue-audit benchmark (issue 6). Not a test: it measures and prints figures.
#
#   Benchmarks/audit/run.sh [HTML_PAGES] [JSONL_LISTINGS]      (defaults 3000 and 300000)
#   REPEAT=5 Benchmarks/audit/run.sh ...                        (runs per contender, median reported; default 3)
#   RSS_CURVE=1 Benchmarks/audit/run.sh ...                     (adds peak RSS at 10^4..10^6 listings)
#   INSTRUCTIONS=1 Benchmarks/audit/run.sh ...                  (adds callgrind instruction counts, one thread)
#
# 1. HTML: the full `listinglint audit` over generated pages against a plain C program that only
#    parses each page with libxml2 and walks its text nodes, same pages, same cores.
# 2. JSON Lines: the audit against the Python peer (json.loads + ahocorasick_rs over every claim
#    term of the packs), same records, same cores.
# 3. Peak RSS of the audit over 10^4, 10^5, 10^6 JSON Lines listings.
# Contenders run back to back, alternating, REPEAT times, each timed as a whole process (start to
# exit) in the same way; the ratio is of the medians. On a loaded
# machine wall-clock figures wander: INSTRUCTIONS=1 gives counts that do not.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
pages=${1:-3000}
records=${2:-300000}
repeat=${REPEAT:-3}
cores=$(nproc)
work=${BENCH_DIR:-/tmp/listinglint-bench}
mkdir -p "$work"

echo "== building (release)" >&2
(cd "$root" && swift build -c release --product listinglint >&2)
bin="$root/.build/release/listinglint"
gcc -O2 -o "$work/libxml2_floor" "$here/libxml2_floor.c" $(pkg-config --cflags --libs libxml-2.0) -lpthread
python3 -c 'import ahocorasick_rs' 2>/dev/null || pip install -q ahocorasick_rs >&2

stamp="$work/.generated-$pages-$records-$cores"
if [ ! -f "$stamp" ]; then
    echo "== generating $pages pages and $records records" >&2
    rm -rf "$work/catalogue" "$work"/.generated-*
    python3 "$here/generate_catalogue.py" "$work/catalogue" --html "$pages" --jsonl "$records" --jsonl-files $((cores * 4))
    touch "$stamp"
fi
find "$work/catalogue/html" -name '*.html' | sort > "$work/pages.txt"
html_bytes=$(du -sb "$work/catalogue/html" | cut -f1)
jsonl_bytes=$(du -sb "$work/catalogue/jsonl" | cut -f1)

# The peer matches every claim term the packs define (the same vocabulary the audit matches).
python3 - "$root/Sources/ListingLintMatching/Packs" > "$work/terms.txt" <<'PY'
import glob, json, os, sys
terms = set()
for path in glob.glob(os.path.join(sys.argv[1], "*.json")):
    pack = json.load(open(path, encoding="utf-8"))
    for rule in pack.get("rules", []) if isinstance(pack, dict) else []:
        terms.update(t.lower() for t in rule.get("terms", []) if t)
if not terms:
    sys.exit("no claim terms found in the packs")
print("\n".join(sorted(terms)))
PY
terms=$(wc -l < "$work/terms.txt")

# Wall-clock time of a whole process, from start to exit, in milliseconds' precision. Every contender
# is timed this way (the C floor and the Python peer also print their own inner timings, which leave
# out their start-up and exit; those are not used), so none is spared its start-up or its exit.
now() { date +%s%N; }
since() { python3 -c "import sys; print(round((int(sys.argv[2]) - int(sys.argv[1])) / 1e9, 3))" "$1" "$(now)"; }

audit_once() { # path: prints "seconds peakRSS-KiB checked cpu-seconds"; fails loudly if the audit fails
    local status=0 start
    start=$(now)
    /usr/bin/time -f "TIME %e %M %U %S" -o "$work/time.txt" \
        "$bin" audit "$1" --quiet --no-history --summary-out "$work/summary.json" > /dev/null 2> "$work/stderr.txt" || status=$?
    local wall
    wall=$(since "$start")
    if [ "$status" -ne 0 ]; then
        echo "audit of $1 exited with status $status:" >&2
        cat "$work/stderr.txt" >&2
        exit 1
    fi
    local rss user system
    read -r _ _ rss user system < <(grep '^TIME ' "$work/time.txt" | tail -n 1)
    echo "$wall $rss $(python3 -c "import json,sys; print(json.load(open(sys.argv[1]))['checked'])" "$work/summary.json") $(python3 -c "print($user + $system)")"
}

median() { python3 -c "import statistics,sys; print(statistics.median(float(x) for x in sys.argv[1:]))" "$@"; }

echo "== HTML: $pages pages, $((html_bytes / 1048576)) MB, $cores cores, $repeat runs each" >&2
cat "$work/pages.txt" | xargs cat > /dev/null  # warm the page cache
audit_runs=(); floor_runs=(); floor_mi_runs=(); audit_rss=0; audit_cpu=(); floor_cpu=()
# The audit runs on mimalloc (linked in); the floor is the plain C program the issue names, on the C
# library's malloc. For comparison, the floor also runs with mimalloc preloaded: the same-allocator ratio.
mimalloc=$(ldd "$bin" | awk '/libmimalloc/ { print $3 }')
for _ in $(seq "$repeat"); do
    start=$(now)
    /usr/bin/time -f "%U %S" -o "$work/floor-time.txt" "$work/libxml2_floor" "$cores" "$work/pages.txt" > /dev/null
    floor_runs+=("$(since "$start")")
    floor_cpu+=("$(python3 -c "import sys; print(sum(map(float, sys.argv[1:])))" $(tail -n 1 "$work/floor-time.txt"))")
    if [ -n "$mimalloc" ]; then
        start=$(now)
        /usr/bin/time -o /dev/null env LD_PRELOAD="$mimalloc" "$work/libxml2_floor" "$cores" "$work/pages.txt" > /dev/null
        floor_mi_runs+=("$(since "$start")")
    fi
    read -r seconds rss checked cpu < <(audit_once "$work/catalogue/html")
    [ "$checked" -eq "$pages" ] || echo "warning: the audit checked $checked listings of $pages pages" >&2
    audit_runs+=("$seconds"); audit_cpu+=("$cpu"); audit_rss=$((rss > audit_rss ? rss : audit_rss))
done
python3 - "$pages" "$html_bytes" "$(median "${audit_runs[@]}")" "$audit_rss" "$(median "${floor_runs[@]}")" \
    "${audit_runs[*]}" "${floor_runs[*]}" <<'PY'
import sys
pages, size, audit, rss, floor = int(sys.argv[1]), int(sys.argv[2]), float(sys.argv[3]), int(sys.argv[4]), float(sys.argv[5])
print(f"HTML   audit: {pages/audit:8.1f} pages/s {size/audit/1048576:6.1f} MB/s  peak RSS {rss/1024:.0f} MB  (runs {sys.argv[6]} s)")
print(f"HTML   C libxml2 parse+walk floor: {pages/floor:8.1f} pages/s {size/floor/1048576:6.1f} MB/s  (runs {sys.argv[7]} s)")
print(f"HTML   audit / floor throughput ratio (medians): {floor/audit*100:.1f}%  (issue floor: 80%)")
PY
# CPU time (user + system over all threads) moves less than wall-clock time on a shared machine.
python3 -c "
import sys
audit, floor = float(sys.argv[1]), float(sys.argv[2])
print(f'HTML   CPU seconds (medians): audit {audit:.2f}, floor {floor:.2f}; floor / audit {floor/audit*100:.1f}%')
" "$(median "${audit_cpu[@]}")" "$(median "${floor_cpu[@]}")"
if [ ${#floor_mi_runs[@]} -gt 0 ]; then
    python3 -c "
import sys
pages, audit, floor = int(sys.argv[1]), float(sys.argv[2]), float(sys.argv[3])
print(f'HTML   C floor with mimalloc preloaded: {pages/floor:8.1f} pages/s; audit / that floor: {floor/audit*100:.1f}%  (runs {sys.argv[4]} s)')
" "$pages" "$(median "${audit_runs[@]}")" "$(median "${floor_mi_runs[@]}")" "${floor_mi_runs[*]}"
fi

echo "== JSON Lines: $records records, $((jsonl_bytes / 1048576)) MB, $terms peer terms, $repeat runs each" >&2
audit_runs=(); peer_runs=(); audit_rss=0
for _ in $(seq "$repeat"); do
    start=$(now)
    python3 "$here/python_peer.py" "$work/terms.txt" "$cores" "$work"/catalogue/jsonl/*.jsonl > /dev/null
    peer_runs+=("$(since "$start")")
    read -r seconds rss checked _ < <(audit_once "$work/catalogue/jsonl")
    [ "$checked" -eq "$records" ] || echo "warning: the audit checked $checked listings of $records records" >&2
    audit_runs+=("$seconds"); audit_rss=$((rss > audit_rss ? rss : audit_rss))
done
python3 - "$records" "$jsonl_bytes" "$(median "${audit_runs[@]}")" "$audit_rss" "$(median "${peer_runs[@]}")" \
    "$terms" "${audit_runs[*]}" "${peer_runs[*]}" <<'PY'
import sys
n, size, audit, rss, peer, terms = int(sys.argv[1]), int(sys.argv[2]), float(sys.argv[3]), int(sys.argv[4]), float(sys.argv[5]), int(sys.argv[6])
print(f"JSONL  audit: {n/audit:10.0f} listings/s {size/audit/1048576:6.1f} MB/s  peak RSS {rss/1024:.0f} MB  (runs {sys.argv[7]} s)")
print(f"JSONL  Python peer (json.loads + ahocorasick_rs, {terms} terms): {n/peer:10.0f} listings/s {size/peer/1048576:6.1f} MB/s  (runs {sys.argv[8]} s)")
print(f"JSONL  audit / peer throughput ratio (medians): {peer/audit:.2f}x  (issue floor: 1.5x)")
PY

if [ "${INSTRUCTIONS:-0}" = 1 ]; then
    # One thread each (the C floor with 1 thread; the audit's instructions summed over its threads).
    echo "== instructions (callgrind) on the first 100 pages" >&2
    head -n 100 "$work/pages.txt" > "$work/pages-100.txt"
    rm -rf "$work/pages-100"; mkdir -p "$work/pages-100"
    xargs -a "$work/pages-100.txt" cp -t "$work/pages-100"
    # valgrind cannot read the Swift binary's DWARF; symbols are enough.
    strip --strip-debug "$bin" -o "$work/listinglint-nodebug"
    instructions() { valgrind --tool=callgrind --callgrind-out-file=/dev/null "$@" 2>&1 >/dev/null \
        | sed -n 's/.*Collected : *\([0-9]*\).*/\1/p'; }
    # Per page = (100 pages - 1 page) / 99, so the audit's start-up (loading the rule packs, building
    # the matcher: about 0.5 G instructions, once per run) is not spread over the pages.
    head -n 1 "$work/pages.txt" > "$work/pages-1.txt"
    rm -rf "$work/pages-1"; mkdir -p "$work/pages-1"
    xargs -a "$work/pages-1.txt" cp -t "$work/pages-1"
    floor_ir=$(instructions "$work/libxml2_floor" 1 "$work/pages-100.txt")
    floor_ir1=$(instructions "$work/libxml2_floor" 1 "$work/pages-1.txt")
    audit_ir=$(instructions "$work/listinglint-nodebug" audit "$work/pages-100" --quiet --no-history)
    audit_ir1=$(instructions "$work/listinglint-nodebug" audit "$work/pages-1" --quiet --no-history)
    python3 -c "
import sys
f, f1, a, a1 = (int(x) for x in sys.argv[1:5])
fp, ap = (f - f1) / 99, (a - a1) / 99
print(f'HTML   instructions per page (start-up excluded): audit {ap/1e6:.2f} M, C floor {fp/1e6:.2f} M, ratio {fp/ap*100:.1f}%; audit start-up {a1/1e9:.2f} G')
" "$floor_ir" "$floor_ir1" "$audit_ir" "$audit_ir1"
fi

if [ "${RSS_CURVE:-0}" = 1 ]; then
    echo "== peak RSS curve" >&2
    for n in 10000 100000 1000000; do
        if [ ! -f "$work/rss-$n.jsonl" ]; then
            python3 "$here/generate_catalogue.py" "$work/rss-$n" --jsonl "$n" --seed 11
            mv "$work/rss-$n/jsonl/part-000.jsonl" "$work/rss-$n.jsonl"
            rm -rf "$work/rss-$n"
        fi
        read -r seconds rss checked _ < <(audit_once "$work/rss-$n.jsonl")
        echo "RSS    $n listings ($checked checked): peak $((rss / 1024)) MB in ${seconds}s"
    done
fi
