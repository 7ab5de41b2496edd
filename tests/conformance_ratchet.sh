#!/usr/bin/env bash
# The shared conformance corpus (../shared/conformance) with a ratchet.
#
# Runs every shared case against tickscope and prints the runner's full
# report, ending in 'N passed, M failed'. Fails when a case listed in
# tests/conformance_ratchet.txt fails: that list only grows, so a case that
# passed once can never silently break. Cases that pass but are not listed
# yet are printed so they can be added.
#
#   tests/conformance_ratchet.sh build/tickscope
set -u
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
bin=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
runner="$here/../../shared/conformance/run.sh"
list="$here/conformance_ratchet.txt"
if [ ! -x "$runner" ]; then
  echo "conformance runner not found at $runner" >&2
  exit 1
fi
report=$("$runner" "$bin run")
echo "$report"
failing=$(printf '%s\n' "$report" | sed -n 's/^FAIL \([^:]*\):.*/\1/p')
cases=$(cd "$here/../../shared/conformance/cases" && find . -name expected.stdout | sed 's|^\./||; s|/expected.stdout$||' | sort)
broken=0
listed=0
while IFS= read -r name; do
  case "$name" in ''|'#'*) continue ;; esac
  listed=$((listed + 1))
  if printf '%s\n' "$failing" | grep -qx -- "$name"; then
    echo "RATCHET: $name passed before and fails now"
    broken=$((broken + 1))
  fi
  if ! printf '%s\n' "$cases" | grep -qx -- "$name"; then
    echo "RATCHET: $name is listed but is not a shared case"
    broken=$((broken + 1))
  fi
done < "$list"
new=$(comm -23 <(printf '%s\n' "$cases" | grep -vxF -f <(printf '%s\n' "$failing" | sed '/^$/d') ) <(grep -v '^#' "$list" | sed '/^$/d' | sort))
if [ -n "$new" ]; then
  echo "Passing but not in tests/conformance_ratchet.txt yet (add them):"
  printf '  %s\n' $new
fi
echo "ratchet: $listed listed cases, $broken broken"
[ "$broken" -eq 0 ]
