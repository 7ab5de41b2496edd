#!/usr/bin/env bash
# The command line's answers to bad input: each case runs tickscope and
# checks its exit code and one line it must print on stderr.
#
#   tests/cli/run_cli_tests.sh build/tickscope
set -u
bin=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
failed=0
count=0

# expect CODE 'STDERR TEXT' ARGS...: runs tickscope ARGS in $tmp.
expect() {
  local code=$1 text=$2
  shift 2
  count=$((count + 1))
  (cd "$tmp" && "$bin" "$@" > out.txt 2> err.txt)
  local got=$?
  if [ "$got" != "$code" ] || ! grep -qF -- "$text" "$tmp/err.txt"; then
    echo "FAIL tickscope $*: exit $got (expected $code), stderr:"
    sed 's/^/    /' "$tmp/err.txt" | head -5
    echo "    (expected it to contain: $text)"
    failed=$((failed + 1))
  fi
}

# expect_out CODE 'STDOUT TEXT' ARGS...: the same, for a line on stdout.
expect_out() {
  local code=$1 text=$2
  shift 2
  count=$((count + 1))
  (cd "$tmp" && "$bin" "$@" > out.txt 2> err.txt)
  local got=$?
  if [ "$got" != "$code" ] || ! grep -qF -- "$text" "$tmp/out.txt"; then
    echo "FAIL tickscope $*: exit $got (expected $code), stdout:"
    sed 's/^/    /' "$tmp/out.txt" | head -8
    echo "    (expected it to contain: $text)"
    failed=$((failed + 1))
  fi
}

echo 'console.log("hi")' > "$tmp/ok.js"
printf 'var a = 1;\nlet b = 2;\n' > "$tmp/es6.js"
printf 'var x = 1;\nfoo bar;\n' > "$tmp/syntax.js"
echo 'while (true) {}' > "$tmp/spin.js"
echo "require('worker_threads')" > "$tmp/workers.js"

expect 9 "bad option: --no-such-option" run --no-such-option ok.js
expect 9 "needs a positive whole number" run ok.js --timeout soon
expect 9 "needs a positive whole number, got '-5'" run ok.js --timeout -5
expect 9 "needs a positive whole number, got '-5'" run --max-events -5 ok.js
expect 9 "needs a positive whole number" run --max-memory 99999999999999999999 ok.js
expect 9 "which script?" run
expect 1 "Cannot find module" run missing.js
expect 1 "cannot write the trace file /no/such/dir/t.jsonl" run ok.js --trace /no/such/dir/t.jsonl
expect 1 "the trace file /dev/full is incomplete: No space left on device" run ok.js --trace /dev/full
expect 1 "es6.js:2" run es6.js
expect 1 "syntax.js:2" run syntax.js
expect 124 "--timeout 200" run spin.js --timeout 200
expect 1 "'worker_threads' is a Node.js built-in module that tickscope does not provide" run workers.js

# tickscope why: a script run here, and the trace it left.
cat > "$tmp/io.js" <<'EOS'
require('fs').stat(__filename, function afterStat() {
  setTimeout(function later() {}, 0);
  setImmediate(function soon() {});
});
EOS
expect_out 0 "soon                         setImmediate" why io.js
expect_out 0 "scheduled by  afterStat (I/O callback" why io.js soon
expect_out 0 "rule: Check phase" why io.js soon
expect_out 1 "No callback named nothing ran" why io.js nothing
(cd "$tmp" && "$bin" run io.js --trace io.jsonl > /dev/null 2>&1)
expect_out 0 "later: setTimeout callback" why io.jsonl later
expect 2 "which script or trace?" why

# tickscope export: a fork's two traces as one Chrome trace, each IPC message
# an arrow that goes forward in time (node checks the file).
cat > "$tmp/fork.js" <<'EOS'
var cp = require('child_process');
if (process.argv[2] === 'child') {
  process.on('message', function (m) { process.send(m * 2); });
} else {
  var child = cp.fork(__filename, ['child']);
  var got = 0;
  child.on('message', function () { if (++got === 2) child.disconnect(); else child.send(2); });
  child.send(1);
}
EOS
(cd "$tmp" && "$bin" run fork.js --trace fork.jsonl > /dev/null 2>&1)
expect_out 0 "2 processes, 4 IPC messages linked" export fork.jsonl --chrome-trace fork.json
count=$((count + 1))
if ! node -e '
  const ev = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")).traceEvents;
  const pids = new Set(ev.map(e => e.pid));
  const flows = {};
  for (const e of ev) if (e.cat === "ipc") (flows[e.id] = flows[e.id] || {})[e.ph] = +e.ts;
  const ok = Object.values(flows).every(f => f.s !== undefined && f.f !== undefined && f.f >= f.s);
  process.exit(pids.size === 2 && Object.keys(flows).length === 4 && ok ? 0 : 1);
' "$tmp/fork.json"; then
  echo "FAIL tickscope export: fork.json is not two processes with 4 forward IPC arrows"
  failed=$((failed + 1))
fi
expect 2 "a trace and --chrome-trace OUT are needed" export fork.jsonl

echo "$((count - failed)) passed, $failed failed"
[ "$failed" -eq 0 ]
