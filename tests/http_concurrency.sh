#!/usr/bin/env bash
# An HTTP server under tickscope answers 100 concurrent loopback requests
# made by a second process (node when installed, else tickscope itself),
# and every response is checked. The server runs with --trace, and the trace
# must show the 100 connections and the 100 parsed requests.
#
#   tests/http_concurrency.sh build/tickscope [REQUESTS]
set -u
bin=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
n=${2:-100}
tmp=$(mktemp -d)
server_pid=
cleanup() {
  [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null
  rm -rf "$tmp"
}
trap cleanup EXIT

cat >"$tmp/server.js" <<'EOF'
// Answers each request with its own URL; closes after N responses.
var http = require('http');
var n = +process.argv[2];
var served = 0;
var server = http.createServer(function (req, res) {
  var body = 'ok ' + req.method + ' ' + req.url;
  res.writeHead(200, { 'Content-Type': 'text/plain', 'Content-Length': Buffer.byteLength(body) });
  res.end(body);
  if (++served === n) server.close(function () { console.log('served ' + served); });
});
server.listen(0, '127.0.0.1', function () { console.log(server.address().port); });
EOF

cat >"$tmp/client.js" <<'EOF'
// N requests at once, each on its own connection; checks every response.
var http = require('http');
var port = +process.argv[2];
var n = +process.argv[3];
var agent = new http.Agent({ keepAlive: false, maxSockets: Infinity });
var done = 0;
var bad = 0;
function finish() {
  if (++done < n) return;
  console.log('responses ' + done + ', bad ' + bad);
  process.exitCode = bad === 0 ? 0 : 1;
}
for (var i = 0; i < n; i++) {
  (function (i) {
    var path = '/item?i=' + i;
    http.get({ host: '127.0.0.1', port: port, path: path, agent: agent }, function (res) {
      var body = '';
      res.setEncoding('utf8');
      res.on('data', function (d) { body += d; });
      res.on('end', function () {
        if (res.statusCode !== 200 || body !== 'ok GET ' + path) {
          bad++;
          console.log('bad response for ' + path + ': ' + res.statusCode + ' ' + JSON.stringify(body));
        }
        finish();
      });
    }).on('error', function (err) {
      bad++;
      console.log('error for ' + path + ': ' + err.message);
      finish();
    });
  })(i);
}
EOF

client=(node)
command -v node >/dev/null 2>&1 || client=("$bin" run)

"$bin" run "$tmp/server.js" "$n" --trace "$tmp/trace.jsonl" >"$tmp/server.out" 2>"$tmp/server.err" &
server_pid=$!
port=
for _ in $(seq 1 100); do
  port=$(head -n 1 "$tmp/server.out" 2>/dev/null)
  [ -n "$port" ] && break
  sleep 0.05
done
if [ -z "$port" ]; then
  echo "FAIL: the server did not start"; cat "$tmp/server.err"; exit 1
fi

client_out=$(timeout 60 "${client[@]}" "$tmp/client.js" "$port" "$n" 2>&1)
client_rc=$?
wait "$server_pid"
server_rc=$?
server_pid=
echo "client (${client[*]}): $client_out"
echo "server: $(tail -n +2 "$tmp/server.out")"

fail=0
if [ "$client_rc" -ne 0 ] || [ "$client_out" != "responses $n, bad 0" ]; then
  echo "FAIL: the client saw bad responses (exit $client_rc)"; fail=1
fi
if [ "$server_rc" -ne 0 ] || [ "$(tail -n +2 "$tmp/server.out")" != "served $n" ]; then
  echo "FAIL: the server did not serve $n requests and exit (exit $server_rc)"; cat "$tmp/server.err"; fail=1
fi
accepts=$(grep -c '"kind":"net.accept"' "$tmp/trace.jsonl")
requests=$(grep -c '"kind":"http.request"' "$tmp/trace.jsonl")
echo "trace: $accepts net.accept, $requests http.request"
if [ "$accepts" -ne "$n" ] || [ "$requests" -ne "$n" ]; then
  echo "FAIL: the trace should show $n connections and $n requests"; fail=1
fi
[ "$fail" -eq 0 ] && echo "PASS: $n concurrent requests"
exit "$fail"
