#!/usr/bin/env bash
# Deterministic mode: running the same script twice with --deterministic gives
# byte-identical JSONL traces. Checked on every shared conformance case listed
# in tests/conformance_ratchet.txt (the ones that pass) and on the project's
# own eventloop cases.
#
#   tests/deterministic_traces.sh build/tickscope
set -u
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
bin=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
shared="$here/../../shared/conformance/cases"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
checked=0
differ=0
check() {  # $1 case directory, $2 name
  for run in 1 2; do
    ( cd "$1" && CORPUS_VAR=hello timeout 20 "$bin" run main.js --deterministic \
        --trace "$tmp/trace.jsonl" </dev/null >/dev/null 2>&1 )
    mv "$tmp/trace.jsonl" "$tmp/run$run.jsonl" 2>/dev/null || : > "$tmp/run$run.jsonl"
  done
  checked=$((checked + 1))
  if ! cmp -s "$tmp/run1.jsonl" "$tmp/run2.jsonl"; then
    differ=$((differ + 1))
    echo "DIFFERS $2: $(diff "$tmp/run1.jsonl" "$tmp/run2.jsonl" | head -3 | cut -c1-160 | tr '\n' ' ')"
  elif [ ! -s "$tmp/run1.jsonl" ]; then
    differ=$((differ + 1))
    echo "NO TRACE $2"
  fi
}
while IFS= read -r name; do
  case "$name" in ''|'#'*) continue ;; esac
  # Processes and sockets depend on the OS's timing: not deterministic.
  case "$name" in child_process/*|net/*|http/*) continue ;; esac
  check "$shared/$name" "$name"
done < "$here/conformance_ratchet.txt"
for dir in "$here"/cases/eventloop/*/; do
  name=eventloop/$(basename "$dir")
  grep -q "^$name " "$here/cases/expected_failures.txt" 2>/dev/null && continue
  check "$dir" "$name"
done
echo "$checked traces checked, $differ not byte-identical"
[ "$differ" -eq 0 ] && [ "$checked" -gt 0 ]
