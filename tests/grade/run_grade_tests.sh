#!/usr/bin/env bash
# Golden tests of `tickscope grade`: each folder here holds a script, its
# checks (or a prediction) and the expected TAP report and JUnit XML. The
# grader runs in deterministic mode, so its reports are stable.
#
#   tests/grade/run_grade_tests.sh build/tickscope [--update]
set -u
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
bin=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
update=${2:-}
failed=0
count=0
for dir in "$here"/*/; do
  name=$(basename "$dir")
  count=$((count + 1))
  if [ -f "$dir/checks.txt" ]; then
    args=(grade student.js --checks checks.txt --junit "$dir/actual.junit.xml")
  else
    args=(grade main.js --predict prediction.txt --junit "$dir/actual.junit.xml")
  fi
  ( cd "$dir" && "$bin" "${args[@]}" > actual.tap 2> actual.err; echo $? > actual.code )
  if [ "$update" = --update ]; then
    mv "$dir/actual.tap" "$dir/expected.tap"
    mv "$dir/actual.code" "$dir/expected.code"
    mv "$dir/actual.junit.xml" "$dir/expected.junit.xml"
    rm -f "$dir/actual.err"
    continue
  fi
  ok=1
  for f in tap code junit.xml; do
    if ! cmp -s "$dir/expected.$f" "$dir/actual.$f"; then
      ok=0
      echo "FAIL $name: $f differs"
      diff "$dir/expected.$f" "$dir/actual.$f" | head -10
    fi
  done
  if [ "$ok" = 1 ]; then rm -f "$dir"/actual.*; else failed=$((failed + 1)); fi
done
echo "$((count - failed)) passed, $failed failed"
[ "$failed" -eq 0 ] && [ "$count" -gt 0 ]
