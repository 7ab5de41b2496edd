// Encoding JS strings to UTF-8: a surrogate pair becomes one 4-byte
// sequence, a lone surrogate becomes EF BF BD; writes never cut a character.
function codes(s) {
  var out = [];
  for (var i = 0; i < s.length; i++) out.push(s.charCodeAt(i).toString(16));
  return out.join(' ');
}
var smile = '\ud83d\ude00';
console.log('smile length ' + smile.length + ', codes ' + codes(smile));
var strings = [
  ['pair', smile],
  ['lone high', '\ud83d'],
  ['lone low', '\ude00'],
  ['low then high', '\ude00\ud83d'],
  ['high high low', '\ud83d\ud83d\ude00'],
  ['U+10FFFF', '\udbff\udfff'],
  ['text around', 'a' + smile + 'b\ud800c'],
  ['BMP edge', '\u007f\u0080\u07ff\u0800\uffff']
];
strings.forEach(function (e) {
  var b = Buffer.from(e[1]);
  console.log(e[0] + ': ' + b.toString('hex') + ' byteLength ' + Buffer.byteLength(e[1]) +
    ' round trip [' + codes(b.toString()) + ']');
});
// Partial writes: only whole characters fit.
var s = 'ab' + smile + '\u00e9';
for (var cap = 0; cap <= 9; cap++) {
  var w = Buffer.alloc(cap, 0x2e);
  var n = w.write(s);
  console.log('write into ' + cap + ' bytes -> ' + n + ' ' + w.toString('hex'));
}
var big = Buffer.alloc(4);
console.log('write at offset 1: ' + big.write(smile, 1) + ' ' + big.toString('hex'));
console.log('write at offset 0 length 3: ' + big.write(smile, 0, 3) + ' ' + big.toString('hex'));

