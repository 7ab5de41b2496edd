// ucs2 / utf16le: little-endian UTF-16 units; an odd final byte is ignored
// when decoding, writes take whole units only; lone surrogates pass through.
function codes(s) {
  var out = [];
  for (var i = 0; i < s.length; i++) out.push(s.charCodeAt(i).toString(16));
  return out.join(' ');
}
['ucs2', 'ucs-2', 'utf16le', 'utf-16le', 'UTF16LE'].forEach(function (e) {
  console.log(e + ': ' + Buffer.from('h\u00e9\u6df1', e).toString('hex'));
});
var s = 'a\ud83d\ude00\ud800z';
console.log('encode: ' + Buffer.from(s, 'utf16le').toString('hex') + ' byteLength ' + Buffer.byteLength(s, 'ucs2'));
console.log('decode: ' + codes(Buffer.from(s, 'utf16le').toString('utf16le')));
console.log('odd bytes: [' + codes(Buffer.from([0x41, 0x00, 0x42]).toString('ucs2')) + ']');
console.log('one byte: [' + codes(Buffer.from([0x41]).toString('ucs2')) + ']');
for (var cap = 0; cap <= 5; cap++) {
  var w = Buffer.alloc(cap, 0x2e);
  console.log('write "abc" into ' + cap + ' -> ' + w.write('abc', 'ucs2') + ' ' + w.toString('hex'));
}
console.log('toString ucs2 odd range: [' + codes(Buffer.from('abcd', 'ucs2').toString('ucs2', 1, 6)) + ']');
console.log('indexOf ucs2 "c": ' + Buffer.from('abcabc', 'ucs2').indexOf('c', 0, 'ucs2') +
  ', lastIndexOf: ' + Buffer.from('abcabc', 'ucs2').lastIndexOf('c', undefined, 'ucs2'));
console.log('fill ucs2: ' + Buffer.alloc(5, '\u6df1', 'ucs2').toString('hex'));
