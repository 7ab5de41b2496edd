// latin1 (binary) keeps the low byte of each UTF-16 unit; ascii writes the
// same way but decodes with the high bit cleared.
function codes(s) {
  var out = [];
  for (var i = 0; i < s.length; i++) out.push(s.charCodeAt(i).toString(16));
  return out.join(' ');
}
var s = 'A\u00e9\u00ff\u0100\u20ac\u6df1\ud83d\ude00';
console.log('latin1 encode: ' + Buffer.from(s, 'latin1').toString('hex'));
console.log('binary encode: ' + Buffer.from(s, 'binary').toString('hex'));
console.log('ascii encode: ' + Buffer.from(s, 'ascii').toString('hex'));
console.log('byteLength latin1 ' + Buffer.byteLength(s, 'latin1') + ' ascii ' + Buffer.byteLength(s, 'ascii'));
var bytes = Buffer.from([0x00, 0x41, 0x7f, 0x80, 0xa9, 0xe9, 0xff]);
console.log('latin1 decode: ' + codes(bytes.toString('latin1')));
console.log('ascii decode: ' + codes(bytes.toString('ascii')));
console.log('latin1 round trip: ' + Buffer.from(bytes.toString('latin1'), 'latin1').equals(bytes));
var w = Buffer.alloc(3);
console.log('latin1 write into 3: ' + w.write('\u00e9\u00e8\u00e7\u00e6', 'latin1') + ' ' + w.toString('hex'));
console.log('fill latin1 \u00e9: ' + Buffer.alloc(3, '\u00e9', 'latin1').toString('hex'));
console.log('fill utf8 \u00e9: ' + Buffer.alloc(3, '\u00e9').toString('hex'));
