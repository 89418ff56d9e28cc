#!/usr/bin/env bash
# Opens the catalogue-audit HTML report in headless Chromium and checks what a person would see:
# the charts render, tables are there, and a listing whose text carries markup (<script>, <img onerror>)
# shows that markup as text — no element is created from it and no script runs. Saves a screenshot.
#
# Usage: scripts/report-browser-check.sh [BINARY]      (default .build/debug/listinglint)
# Environment: OUT (default /tmp) for the report, DOM dump and screenshot.
# Needs: chromium (Debian package `chromium`), python3.
set -euo pipefail
cd "$(dirname "$0")/.."
binary=$(realpath "${1:-.build/debug/listinglint}")
out="${OUT:-/tmp}"
command -v chromium > /dev/null || { echo "chromium is not installed (apt-get install -y chromium)" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

python3 Benchmarks/audit/generate_catalogue.py "$work/catalogue" --jsonl 400 --seed 9
cat >> "$work/catalogue/jsonl/part-000.jsonl" <<'JSON'
{"id": "XSS-1", "title": "<script>document.title='pwned'</script>最好的杯子 <img src=x onerror=\"document.body.dataset.pwned=1\">", "description": "全网第一", "seller": "<b>evil seller</b>", "attributes": {"材质": "陶瓷"}}
JSON
history="$work/history.sqlite"
"$binary" audit "$work/catalogue" --quiet --history "$history" > /dev/null || true
"$binary" audit "$work/catalogue" --quiet --history "$history" --report "$out/listinglint-audit.html" > /dev/null || true

profile=$(mktemp -d)
chrome=(chromium --headless --no-sandbox --disable-gpu --user-data-dir="$profile" --no-first-run
    --virtual-time-budget=3000 --window-size=1280,2400)
"${chrome[@]}" --dump-dom "file://$out/listinglint-audit.html" > "$out/listinglint-audit-dom.html" 2> "$work/chromium.log"
"${chrome[@]}" --screenshot="$out/listinglint-audit.png" "file://$out/listinglint-audit.html" 2>> "$work/chromium.log"
rm -rf "$profile"

python3 - "$out/listinglint-audit-dom.html" <<'PY'
import re, sys
dom = open(sys.argv[1], encoding="utf-8").read()
problems = []
if "<title>ListingLint audit</title>" not in dom:
    problems.append("the report's title was replaced (a script ran)")
if "data-pwned" in dom:
    problems.append("an onerror handler from listing text ran")
if re.search(r"<img[^>]*src=\"x\"", dom):
    problems.append("listing markup became an <img> element")
if "&lt;script&gt;document.title" not in dom:
    problems.append("the listing's <script> text is not shown as text")
if "&lt;b&gt;evil seller&lt;/b&gt;" not in dom:
    problems.append("the seller's markup is not shown as text")
charts = len(re.findall(r"<svg class=\"chart\"", dom))
if charts < 4:
    problems.append(f"only {charts} charts rendered (grade, category, rules, trend expected)")
if "Change since the previous audit" not in dom:
    problems.append("no comparison with the previous audit")
if problems:
    print("report browser check FAILED:\n- " + "\n- ".join(problems))
    sys.exit(1)
print(f"report browser check: {charts} charts, listing markup shown as text, no script ran")
PY
echo "screenshot: $out/listinglint-audit.png"
