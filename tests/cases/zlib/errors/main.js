// zlib's errors as Node reports them: bad data, a truncated stream, a
// missing or wrong dictionary, and option checks.
var zlib = require('zlib');
function attempt(label, f) {
  try {
    var r = f();
    console.log(label + ': ' + (Buffer.isBuffer(r) ? r.length + ' bytes' : r));
  } catch (e) {
    console.log(label + ': ' + e.name + ' ' + e.code + ' ' + (e.errno === undefined ? '' : e.errno + ' ') + e.message);
  }
}
var g = zlib.gzipSync('some text to compress, some text to compress');
var withDict = zlib.deflateSync('hello zlib hello', { dictionary: Buffer.from('hello zlib') });
attempt('garbage', function () { return zlib.inflateSync(Buffer.from('garbage')); });
attempt('truncated gzip', function () { return zlib.gunzipSync(g.slice(0, 20)); });
attempt('gzip as deflate', function () { return zlib.inflateSync(g); });
attempt('missing dictionary', function () { return zlib.inflateSync(withDict); });
attempt('bad dictionary', function () { return zlib.inflateSync(withDict, { dictionary: Buffer.from('nope') }); });
attempt('level 10', function () { return zlib.deflateSync('x', { level: 10 }); });
attempt('level string', function () { return zlib.deflateSync('x', { level: 'high' }); });
attempt('level Infinity', function () { return zlib.deflateSync('x', { level: Infinity }); });
attempt('level NaN', function () { return zlib.deflateSync('x', { level: NaN }); });
attempt('gzip windowBits 8', function () { return zlib.gzipSync('x', { windowBits: 8 }); });
attempt('deflate windowBits 8', function () { return zlib.deflateSync('x', { windowBits: 8 }); });
attempt('chunkSize 10', function () { return zlib.deflateSync('x', { chunkSize: 10 }); });
attempt('memLevel 0', function () { return zlib.deflateSync('x', { memLevel: 0 }); });
attempt('strategy 9', function () { return zlib.deflateSync('x', { strategy: 9 }); });
attempt('dictionary string', function () { return zlib.deflateSync('x', { dictionary: 'abc' }); });
attempt('input number', function () { return zlib.deflateSync(5); });
attempt('no callback', function () { return zlib.deflate('x'); });
attempt('maxOutputLength', function () { return zlib.inflateSync(zlib.deflateSync(Buffer.alloc(5000)), { maxOutputLength: 1000 }); });
zlib.inflate(Buffer.from('nope'), function (err, out) {
  console.log('async garbage: ' + err.code + ' ' + err.errno + ' ' + err.message + ' ' + out);
  zlib.gunzip(g.slice(0, 20), function (err2) {
    console.log('async truncated: ' + err2.code + ' ' + err2.message);
  });
});
