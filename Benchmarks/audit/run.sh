#!/usr/bin/env bash
# The catalogue-audit benchmark (issue 6). Not a test: it measures and prints figures.
#
#   Benchmarks/audit/run.sh [HTML_PAGES] [JSONL_LISTINGS]      (defaults 3000 and 300000)
#   RSS_CURVE=1 Benchmarks/audit/run.sh                         (adds peak RSS at 10^4..10^6 listings)
#
# 1. HTML: the full `listinglint audit` over generated pages against a plain C program that only
#    parses each page with libxml2 and walks its text nodes, same pages, same cores, same run.
# 2. JSON Lines: the audit against the Python peer (json.loads + ahocorasick_rs), same records.
# 3. Peak RSS of the audit over 10^4, 10^5, 10^6 JSON Lines listings.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
pages=${1:-3000}
records=${2:-300000}
cores=$(nproc)
work=${BENCH_DIR:-/tmp/listinglint-bench}
mkdir -p "$work"

echo "== building (release)" >&2
(cd "$root" && swift build -c release --product listinglint >&2)
bin="$root/.build/release/listinglint"
gcc -O2 -o "$work/libxml2_floor" "$here/libxml2_floor.c" $(pkg-config --cflags --libs libxml-2.0) -lpthread
python3 -c 'import ahocorasick_rs' 2>/dev/null || pip install -q ahocorasick_rs >&2

if [ ! -f "$work/.generated-$pages-$records" ]; then
    echo "== generating $pages pages and $records records" >&2
    rm -rf "$work/catalogue"
    python3 "$here/generate_catalogue.py" "$work/catalogue" --html "$pages" --jsonl "$records" --jsonl-files $((cores * 4))
    touch "$work/.generated-$pages-$records"
fi
find "$work/catalogue/html" -name '*.html' | sort > "$work/pages.txt"
html_bytes=$(du -sb "$work/catalogue/html" | cut -f1)

measure() { # label, command...: prints seconds and peak RSS (KiB)
    local label=$1; shift
    /usr/bin/time -f "%e %M" -o "$work/time.txt" "$@" > /dev/null 2> "$work/stderr.txt" || { cat "$work/stderr.txt" >&2; }
    read -r seconds rss < "$work/time.txt"
    echo "$label $seconds $rss"
}

echo "== HTML: $pages pages, $((html_bytes / 1048576)) MB, $cores cores" >&2
cat "$work/pages.txt" > /dev/null  # warm the page cache
floor=$("$work/libxml2_floor" "$cores" "$work/pages.txt")
read -r _ audit_seconds audit_rss < <(measure audit "$bin" audit "$work/catalogue/html" --quiet --no-history)
floor_seconds=$(python3 -c "import json,sys; print(json.loads(sys.argv[1])['seconds'])" "$floor")
python3 - "$pages" "$html_bytes" "$audit_seconds" "$audit_rss" "$floor_seconds" <<'PY'
import sys
pages, size, audit, rss, floor = int(sys.argv[1]), int(sys.argv[2]), float(sys.argv[3]), int(sys.argv[4]), float(sys.argv[5])
print(f"HTML   audit: {pages/audit:8.1f} pages/s {size/audit/1048576:6.1f} MB/s  peak RSS {rss/1024:.0f} MB")
print(f"HTML   C libxml2 parse+walk floor: {pages/floor:8.1f} pages/s {size/floor/1048576:6.1f} MB/s")
print(f"HTML   audit / floor throughput ratio: {floor/audit*100:.1f}%  (issue floor: 80%)")
PY

echo "== JSON Lines: $records records" >&2
"$bin" rules --format json 2>/dev/null | python3 -c '
import json, sys
try:
    rules = json.load(sys.stdin)
    rules = rules.get("rules", rules) if isinstance(rules, dict) else rules
    terms = sorted({t.lower() for r in rules for t in r.get("terms", [])})
except Exception:
    terms = []
print("\n".join(terms or ["最好", "最佳", "第一", "国家级", "best", "#1", "miracle", "eco-friendly"]))' > "$work/terms.txt"
jsonl_bytes=$(du -sb "$work/catalogue/jsonl" | cut -f1)
read -r _ jsonl_seconds jsonl_rss < <(measure audit "$bin" audit "$work/catalogue/jsonl" --quiet --no-history)
peer=$(python3 "$here/python_peer.py" "$work/terms.txt" "$cores" "$work"/catalogue/jsonl/*.jsonl)
peer_seconds=$(python3 -c "import json,sys; print(json.loads(sys.argv[1])['seconds'])" "$peer")
python3 - "$records" "$jsonl_bytes" "$jsonl_seconds" "$jsonl_rss" "$peer_seconds" "$(wc -l < "$work/terms.txt")" <<'PY'
import sys
n, size, audit, rss, peer, terms = int(sys.argv[1]), int(sys.argv[2]), float(sys.argv[3]), int(sys.argv[4]), float(sys.argv[5]), int(sys.argv[6])
print(f"JSONL  audit: {n/audit:10.0f} listings/s {size/audit/1048576:6.1f} MB/s  peak RSS {rss/1024:.0f} MB")
print(f"JSONL  Python peer (json.loads + ahocorasick_rs, {terms} terms): {n/peer:10.0f} listings/s {size/peer/1048576:6.1f} MB/s")
print(f"JSONL  audit / peer throughput ratio: {peer/audit:.2f}x  (issue floor: 1.5x)")
PY

if [ "${RSS_CURVE:-0}" = 1 ]; then
    echo "== peak RSS curve" >&2
    for n in 10000 100000 1000000; do
        if [ ! -f "$work/rss-$n.jsonl" ]; then
            python3 "$here/generate_catalogue.py" "$work/rss-$n" --jsonl "$n" --seed 11
            mv "$work/rss-$n/jsonl/part-000.jsonl" "$work/rss-$n.jsonl"
            rm -rf "$work/rss-$n"
        fi
        read -r _ seconds rss < <(measure audit "$bin" audit "$work/rss-$n.jsonl" --quiet --no-history)
        echo "RSS    $n listings: peak $((rss / 1024)) MB in ${seconds}s"
    done
fi
