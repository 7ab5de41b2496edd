#!/usr/bin/env bash
# Records Node's output for test cases: for each case directory given (a
# directory holding main.js), runs `node main.js` there exactly as the case
# runner will run tickscope (stdin from the case's stdin.txt if it has one),
# and writes expected.stdout and expected.code.
# Expected output always comes from node, never by hand.
#
#   tests/make_expected.sh tests/cases/util/inspect_nested [more case dirs...]
set -u
if [ $# -eq 0 ]; then
  echo "usage: $0 CASE_DIR..." >&2
  exit 2
fi
for dir in "$@"; do
  if [ ! -f "$dir/main.js" ]; then
    echo "skip $dir: no main.js" >&2
    continue
  fi
  input=/dev/null
  [ -f "$dir/stdin.txt" ] && input=stdin.txt  # read after the cd into $dir
  ( cd "$dir" && CORPUS_VAR=hello timeout 10 node main.js <"$input" >expected.stdout 2>/dev/null
    echo $? >expected.code )
  echo "$dir: exit $(cat "$dir/expected.code"), $(wc -l <"$dir/expected.stdout") lines"
done
