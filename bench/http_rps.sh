#!/usr/bin/env bash
# HTTP requests per second: the same server script (bench/http/server.js)
# under tickscope (tracing off, and tracing to a JSONL file) and under node,
# loaded by the same client (bench/http/load.js, run by node: 32 keep-alive
# connections, 3 s after a 0.5 s warm-up). Prints table rows like bench/run.sh.
#
#   bench/http_rps.sh [build/tickscope] [CONNECTIONS] [SECONDS]
set -eu
here=$(cd "$(dirname "$0")" && pwd)
bin=${1:-$here/../build/tickscope}
bin=$(cd "$(dirname "$bin")" && pwd)/$(basename "$bin")
conns=${2:-32}
secs=${3:-3}
tmp=$(mktemp -d)
pid=
trap '[ -n "$pid" ] && kill $pid 2>/dev/null; rm -rf "$tmp"' EXIT

row() { printf '| %-44s | %14s | %14s |\n' "$1" "$2" "$3"; }

measure() {  # command... -> requests per second
  "$@" "$here/http/server.js" >"$tmp/port" 2>/dev/null &
  pid=$!
  local port=
  for _ in $(seq 1 100); do
    port=$(head -n 1 "$tmp/port" 2>/dev/null)
    [ -n "$port" ] && break
    sleep 0.05
  done
  node "$here/http/load.js" "$port" "$conns" "$secs" | awk '$1 == "requests_per_sec" { print $2 }'
  kill "$pid" 2>/dev/null
  wait "$pid" 2>/dev/null || true
  pid=
}

ts=$(measure "$bin" run)
ts_trace=$(measure "$bin" run --trace "$tmp/trace.jsonl")
nd=$(measure node)
row "http: requests/s, $conns keep-alive conns (off)" "$ts" "$nd"
row "http: requests/s (tracing on, JSONL file)" "$ts_trace" "$nd"
