#!/usr/bin/env bash
# The visualizer at scale: a one-million-event trace, opened and drawn.
#
#   bench/viz_bench.sh [BUILD_DIR] [ITERATIONS]
#
# Records bench/viz_bench.js (about 89 events per loop iteration; 11300
# iterations make 1,000,000 events, a 139 MB JSONL file) with
# `tickscope run --trace`, then runs `tickscope-viz TRACE --bench` at
# 1280x800 under Xvfb, where GL is Mesa's llvmpipe (software, on the CPU).
# It prints the load time (file opened to model built), the frame times while
# the timeline zooms in 1000x, pans and zooms out (each frame drawn and
# glFinish'ed), the most vertices and draw calls in a frame, and memory.
# Needs xvfb-run. The numbers depend on what else the machine is doing: run
# it on a quiet machine, and more than once.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
build=${1:-$here/../build}
iterations=${2:-11300}
command -v xvfb-run >/dev/null || { echo "viz_bench needs xvfb-run (apt-get install xvfb)" >&2; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
trace=$tmp/viz_bench.jsonl

start=$(date +%s%N)
"$build/tickscope" run "$here/viz_bench.js" "$iterations" --trace "$trace"
end=$(date +%s%N)
events=$(($(wc -l <"$trace") - 1))
printf 'trace: %d events, %d MB, recorded in %d ms\n' "$events" "$(($(stat -c %s "$trace") >> 20))" \
  "$(((end - start) / 1000000))"
xvfb-run -a -s "-screen 0 1280x800x24" "$build/tickscope-viz" "$trace" --bench --bench-frames 600
