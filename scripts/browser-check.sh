#!/usr/bin/env bash
# Loads the pre-publish page in headless Chromium against a local `listinglint serve`, with the demo
# listing (a banned claim, a vague size, no instructions), and checks the rendered DOM: highlighted
# findings and the traffic-light field list with a missing field. Saves a screenshot to look at.
#
# Usage: scripts/browser-check.sh [--require-claim] [--lang zh|en]
#   --require-claim  also fail unless a banned-claim finding is highlighted (needs the claim packs)
# Environment: LISTINGLINT_BIN (default: build and use .build/debug/listinglint), OUT (default /tmp).
# Needs: chromium (Debian package `chromium`), curl, python3.
set -euo pipefail

cd "$(dirname "$0")/.."
require_claim=0
lang=zh
while [ $# -gt 0 ]; do
    case "$1" in
        --require-claim) require_claim=1 ;;
        --lang) lang="$2"; shift ;;
        *) echo "unknown option $1" >&2; exit 2 ;;
    esac
    shift
done
out="${OUT:-/tmp}"
command -v chromium >/dev/null || { echo "chromium is not installed (apt-get install -y chromium)" >&2; exit 2; }

binary="${LISTINGLINT_BIN:-}"
if [ -z "$binary" ]; then
    swift build --product listinglint >&2
    binary="$(swift build --show-bin-path)/listinglint"
fi

port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')"
"$binary" serve --host 127.0.0.1 --port "$port" 2>"$out/listinglint-serve.log" &
server=$!
profile="$(mktemp -d)"
trap 'kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; rm -rf "$profile"' EXIT

for _ in $(seq 1 100); do
    curl -fsS "http://127.0.0.1:$port/healthz" >/dev/null 2>&1 && break
    sleep 0.1
done
curl -fsS "http://127.0.0.1:$port/healthz" >/dev/null

url="http://127.0.0.1:$port/?demo=1&lang=$lang"
chrome=(chromium --headless --no-sandbox --disable-gpu --user-data-dir="$profile" --no-first-run
        --virtual-time-budget=5000 --window-size=1280,1600)
"${chrome[@]}" --dump-dom "$url" >"$out/listinglint-page.html" 2>"$out/listinglint-chromium.log"
"${chrome[@]}" --screenshot="$out/listinglint-page-$lang.png" "$url" 2>>"$out/listinglint-chromium.log"

python3 - "$out/listinglint-page.html" "$require_claim" <<'PY'
import re
import sys

dom = open(sys.argv[1], encoding="utf-8").read()
require_claim = sys.argv[2] == "1"
marks = re.findall(r'<mark class="hl sev-(\w+)"[^>]*data-rule="([^"]+)"[^>]*>([^<]*)</mark>', dom)
fields = re.findall(r'<li class="field state-([\w-]+)"', dom)
claims = [m for m in marks if m[1].startswith("claim.")]
problems = []
if 'data-checked="yes"' not in dom:
    problems.append("the page never showed a checked listing")
if not marks:
    problems.append("no finding is highlighted in the text")
if not fields:
    problems.append("the field list is empty")
if "missing" not in fields:
    problems.append("no field is shown as missing")
if require_claim and not claims:
    problems.append("no banned claim is highlighted")
print(f"highlights: {len(marks)} ({', '.join(f'{rule} [{sev}] {text!r}' for sev, rule, text in marks)})")
print(f"banned-claim highlights: {len(claims)}")
print(f"fields: {', '.join(fields)}")
for problem in problems:
    print(f"FAIL: {problem}")
sys.exit(1 if problems else 0)
PY
echo "screenshot: $out/listinglint-page-$lang.png"
