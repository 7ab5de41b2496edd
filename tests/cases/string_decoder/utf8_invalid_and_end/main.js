// Invalid bytes and unfinished characters: a byte that cannot continue the
// held character ends it (U+FFFD); end() flushes what is held as U+FFFD.
var StringDecoder = require('string_decoder').StringDecoder;
function codes(s) {
  var out = [];
  for (var i = 0; i < s.length; i++) out.push(s.charCodeAt(i).toString(16));
  return '[' + out.join(' ') + ']';
}
var sequences = [
  [[0xe6, 0xb7], [0x41]],
  [[0xe6], [0xb7], [0xb1]],
  [[0xf0, 0x9f], [0x98, 0x41]],
  [[0xc3], [0xc3, 0xa9]],
  [[0x80, 0x80]],
  [[0x41, 0x80]],
  [[0x80, 0x80, 0x80, 0x80]],
  [[0xff]],
  [[0xf8, 0x80]],
  [[0xed, 0xa0], [0x80]],
  [[0xe6, 0xb7, 0xb1, 0xe6]],
  [[0xe6, 0xb7]],
  [[0xf0]],
  [[0xc3, 0xa9, 0xa9]]
];
sequences.forEach(function (seq) {
  var d = new StringDecoder('utf8');
  var parts = seq.map(function (chunk) {
    var s = d.write(Buffer.from(chunk));
    return Buffer.from(chunk).toString('hex') + '>' + codes(s) + '(need ' + d.lastNeed + ')';
  });
  console.log(parts.join(' ') + ' end>' + codes(d.end()));
});
var d = new StringDecoder('utf8');
console.log('end(buf): ' + codes(d.end(Buffer.from([0x61, 0xe6, 0xb7]))));
console.log('reusable after end: ' + codes(d.write(Buffer.from('ok'))));
try {
  d.write(42);
} catch (e) {
  console.log('write(42): ' + e.name + ' ' + e.code + ': ' + e.message);
}
try {
  var x = new StringDecoder('bogus');
} catch (e) {
  console.log('bogus encoding: ' + e.name + ' ' + e.code + ': ' + e.message);
}
