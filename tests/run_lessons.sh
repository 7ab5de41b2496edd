#!/usr/bin/env bash
# Every lesson (lessons/NN-slug/) is checked as a learner would use it:
#   1. main.js prints what node printed (expected.stdout, expected.code);
#   2. `tickscope grade --lesson NN` passes the lesson's checks.txt;
#   3. its deterministic trace is the same twice in a row;
#   4. a "fix the script" exercise is meaningful: exercise.js fails
#      exercise.checks and solution.js passes them.
# A lesson whose runtime part is not built yet has a `status` file saying
# `expected-fail: <reason>`: it still runs, is reported as XFAIL, and fails
# the run once it passes (XPASS), so the gap stays visible. A lesson whose
# trace cannot be the same twice (other processes' timing decides it) says
# `trace-varies: <reason>`: step 3 is skipped for it, and said so, and every
# other step must pass.
#
#   tests/run_lessons.sh build/tickscope [FILTER]
set -u
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
bin=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
filter=${2:-}
lessons="$here/../lessons"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
passed=0
failed=0
xfailed=0
for dir in "$lessons"/[0-9][0-9]-*/; do
  name=$(basename "$dir")
  [ -n "$filter" ] && ! printf '%s\n' "$name" | grep -Eq -- "$filter" && continue
  id=${name%%-*}
  problems=()
  [ -f "$dir/main.js" ] || problems+=("no main.js")
  [ -f "$dir/README.md" ] || problems+=("no README.md")
  [ -f "$dir/checks.txt" ] || problems+=("no checks.txt")
  [ -f "$dir/expected.stdout" ] || problems+=("no expected.stdout (tests/make_expected.sh lessons/$name)")
  if [ ${#problems[@]} -eq 0 ]; then
    ( cd "$dir" && timeout 20 "$bin" run main.js </dev/null >"$tmp/out" 2>"$tmp/err" )
    rc=$?
    want=$(tr -d ' \t\r\n' < "$dir/expected.code" 2>/dev/null || echo 0)
    [ "$rc" = "$want" ] || problems+=("exit $rc, node's was $want")
    cmp -s "$dir/expected.stdout" "$tmp/out" || problems+=("output differs from node's: $(diff "$dir/expected.stdout" "$tmp/out" | head -3 | tr '\n' ' ' | cut -c1-160)")
    if ! (cd "$dir" && TICKSCOPE_LESSONS="$lessons" timeout 30 "$bin" grade --lesson "$id" >"$tmp/tap" 2>&1); then
      problems+=("checks fail: $(grep -m1 '^not ok' "$tmp/tap" | cut -c1-120)")
    fi
    varies=$(sed -n 's/^trace-varies: *//p' "$dir/status" 2>/dev/null | head -1)
    if [ -n "$varies" ]; then
      echo "NOTE $name: its trace is not compared between runs: $varies"
    else
      for run in 1 2; do
        ( cd "$dir" && timeout 20 "$bin" run main.js --deterministic --trace "$tmp/t.jsonl" </dev/null >/dev/null 2>&1 )
        mv "$tmp/t.jsonl" "$tmp/t$run.jsonl" 2>/dev/null || : > "$tmp/t$run.jsonl"
      done
      cmp -s "$tmp/t1.jsonl" "$tmp/t2.jsonl" || problems+=("deterministic trace differs between two runs")
    fi
    if [ -f "$dir/exercise.checks" ]; then
      if [ -f "$dir/exercise.js" ] && (cd "$dir" && TICKSCOPE_LESSONS="$lessons" timeout 30 "$bin" grade --lesson "$id" exercise.js >/dev/null 2>&1); then
        problems+=("exercise.js already passes exercise.checks: nothing to fix")
      fi
      if ! (cd "$dir" && TICKSCOPE_LESSONS="$lessons" timeout 30 "$bin" grade --lesson "$id" solution.js >"$tmp/sol" 2>&1); then
        problems+=("solution.js fails exercise.checks: $(grep -m1 '^not ok' "$tmp/sol" | cut -c1-100)")
      fi
    fi
  fi
  reason=$(sed -n 's/^expected-fail: *//p' "$dir/status" 2>/dev/null | head -1)
  if [ -n "$reason" ]; then
    if [ ${#problems[@]} -eq 0 ]; then
      failed=$((failed + 1))
      echo "XPASS $name: passes now; delete lessons/$name/status"
    else
      xfailed=$((xfailed + 1))
      echo "XFAIL $name: $reason"
    fi
  elif [ ${#problems[@]} -eq 0 ]; then
    passed=$((passed + 1))
  else
    failed=$((failed + 1))
    echo "FAIL $name: ${problems[0]}${problems[1]:+; ${problems[1]}}"
  fi
done
echo "$passed passed, $failed failed, $xfailed expected failures"
[ $((passed + failed + xfailed)) -gt 0 ] && [ "$failed" -eq 0 ]
