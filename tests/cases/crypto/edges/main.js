// Edge cases of crypto as Node 20 has them: input and output encodings of
// update/digest, a Hash used as a stream and then asked for its digest,
// shake's outputLength, an Hmac key in an encoding, HKDF's length limits,
// an algorithm OpenSSL knows but will not run (md4), randomBytes rounding.
var crypto = require('crypto');
var stream = require('stream');
function attempt(label, f) {
  try {
    var r = f();
    console.log(label + ': ' + (Buffer.isBuffer(r) ? 'Buffer ' + r.toString('hex') : r instanceof ArrayBuffer ? 'ArrayBuffer ' + r.byteLength : r));
  } catch (e) {
    console.log(label + ': ' + e.name + ' ' + e.code + ' ' + e.message);
  }
}
attempt('odd hex', function () { return crypto.createHash('md5').update('abc', 'hex').digest('hex'); });
attempt('unknown input encoding', function () { return crypto.createHash('md5').update('abc', 'bogus').digest('hex'); });
attempt('buffer input encoding', function () { return crypto.createHash('md5').update('\u00e9', 'buffer').digest('hex'); });
attempt('unknown output encoding', function () { return crypto.createHash('md5').update('a').digest('bogus'); });
attempt('ArrayBuffer input', function () { return crypto.createHash('md5').update(new ArrayBuffer(4)); });
attempt('hash ArrayBuffer', function () { return crypto.hash('sha1', new ArrayBuffer(2)); });
attempt('hash bad encoding', function () { return crypto.hash('sha1', 'a', 'bogus'); });
attempt('hash buffer encoding', function () { return crypto.hash('sha1', 'a', 'buffer'); });
attempt('hash unknown', function () { return crypto.hash('nope', 'a'); });
attempt('md4', function () { return crypto.createHash('md4'); });
attempt('pbkdf2 md4', function () { return crypto.pbkdf2Sync('p', 's', 1, 8, 'md4'); });
attempt('shake256 8', function () { return crypto.createHash('shake256', { outputLength: 8 }).update('a').digest('hex'); });
attempt('shake128 default', function () { return crypto.createHash('shake128').update('a').digest('hex'); });
attempt('sha256 outputLength', function () { return crypto.createHash('sha256', { outputLength: 8 }); });
attempt('hmac hex key', function () { return crypto.createHmac('sha1', '6b', { encoding: 'hex' }).update('x').digest('hex'); });
attempt('Hash from Hash', function () { return new crypto.Hash(crypto.createHash('md5')); });
attempt('hkdf 0', function () { return crypto.hkdfSync('sha256', 'k', 's', 'i', 0); });
attempt('hkdf max', function () { return crypto.hkdfSync('sha256', 'k', 's', 'i', 255 * 32); });
attempt('hkdf too long', function () { return crypto.hkdfSync('sha256', 'k', 's', 'i', 255 * 32 + 1); });
attempt('randomBytes 1.5', function () { return crypto.randomBytes(1.5).length; });
var h = crypto.createHash('sha1');
h.write('a');
attempt('digest while streaming', function () { return h.digest('hex'); });
h.end();
h.on('data', function (d) { console.log('stream data', d.toString('hex')); });
var piped = crypto.createHash('sha1');
stream.Readable.from(['ab', 'c']).pipe(piped).on('finish', function () {
  attempt('digest after finish', function () { return piped.digest('hex'); });
  attempt('digest again', function () { return piped.digest('hex'); });
});
