// Invalid UTF-8 decodes to U+FFFD, one per "maximal subpart" (WHATWG), as
// V8's decoder does. Char codes are printed so the output is plain ASCII.
function codes(s) {
  var out = [];
  for (var i = 0; i < s.length; i++) out.push(s.charCodeAt(i).toString(16));
  return out.join(' ');
}
var cases = [
  ['ascii', [0x41, 0x42]],
  ['lone continuation', [0x80]],
  ['two continuations', [0x80, 0xbf]],
  ['C0 80 (overlong)', [0xc0, 0x80]],
  ['C1 BF (overlong)', [0xc1, 0xbf]],
  ['C2 alone', [0xc2]],
  ['C2 then A', [0xc2, 0x41]],
  ['E0 80 80 (overlong)', [0xe0, 0x80, 0x80]],
  ['E0 A0 (truncated)', [0xe0, 0xa0]],
  ['E0 A0 80 (U+0800)', [0xe0, 0xa0, 0x80]],
  ['ED A0 80 (surrogate)', [0xed, 0xa0, 0x80]],
  ['ED 9F BF (U+D7FF)', [0xed, 0x9f, 0xbf]],
  ['EF BF BF (U+FFFF)', [0xef, 0xbf, 0xbf]],
  ['F0 80 80 80 (overlong)', [0xf0, 0x80, 0x80, 0x80]],
  ['F0 9F 98 80 (U+1F600)', [0xf0, 0x9f, 0x98, 0x80]],
  ['F0 9F 98 (truncated)', [0xf0, 0x9f, 0x98]],
  ['F0 9F then A', [0xf0, 0x9f, 0x41]],
  ['F4 8F BF BF (U+10FFFF)', [0xf4, 0x8f, 0xbf, 0xbf]],
  ['F4 90 80 80 (too big)', [0xf4, 0x90, 0x80, 0x80]],
  ['F5', [0xf5, 0x41]],
  ['FE FF', [0xfe, 0xff]],
  ['E6 B7 then E6 B7 B1', [0xe6, 0xb7, 0xe6, 0xb7, 0xb1]],
  ['mixed', [0x61, 0xff, 0xc3, 0xa9, 0xe2, 0x82, 0x62, 0xf0, 0x90, 0x8d, 0x88]]
];
cases.forEach(function (c) {
  var b = Buffer.from(c[1]);
  var s = b.toString();
  console.log(c[0] + ': [' + codes(s) + '] length ' + s.length + ', back to utf8: ' +
    Buffer.from(s).toString('hex') + ', isUtf8: ' + require('buffer').isUtf8(b));
});
// A decode of a range that cuts a character.
var zh = Buffer.from('\u6df1\u5165');
console.log('cut at 1: [' + codes(zh.toString('utf8', 1)) + ']');
console.log('cut at 0..4: [' + codes(zh.toString('utf8', 0, 4)) + ']');
