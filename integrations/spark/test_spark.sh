#!/usr/bin/env bash
# The Spark integration test (issue 8): pyspark in local mode, at least 2 partitions per file, over a
# generated catalogue of 20,000+ listings, must give a platform summary byte-identical to
# `listinglint audit` on one machine, and the same per-listing results.
#
#   integrations/spark/test_spark.sh [BINARY] [LISTINGS]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
binary=$(cd "$root" && realpath "${1:-.build/debug/listinglint}")
listings=${2:-20000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

python3 -c 'import pyspark' 2>/dev/null || pip install -q "pyspark==3.5.3"
export PYSPARK_PYTHON=python3 SPARK_LOCAL_IP=127.0.0.1

python3 "$root/Benchmarks/audit/generate_catalogue.py" "$work/catalogue" --jsonl "$listings" --jsonl-files 3 --seed 3
# One bad record in the middle: counted the same way on both sides.
sed -i '1234s/.*/{"id": broken/' "$work/catalogue/jsonl/part-001.jsonl"

start=$(python3 -c "import time; print(time.time())")
status=0
"$binary" audit "$work/catalogue" --quiet --no-history --summary-out "$work/single.json" --findings-out "$work/single.jsonl" > /dev/null || status=$?
[ "$status" -le 2 ] || { echo "single-machine audit failed ($status)"; exit 1; }
single_seconds=$(python3 -c "import time,sys; print(round(time.time() - float(sys.argv[1]), 1))" "$start")

start=$(python3 -c "import time; print(time.time())")
spark-submit --master "local[2]" --files "$binary" "$here/listinglint_spark.py" "$work/catalogue" \
    --out "$work/spark" --partitions 3 --binary "$binary" > "$work/spark.log" 2>&1 \
    || { tail -50 "$work/spark.log"; exit 1; }
spark_seconds=$(python3 -c "import time,sys; print(round(time.time() - float(sys.argv[1]), 1))" "$start")

if cmp -s "$work/single.json" "$work/spark/summary.json"; then
    echo "summary: byte-identical ($(wc -c < "$work/single.json") bytes)"
else
    echo "FAIL: summaries differ"; diff <(tr ',' '\n' < "$work/single.json") <(tr ',' '\n' < "$work/spark/summary.json") | head -20; exit 1
fi
sort "$work/single.jsonl" > "$work/single.sorted"
cat "$work"/spark/findings/part-* | sort > "$work/spark.sorted"
if cmp -s "$work/single.sorted" "$work/spark.sorted"; then
    echo "per-listing results: identical ($(wc -l < "$work/single.sorted") listings)"
else
    echo "FAIL: per-listing results differ"; diff "$work/single.sorted" "$work/spark.sorted" | head -5; exit 1
fi
partitions=$(grep -o '[0-9]* partition summaries' "$work/spark.log" | cut -d' ' -f1)
echo "spark: $partitions partitions; wall time single machine ${single_seconds}s, spark local[2] ${spark_seconds}s"
echo "spark test: 1 passed, 0 failed"
