#!/bin/sh
# Regenerates the "Every event kind" section of docs/trace-format.md from the
# event table compiled into tickscope.
#   docs/update-trace-format.sh build/tickscope
set -eu
bin=${1:-build/tickscope}
doc=$(dirname "$0")/trace-format.md
tmp=$(mktemp)
"$bin" events --markdown >"$tmp.kinds"
awk -v kinds="$tmp.kinds" '
  /<!-- BEGIN EVENT KINDS -->/ { print; while ((getline line < kinds) > 0) print line; skip = 1; next }
  /<!-- END EVENT KINDS -->/ { skip = 0 }
  !skip { print }
' "$doc" >"$tmp"
mv "$tmp" "$doc"
rm -f "$tmp.kinds"
echo "updated $doc"
