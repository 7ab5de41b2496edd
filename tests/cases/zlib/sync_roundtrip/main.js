// The *Sync functions: deflate/inflate, gzip/gunzip, raw, unzip (either
// header), concatenated gzip members, crc32, the constants and codes. The
// compressed bytes are not printed: Node bundles Chromium's zlib, whose
// output differs from Debian's zlib in places (both decode the same).
var zlib = require('zlib');
var input = 'hello hello hello hello zlib '.repeat(100);
var d = zlib.deflateSync(input);
console.log(d.length < input.length, d[0].toString(16), zlib.inflateSync(d).toString() === input);
var g = zlib.gzipSync(input);
console.log(g[0], g[1], zlib.gunzipSync(g).toString().length, zlib.unzipSync(g).toString().length, zlib.unzipSync(d).toString().length);
var r = zlib.deflateRawSync(input, { level: 9 });
console.log(zlib.inflateRawSync(r).toString().length);
[0, 1, 6, 9].forEach(function (level) {
  var packed = zlib.deflateSync(input, { level: level });
  console.log('level', level, zlib.inflateSync(packed).toString() === input,
    zlib.inflateSync(zlib.deflateSync(input, { level: level, strategy: zlib.constants.Z_HUFFMAN_ONLY })).length);
});
console.log(zlib.deflateSync('').toString('hex'), zlib.inflateSync(zlib.deflateSync('')).length);
console.log(zlib.gunzipSync(Buffer.concat([zlib.gzipSync('ab'), zlib.gzipSync('cd')])).toString());
console.log(zlib.inflateSync(zlib.deflateSync(new Uint16Array([1, 2, 3]))).toString('hex'), zlib.inflateSync(zlib.deflateSync(new ArrayBuffer(3))).toString('hex'));
console.log(zlib.crc32('hello'), zlib.crc32(Buffer.from('world'), zlib.crc32('hello ')), zlib.crc32(''));
console.log(zlib.constants.Z_BEST_COMPRESSION, zlib.Z_BEST_COMPRESSION, zlib.codes.Z_DATA_ERROR, zlib.codes['-3'],
  zlib.constants.Z_DEFAULT_CHUNK, zlib.constants.Z_MIN_WINDOWBITS, Object.keys(zlib).indexOf('Z_BEST_COMPRESSION'));
