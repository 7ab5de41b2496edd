#!/usr/bin/env bash
# tickscope's benchmarks, side by side with node in the same run.
#
#   bench/run.sh [build/tickscope]
#
# Prints a table: start-up time and peak RSS for an empty script, the cost of
# recording one event (tracing off / on / to a JSONL file), and JS workloads
# (bench/*.js printing "name value" lines) with tracing off and on.
# Needs hyperfine and GNU time (apt-get install hyperfine time).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
bin=${1:-$here/../build/tickscope}
bin=$(cd "$(dirname "$bin")" && pwd)/$(basename "$bin")
recbench=$(dirname "$bin")/ts_bench_recorder
for tool in hyperfine /usr/bin/time node; do
  command -v "$tool" >/dev/null || { echo "bench needs $tool (apt-get install hyperfine time)" >&2; exit 1; }
done
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

row() { printf '| %-44s | %14s | %14s |\n' "$1" "$2" "$3"; }

median_ms() {  # hyperfine JSON -> median in ms
  sed -n 's/.*"median": *\([0-9.e-]*\).*/\1/p' "$1" | head -1 | awk '{printf "%.1f ms", $1 * 1000}'
}

peak_rss() {
  /usr/bin/time -f %M "$@" >/dev/null 2>"$tmp/rss" || true
  tail -1 "$tmp/rss" | awk '{printf "%.1f MB", $1 / 1024}'
}

# JS workload: prints the value of "name value" reported by the script.
js_value() {  # $1 name, rest: command
  local name=$1
  shift
  "$@" 2>/dev/null | awk -v n="$name" '$1 == n { print $2 }' | tail -1
}

echo "tickscope: $("$bin" --version)"
echo "node:      $(node --version)"
echo
row "benchmark" "tickscope" "node"
row "--------------------------------------------" "--------------" "--------------"

hyperfine -N --warmup 3 --runs 30 --export-json "$tmp/t.json" "$bin run $here/startup.js" >/dev/null 2>&1
hyperfine -N --warmup 3 --runs 15 --export-json "$tmp/n.json" "node $here/startup.js" >/dev/null 2>&1
row "start-up, empty script (median)" "$(median_ms "$tmp/t.json")" "$(median_ms "$tmp/n.json")"
row "peak RSS, empty script" "$(peak_rss "$bin" run "$here/startup.js")" "$(peak_rss node "$here/startup.js")"

if [ -x "$recbench" ]; then
  "$recbench" > "$tmp/rec"
  for m in record_off record_on record_jsonl record_jsonl_thread; do
    row "record one event: $m (C++)" "$(awk -v m=$m '$1 == m { printf "%.1f ns", $2 }' "$tmp/rec")" "-"
  done
fi

for script in "$here"/*.js; do
  name=$(basename "$script" .js)
  [ "$name" = startup ] && continue
  # Each workload prints "<metric> <value>" lines; compare every metric.
  node "$script" > "$tmp/node.out" 2>/dev/null || true
  "$bin" run "$script" > "$tmp/off.out" 2>/dev/null || true
  "$bin" run "$script" --summary > "$tmp/on.out" 2>/dev/null || true
  "$bin" run "$script" --trace "$tmp/trace.jsonl" > "$tmp/file.out" 2>/dev/null || true
  while read -r metric value; do
    [ -z "$metric" ] && continue
    off=$(awk -v m="$metric" '$1 == m { print $2 }' "$tmp/off.out" | tail -1)
    on=$(awk -v m="$metric" '$1 == m { print $2 }' "$tmp/on.out" | tail -1)
    file=$(awk -v m="$metric" '$1 == m { print $2 }' "$tmp/file.out" | tail -1)
    row "$name: $metric (tracing off)" "$off" "$value"
    row "$name: $metric (tracing on, in memory)" "$on" "$value"
    row "$name: $metric (tracing on, JSONL file)" "$file" "$value"
  done < <(grep -E '^[a-z_0-9]+ [0-9.]+$' "$tmp/node.out")
done

# HTTP requests per second: a server under each runtime, the same node load
# generator (bench/http_rps.sh, bench/http/).
"$here/http_rps.sh" "$bin"
