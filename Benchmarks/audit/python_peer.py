#!/usr/bin/env python3
"""The peer a user would write instead of ListingLint for JSON Lines: json.loads per line and a
compiled Aho-Corasick matcher (ahocorasick_rs) over the same text fields, on all cores.

usage: python_peer.py TERMS_FILE PROCESSES FILE.jsonl...
prints one JSON object: listings, bytes, seconds, listings_per_second, mb_per_second
"""
import json, multiprocessing, os, sys, time

import ahocorasick_rs

TERMS = []
MATCHER = None


def init(terms):
    global MATCHER
    MATCHER = ahocorasick_rs.AhoCorasick(terms, matchkind=ahocorasick_rs.MatchKind.LeftmostLongest)


def check_file(path):
    listings = hits = 0
    fields = ("material", "size", "instructions")
    with open(path, "rb") as f:
        for line in f:
            if not line.strip():
                continue
            record = json.loads(line)
            text = " ".join(str(record.get(k, "")) for k in ("title", "description"))
            attributes = record.get("attributes") or {}
            text += " " + " ".join(f"{k} {v}" for k, v in attributes.items())
            hits += len(MATCHER.find_matches_as_indexes(text.lower()))
            names = " ".join(attributes.keys()).lower()
            _ = [f for f in fields if f in names]
            listings += 1
    return listings, hits, os.path.getsize(path)


def main():
    terms = [t for t in open(sys.argv[1], encoding="utf-8").read().split("\n") if t]
    processes = int(sys.argv[2])
    paths = sys.argv[3:]
    start = time.monotonic()
    with multiprocessing.Pool(processes, initializer=init, initargs=(terms,)) as pool:
        results = pool.map(check_file, paths, chunksize=1)
    seconds = time.monotonic() - start
    listings = sum(r[0] for r in results)
    size = sum(r[2] for r in results)
    print(json.dumps({"listings": listings, "bytes": size, "seconds": round(seconds, 3),
                      "listings_per_second": round(listings / seconds, 1),
                      "mb_per_second": round(size / seconds / 1048576, 2)}))


if __name__ == "__main__":
    main()
