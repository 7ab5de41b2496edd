#!/bin/bash
# The visualizer's screenshot test (issue 8): runs tickscope-viz under a
# virtual X server on scene.js (timers, an interval, immediates, nextTicks,
# promises, queueMicrotask, a require, Buffers), steps to chosen events,
# takes the app's own screenshots, and checks them with check_screenshot:
# the panels are there, on screen, not overlapping and not empty; the colours
# the app says it drew (the lit phase, the callback being explained, the
# slab slice) are on screen; the state it shows is the expected one.
#
#   run_viz_test.sh VIZ CHECKER TICKSCOPE OUT_DIR
#
# The screenshots stay in OUT_DIR to be looked at. Exit 77 (ctest: skipped)
# when xvfb-run is missing.
set -u
VIZ=$1
CHECK=$2
TICKSCOPE=$3
OUT=$4
HERE=$(cd "$(dirname "$0")" && pwd)
SCENE="$HERE/scene.js"
mkdir -p "$OUT"
rm -f "$OUT"/*.png "$OUT"/*.json "$OUT"/*.log

command -v xvfb-run >/dev/null 2>&1 || { echo "xvfb-run not found: skipped"; exit 77; }

failed=0
# Okabe-Ito colours of the palette (viz/palette.hpp).
CHECK_GREEN=0,158,115   # the check phase, setImmediate
ORANGE=230,159,0        # the timers phase, setTimeout / setInterval
PURPLE=204,121,167      # process.nextTick
PANELS=(--panel controls --panel loop --panel timeline --panel queues --panel source
        --panel console --panel details)

# shot NAME VIZ_ARGS... -- CHECK_ARGS...
shot() {
  local name=$1
  shift
  local viz_args=()
  while [ $# -gt 0 ] && [ "$1" != "--" ]; do
    viz_args+=("$1")
    shift
  done
  [ $# -gt 0 ] && shift
  if ! xvfb-run -a -s "-screen 0 1280x800x24" "$VIZ" "${viz_args[@]}" \
       --screenshot "$OUT/$name.png" >"$OUT/$name.log" 2>&1; then
    echo "FAIL: $name: tickscope-viz failed:"
    cat "$OUT/$name.log"
    failed=1
    return
  fi
  if ! "$CHECK" "$OUT/$name.png" "${PANELS[@]}" "$@"; then
    echo "FAIL: $name (see $OUT/$name.png)"
    failed=1
  fi
}

# 1. Inside iteration 1's check phase: the second immediate of the batch
#    runs; the one the first immediate queued waits for the next iteration.
shot check-phase "$SCENE" --step-to callback.enter:secondImmediate --tab why --frames 4 -- \
  --probe loop.lit=$CHECK_GREEN --probe timeline.check=$CHECK_GREEN \
  --probe why.title=$CHECK_GREEN --probe source.def=$CHECK_GREEN \
  --expect "stage=in phase" --expect phase=check --expect iteration=1 \
  --expect running=secondImmediate --expect queues.immediates=1 --expect queues.batch=0 \
  --expect queues.timers=3 --expect "tab=Why now?"

# 2. The main script's checkpoint: a nextTick queued by a nextTick runs
#    before the promise reactions, which still wait.
shot ticks "$SCENE" --step-to callback.enter:secondTick --tab modules --frames 4 -- \
  --probe source.def=$PURPLE \
  --expect "stage=main script" --expect running=secondTick --expect queues.ticks=0 \
  --expect queues.microtasks=2 --expect requires=3 --expect tab=Modules

# 3. The first slab is retired: a 1500-byte request did not fit.
shot slabs "$SCENE" --step-to buffer.slab.retire --tab buffers --frames 4 -- \
  --probe slabs.slice --expect slabs=1 --expect current_kind=buffer.slab.retire \
  --expect tab=Buffers

# 4. A timer fires in the timers phase; the event list is shown.
shot timers "$SCENE" --step-to callback.enter:fastTimer --tab events --frames 4 -- \
  --probe loop.lit=$ORANGE --probe source.def=$ORANGE \
  --expect phase=timers --expect running=fastTimer --expect tab=Events

# 5. The end of the run, for a projector: bigger text, same layout rules.
shot end-projector "$SCENE" --font-scale 1.5 --frames 4 -- \
  --expect stage=exited --expect console_lines=18 --expect font_scale=1.5

# 6. A saved trace opens like a live run.
"$TICKSCOPE" run "$SCENE" --trace "$OUT/scene.jsonl" >/dev/null
shot trace-file "$OUT/scene.jsonl" --step-to 'callback.enter:tickTock#2' --frames 4 -- \
  --probe loop.lit=$ORANGE --expect phase=timers --expect running=tickTock

# 7. Without a display it says so and fails.
if env -u DISPLAY -u WAYLAND_DISPLAY "$VIZ" "$SCENE" >"$OUT/nodisplay.log" 2>&1; then
  echo "FAIL: without a display tickscope-viz exited with 0"
  failed=1
elif ! grep -q "no display" "$OUT/nodisplay.log"; then
  echo "FAIL: without a display there was no clear message:"
  cat "$OUT/nodisplay.log"
  failed=1
fi

[ $failed -eq 0 ] && echo "all visualizer screenshots pass ($OUT)"
exit $failed
