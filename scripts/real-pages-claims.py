#!/usr/bin/env python3
"""List the banned-claim findings listinglint reports on the labelled real pages.

usage: scripts/real-pages-claims.py PATH/TO/listinglint [--pages DIR] [--all-severities]

Runs `listinglint check FILE --format json` on every page listed in DIR/labels.jsonl (default
../shared/real-pages next to the repository's parent) and prints, per page, each banned-claim
finding of severity warning or error (or every severity with --all-severities): severity, rule,
field and a short evidence string. It prints no page text beyond that evidence (at most 40 characters)
and a count per page. Comparing the findings with the human reading in INDEX.md (claims a careful
reader flags, traps that must not be reported) is left to the reader: this script only measures.
"""
import json
import os
import subprocess
import sys

SEVERITY_ORDER = {"info": 0, "evidence": 1, "warning": 2, "error": 3}
EVIDENCE_LIMIT = 40


def default_pages():
    repo = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    for candidate in (os.path.join(repo, "..", "shared", "real-pages"),
                      os.path.join(repo, "..", "..", "shared", "real-pages"),
                      "/work/shared/real-pages"):
        if os.path.isfile(os.path.join(candidate, "labels.jsonl")):
            return os.path.normpath(candidate)
    return None


def labelled_files(pages):
    names = []
    with open(os.path.join(pages, "labels.jsonl"), encoding="utf-8") as handle:
        for line in handle:
            line = line.strip()
            if not line:
                continue
            record = json.loads(line)
            name = record.get("file") or record.get("path") or record.get("name")
            if name and name not in names:
                names.append(name)
    return names


def listings(doc):
    if isinstance(doc, list):
        return doc
    for key in ("listings", "results", "files", "items"):
        if isinstance(doc.get(key), list):
            return doc[key]
    return []


def short(text):
    text = " ".join(str(text or "").split())
    return text if len(text) <= EVIDENCE_LIMIT else text[:EVIDENCE_LIMIT - 1] + "…"


def where(finding):
    location = finding.get("location") or {}
    field = finding.get("field") or location.get("field") or "?"
    return f"{field}@{location.get('line', '?')}"


def main(argv):
    if len(argv) < 2:
        print(__doc__)
        return 2
    binary = argv[1]
    pages = argv[argv.index("--pages") + 1] if "--pages" in argv else default_pages()
    minimum = 0 if "--all-severities" in argv else SEVERITY_ORDER["warning"]
    if not pages:
        print("real pages not found; pass --pages DIR", file=sys.stderr)
        return 2
    total = 0
    for name in labelled_files(pages):
        path = os.path.join(pages, name)
        run = subprocess.run([binary, "check", path, "--format", "json"], capture_output=True, text=True)
        try:
            doc = json.loads(run.stdout)
        except json.JSONDecodeError:
            print(f"## {name}: no JSON output (exit {run.returncode})")
            continue
        rows = []
        for listing in listings(doc):
            for finding in listing.get("findings", []):
                if finding.get("kind") != "banned-claim":
                    continue
                if SEVERITY_ORDER.get(finding.get("severity"), 0) < minimum:
                    continue
                rows.append((listing.get("id", ""), finding))
        total += len(rows)
        print(f"## {name}: {len(rows)} banned-claim finding(s)")
        for listing_id, finding in rows:
            prefix = f"[{short(listing_id)}] " if len(listings(doc)) > 1 else ""
            print(f"  {prefix}{finding.get('severity', '?'):8} {finding.get('rule', '?'):40} "
                  f"{short(where(finding)):24} {short(finding.get('evidence'))!r}")
    print(f"total: {total}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
