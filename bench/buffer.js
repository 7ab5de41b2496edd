'use strict';

// Buffer throughput: run as `tickscope run bench/buffer.js` and
// `node bench/buffer.js` and compare (bench/run.sh does, side by side).
// Prints "<metric> <ms>" lines, each the best of 5 runs:
//   from_utf8_1mb_ms, tostring_utf8_1mb_ms: Buffer.from(str) and
//     buf.toString() for 1 MB of UTF-8 text (mixed: ASCII, Latin-1, CJK and
//     a surrogate pair per line);
//   tostring_base64_1mb_ms, from_base64_1mb_ms: buf.toString('base64') and
//     Buffer.from(str, 'base64') for 1 MB of bytes;
//   alloc_unsafe_100k_ms: 100,000 Buffer.allocUnsafe(100) (pooled: 8 KiB
//     slabs, 78 Buffers each).

function now() {
  var t = process.hrtime();
  return t[0] * 1e3 + t[1] / 1e6;
}

function best(label, runs, fn) {
  var min = Infinity;
  var result;
  for (var i = 0; i < runs; i++) {
    var t0 = now();
    result = fn();
    var ms = now() - t0;
    if (ms < min) min = ms;
  }
  console.log(label + ' ' + min.toFixed(2));
  return result;
}

var MB = 1024 * 1024;

// ~1 MB of UTF-8 text.
var line = 'The quick brown fox, caf\u00e9 cr\u00e8me, \u6df1\u5165\u6d45\u51fa node.js \ud83d\ude00 jumps.\n';
var parts = [];
var size = 0;
while (size < MB) {
  parts.push(line);
  size += Buffer.byteLength(line);
}
var text = parts.join('');

var utf8 = best('from_utf8_1mb_ms', 5, function () { return Buffer.from(text); });
var decoded = best('tostring_utf8_1mb_ms', 5, function () { return utf8.toString(); });
if (decoded !== text) throw new Error('utf8 round trip failed');

// 1 MB of bytes and their base64 form.
var bytes = Buffer.allocUnsafe(MB);
for (var i = 0; i < MB; i++) bytes[i] = (i * 7 + (i >> 8)) & 0xff;
var b64 = best('tostring_base64_1mb_ms', 5, function () { return bytes.toString('base64'); });
var back = best('from_base64_1mb_ms', 5, function () { return Buffer.from(b64, 'base64'); });
if (!back.equals(bytes)) throw new Error('base64 round trip failed');

best('alloc_unsafe_100k_ms', 5, function () {
  var last;
  for (var k = 0; k < 100000; k++) last = Buffer.allocUnsafe(100);
  return last;
});
