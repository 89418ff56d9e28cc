#!/usr/bin/env bash
# Measures POST /v1/check of a typical listing over loopback with wrk against a release build of
# `listinglint serve`, and prints wrk's latency percentiles (p50, p75, p90, p99) and requests/s.
#
# Usage: scripts/load-check.sh [SECONDS] [CONNECTIONS]   (defaults: 20 s, 8 connections, 2 threads)
#        RATE=400 scripts/load-check.sh 20 4                (about 400 requests/s in all: each connection
#                                                            waits CONNECTIONS*1000/RATE ms between requests)
# Without RATE every connection sends as fast as answers come back, which measures saturation.
# Environment: LISTINGLINT_BIN to use an existing binary instead of `swift build -c release`.
# Needs: wrk (Debian package `wrk`), curl, python3. Sends traffic to 127.0.0.1 only and stops by itself.
set -euo pipefail

cd "$(dirname "$0")/.."
seconds="${1:-20}"
connections="${2:-8}"
command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install -y wrk)" >&2; exit 2; }

binary="${LISTINGLINT_BIN:-}"
if [ -z "$binary" ]; then
    swift build -c release --product listinglint >&2
    binary="$(swift build -c release --show-bin-path)/listinglint"
fi

work="$(mktemp -d)"
port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')"
"$binary" serve --host 127.0.0.1 --port "$port" 2>"$work/serve.log" &
server=$!
trap 'kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 1 100); do
    curl -fsS "http://127.0.0.1:$port/healthz" >/dev/null 2>&1 && break
    sleep 0.1
done

# A typical listing: title, a description of a few sentences, bullets, six attributes, a claim.
cat >"$work/listing.json" <<'JSON'
{"id": "load-1", "title": "女士纯棉短袖T恤 夏季新款 全网最好的面料", "category": "服装/女装/T恤", "seller": "示例旗舰店",
 "description": "精选新疆长绒棉，柔软亲肤，透气吸汗。经典圆领设计，修身版型，日常通勤、休闲出游都合适。机洗30°C以下，反面晾干，不可漂白，低温熨烫。",
 "bullets": ["100%新疆长绒棉", "多色可选", "S-XXL 全尺码", "七天无理由退换"],
 "attributes": {"材质": "100%棉", "尺码": "S/M/L/XL/XXL", "颜色": "白色/黑色/灰色", "洗涤说明": "机洗30°C以下，反面晾干", "产地": "中国", "品牌": "示例"}}
JSON
status="$(curl -s -o "$work/answer.json" -w '%{http_code}' -H 'Content-Type: application/json' --data-binary @"$work/listing.json" \
    "http://127.0.0.1:$port/v1/check")"
[ "$status" = 200 ] || { echo "POST /v1/check answered $status: $(cat "$work/answer.json")" >&2; exit 1; }

python3 - "$work/listing.json" "$work/post.lua" <<'PY'
import sys

body = open(sys.argv[1], encoding="utf-8").read()
with open(sys.argv[2], "w", encoding="utf-8") as lua:
    lua.write('wrk.method = "POST"\n')
    lua.write('wrk.headers["Content-Type"] = "application/json"\n')
    lua.write("wrk.body = [==[" + body + "]==]\n")
PY
if [ -n "${RATE:-}" ]; then
    delay_ms=$(( connections * 1000 / RATE ))
    printf 'function delay()\n    return %d\nend\n' "$delay_ms" >>"$work/post.lua"
    echo "paced: each connection waits ${delay_ms} ms between requests (about ${RATE} requests/s)"
fi

echo "wrk -t2 -c$connections -d${seconds}s --latency -s post.lua http://127.0.0.1:$port/v1/check (body $(wc -c <"$work/listing.json") bytes)"
wrk -t2 -c"$connections" -d"${seconds}s" --latency -s "$work/post.lua" "http://127.0.0.1:$port/v1/check"
