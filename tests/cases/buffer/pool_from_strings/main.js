// Buffer.from(string) is pooled when the string is short: the pool check
// uses 4 bytes per character, the Buffer takes only the bytes written.
var r = [];
function A(label, b) { r.push([label, b]); }
A("from('hello')", Buffer.from('hello'));
A("from('h\u00e9llo w\u00f6rld')", Buffer.from('h\u00e9llo w\u00f6rld'));
A("from('aGVsbG8=', 'base64')", Buffer.from('aGVsbG8=', 'base64'));
A("from('abcdef', 'hex')", Buffer.from('abcdef', 'hex'));
A("from('abc', 'ucs2')", Buffer.from('abc', 'ucs2'));
A("from('x' x 1000)", Buffer.from(new Array(1001).join('x')));
A("from('x' x 1000) again", Buffer.from(new Array(1001).join('x')));
A("from('x' x 1100)", Buffer.from(new Array(1101).join('x')));
A("from('x' x 4096)", Buffer.from(new Array(4097).join('x')));
A("from('\u00e9' x 2000)", Buffer.from(new Array(2001).join('\u00e9')));
A("from('zz', 'hex')", Buffer.from('zz', 'hex'));
A("from('')", Buffer.from(''));
A("from('after')", Buffer.from('after'));
var slabs = [];
r.forEach(function (e) {
  var b = e[1];
  var i = slabs.indexOf(b.buffer);
  if (i < 0) {
    slabs.push(b.buffer);
    i = slabs.length - 1;
  }
  console.log(e[0] + ' -> slab#' + i + ' (' + b.buffer.byteLength + ' bytes) offset ' + b.byteOffset +
    ' length ' + b.length);
});
