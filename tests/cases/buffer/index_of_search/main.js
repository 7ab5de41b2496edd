// indexOf / lastIndexOf / includes: strings (with an encoding), numbers,
// Buffers, byteOffset (negative counts from the end).
var hay = Buffer.from('this is a buffer, a buffer: \u00e9\u6df1!');
function show(label, v) { console.log(label + ': ' + v); }
show('indexOf("buffer")', hay.indexOf('buffer'));
show('indexOf("buffer", 11)', hay.indexOf('buffer', 11));
show('indexOf("buffer", -8)', hay.indexOf('buffer', -8));
show('indexOf("buffer", -100)', hay.indexOf('buffer', -100));
show('indexOf("buffer", 100)', hay.indexOf('buffer', 100));
show('lastIndexOf("buffer")', hay.lastIndexOf('buffer'));
show('lastIndexOf("buffer", 19)', hay.lastIndexOf('buffer', 19));
show('lastIndexOf("buffer", -100)', hay.lastIndexOf('buffer', -100));
show('indexOf("")', hay.indexOf(''));
show('indexOf("", 5)', hay.indexOf('', 5));
show('indexOf("", 100)', hay.indexOf('', 100));
show('lastIndexOf("")', hay.lastIndexOf(''));
show('indexOf("\\u00e9")', hay.indexOf('\u00e9'));
show('indexOf("\\u6df1")', hay.indexOf('\u6df1'));
show('indexOf("e9", "hex")', hay.indexOf('e9', 'hex'));
show('indexOf("c3a9", 0, "hex")', hay.indexOf('c3a9', 0, 'hex'));
show('indexOf("YnVm", "base64")', hay.indexOf('YnVm', 'base64'));
show('indexOf("\\u00e9", "latin1")', hay.indexOf('\u00e9', 'latin1'));
show('indexOf("is", "ascii")', hay.indexOf('is', 'ascii'));
show('indexOf(0x61)', hay.indexOf(0x61));
show('indexOf(0x161)', hay.indexOf(0x161));
show('indexOf(-159)', hay.indexOf(-159));
show('lastIndexOf(0x61)', hay.lastIndexOf(0x61));
show('lastIndexOf(0x61, 10)', hay.lastIndexOf(0x61, 10));
show('indexOf(Buffer "a b")', hay.indexOf(Buffer.from('a b')));
show('indexOf(Uint8Array [0x2c])', hay.indexOf(new Uint8Array([0x2c])));
show('indexOf(empty Buffer, 3)', hay.indexOf(Buffer.alloc(0), 3));
show('indexOf("buffer", "1")', (function () {
  try { return hay.indexOf('buffer', '1'); } catch (e) { return e.code; }
})());
show('indexOf("buffer", null)', hay.indexOf('buffer', null));
show('indexOf("buffer", {})', hay.indexOf('buffer', {}));
show('lastIndexOf("buffer", NaN)', hay.lastIndexOf('buffer', NaN));
show('includes("buffer:")', hay.includes('buffer:'));
show('includes("Buffer")', hay.includes('Buffer'));
show('includes(0x21, -1)', hay.includes(0x21, -1));
try {
  hay.indexOf({});
} catch (e) {
  show('indexOf({})', e.name + ' ' + e.code + ': ' + e.message);
}
try {
  hay.indexOf('a', 0, 'bogus');
} catch (e) {
  show('indexOf with bad encoding', e.name + ' ' + e.code + ': ' + e.message);
}
var wide = Buffer.from('abcabc', 'utf16le');
show('ucs2 indexOf("c")', wide.indexOf('c', 0, 'ucs2'));
show('ucs2 indexOf("c", 5)', wide.indexOf('c', 5, 'ucs2'));
show('ucs2 lastIndexOf("ab")', wide.lastIndexOf('ab', undefined, 'utf16le'));
show('ucs2 indexOf(Buffer [0x63, 0x00])', wide.indexOf(Buffer.from([0x63, 0x00]), 0, 'ucs2'));
show('ucs2 indexOf(Buffer [0x00, 0x62])', wide.indexOf(Buffer.from([0x00, 0x62]), 0, 'ucs2'));
show('bytes indexOf(Buffer [0x00, 0x62])', wide.indexOf(Buffer.from([0x00, 0x62])));
