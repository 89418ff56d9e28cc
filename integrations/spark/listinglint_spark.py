#!/usr/bin/env python3
"""The ListingLint catalogue audit on Apache Spark.

Each partition of the catalogue is piped through the `listinglint` binary itself (JSON Lines in,
per-listing results as JSON Lines out, plus the partition's mergeable summary); the per-partition
summaries are added with `listinglint merge`. There is no second implementation of the checks or
of the merge: Spark only moves lines and files.

usage:
  spark-submit --files /path/to/listinglint listinglint_spark.py CATALOGUE... --out DIR [--partitions N]

CATALOGUE is a JSON Lines file or a directory of them (searched like `listinglint audit` does:
sorted, hidden entries skipped, *.jsonl / *.ndjson). For HTML listings, use JSON Lines records of
the form {"id": "...", "html": "<!DOCTYPE html>..."}. Output:
  DIR/findings/part-*   one JSON object per listing (or per unreadable record), as the binary wrote it
  DIR/summary.json      the platform summary, byte-identical to `listinglint audit CATALOGUE --summary-out`
"""
import argparse
import os
import subprocess
import sys
import tempfile
import threading

from pyspark import SparkFiles
from pyspark.sql import SparkSession

LISTING_EXTENSIONS = (".jsonl", ".ndjson")


def catalogue_files(paths):
    """The JSON Lines files under `paths`, named and ordered as `listinglint audit` walks them."""
    files = []
    for path in paths:
        if os.path.isdir(path):
            for root, dirs, names in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                base = root if root != path else path.rstrip("/")
                for name in sorted(names):
                    if not name.startswith(".") and name.lower().endswith(LISTING_EXTENSIONS):
                        files.append(base + "/" + name)
        else:
            files.append(path)
    return files


def binary_path(name):
    """The binary shipped with --files, or the one named on the command line (local runs)."""
    try:
        shipped = SparkFiles.get(os.path.basename(name))
        if os.path.exists(shipped):
            return shipped
    except Exception:
        pass
    return name


def audit_partition(binary_name, file_name):
    """A mapPartitions function: pipes one contiguous run of a file's lines through the binary."""

    def run(rows):
        rows = list(rows)
        if not rows:
            return
        first_line = rows[0][1] + 1
        binary = binary_path(binary_name)
        with tempfile.TemporaryDirectory() as scratch:
            summary_path = os.path.join(scratch, "summary.json")
            process = subprocess.Popen(
                [binary, "audit", "-", "--stdin-name", file_name, "--stdin-first-line", str(first_line),
                 "--findings-out", "-", "--summary-out", summary_path, "--quiet", "--no-history"],
                stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=scratch)

            def feed():
                for text, _ in rows:
                    process.stdin.write(text.encode("utf-8") + b"\n")
                process.stdin.close()

            writer = threading.Thread(target=feed)
            writer.start()
            for line in process.stdout:
                yield ("listing", line.decode("utf-8").rstrip("\n"))
            writer.join()
            stderr = process.stderr.read().decode("utf-8", "replace")
            status = process.wait()
            if status not in (0, 2):  # 2 = some records unreadable: counted, not a job failure
                raise RuntimeError(f"listinglint exited {status} on {file_name}:{first_line}: {stderr[-2000:]}")
            with open(summary_path, encoding="utf-8") as summary:
                yield ("summary", summary.read())

    return run


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("catalogue", nargs="+")
    parser.add_argument("--out", required=True)
    parser.add_argument("--partitions", type=int, default=0, help="minimum partitions per file (default: Spark's)")
    parser.add_argument("--binary", default="listinglint", help="the listinglint binary (shipped with --files)")
    args = parser.parse_args()

    spark = SparkSession.builder.appName("listinglint-audit").getOrCreate()
    context = spark.sparkContext
    results = None
    for file_name in catalogue_files(args.catalogue):
        lines = context.textFile(file_name, minPartitions=args.partitions or None)
        # zipWithIndex numbers lines across partitions in file order: each partition is a contiguous run.
        audited = lines.zipWithIndex().mapPartitions(audit_partition(args.binary, file_name))
        results = audited if results is None else results.union(audited)
    if results is None:
        sys.exit("no JSON Lines files in the catalogue")
    results = results.cache()
    os.makedirs(args.out, exist_ok=True)
    results.filter(lambda r: r[0] == "listing").map(lambda r: r[1]).saveAsTextFile(os.path.join(args.out, "findings"))
    summaries = results.filter(lambda r: r[0] == "summary").map(lambda r: r[1]).collect()
    with tempfile.TemporaryDirectory() as scratch:
        paths = []
        for index, text in enumerate(summaries):
            path = os.path.join(scratch, f"part-{index:05d}.json")
            with open(path, "w", encoding="utf-8") as f:
                f.write(text)
            paths.append(path)
        merged = subprocess.run([args.binary, "merge", *paths, "--output", os.path.join(args.out, "summary.json")],
                                capture_output=True, text=True)
        if merged.returncode != 0:
            sys.exit(f"listinglint merge failed: {merged.stderr}")
    print(f"{len(summaries)} partition summaries merged into {os.path.join(args.out, 'summary.json')}")
    spark.stop()


if __name__ == "__main__":
    main()
