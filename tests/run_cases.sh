#!/usr/bin/env bash
# Runs the project's own test cases (tests/cases/<area>/<name>/main.js with
# Node's expected.stdout and expected.code) against a command, the same way
# ../shared/conformance/run.sh runs the shared ones.
#
#   tests/run_cases.sh 'build/tickscope run' [FILTER]
#
# Prints one line per failing case and a final 'N passed, M failed'. A case
# with a stdin.txt reads it as its standard input (others read /dev/null).
#
# tests/cases/expected_failures.txt lists cases that cannot pass yet (a
# runtime part is missing), each with the reason: they run, are reported as
# XFAIL and do not fail the run; one that starts passing is reported as
# XPASS and does fail it, so the list never hides a fixed case.
set -u
if [ $# -lt 1 ]; then
  echo "usage: $0 'COMMAND_PREFIX' [FILTER]" >&2
  exit 2
fi
CASES=$(cd "$(dirname "${BASH_SOURCE[0]}")/cases" && pwd)
FILTER="${2:-}"
read -r -a PREFIX <<< "$1"
case "${PREFIX[0]}" in
  /*) ;;
  */*) PREFIX[0]="$(pwd)/${PREFIX[0]}" ;;
esac
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
XFAIL_LIST="$CASES/expected_failures.txt"
expected_failure() {  # prints the reason if case $1 is listed
  [ -f "$XFAIL_LIST" ] && awk -v n="$1" '$1 == n { $1 = ""; sub(/^ +/, ""); print; found = 1 } END { exit !found }' "$XFAIL_LIST"
}
passed=0
failed=0
xfailed=0
while IFS= read -r exp; do
  dir=$(dirname "$exp")
  name=${dir#"$CASES"/}
  if [ -n "$FILTER" ] && ! printf '%s\n' "$name" | grep -Eq -- "$FILTER"; then continue; fi
  input=/dev/null
  [ -f "$dir/stdin.txt" ] && input=stdin.txt  # read after the cd into $dir
  ( cd "$dir" && CORPUS_VAR=hello timeout 10 "${PREFIX[@]}" main.js <"$input" >"$TMP/out" 2>"$TMP/err" )
  rc=$?
  want=$(tr -d ' \t\r\n' < "$dir/expected.code")
  ok=0
  if [ "$rc" = "$want" ] && cmp -s "$dir/expected.stdout" "$TMP/out"; then ok=1; fi
  if reason=$(expected_failure "$name"); then
    if [ "$ok" = 1 ]; then
      failed=$((failed + 1))
      echo "XPASS $name: passes now; remove it from tests/cases/expected_failures.txt"
    else
      xfailed=$((xfailed + 1))
      echo "XFAIL $name: $reason"
    fi
    continue
  fi
  if [ "$ok" = 1 ]; then
    passed=$((passed + 1))
  else
    failed=$((failed + 1))
    why="exit $rc (expected $want)"
    if ! cmp -s "$dir/expected.stdout" "$TMP/out"; then
      line=$(diff <(cat "$dir/expected.stdout") <(cat "$TMP/out") | head -3 | tr '\n' ' ')
      why="$why; stdout differs: ${line:0:200}"
    fi
    echo "FAIL $name: $why"
    if [ -n "${SHOW_STDERR:-}" ]; then tail -n 5 "$TMP/err" | sed 's/^/    stderr: /'; fi
  fi
done < <(find "$CASES" -name expected.stdout -type f | LC_ALL=C sort)
if [ "$xfailed" -gt 0 ]; then
  echo "$passed passed, $failed failed, $xfailed expected failures"
else
  echo "$passed passed, $failed failed"
fi
if [ $((passed + failed)) -eq 0 ]; then
  echo "no case matched${FILTER:+ '$FILTER'}: nothing was tested" >&2
  exit 1
fi
[ "$failed" -eq 0 ]
