// createHash: known digests of several algorithms (and OpenSSL's aliases),
// output encodings, input encodings, copy(), and the one-call crypto.hash.
var crypto = require('crypto');
var inputs = ['', 'abc', 'The quick brown fox jumps over the lazy dog', 'caf\u00e9 \u20ac \ud83d\ude00'];
['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'sha3-256', 'sha512-256', 'ripemd160',
  'RSA-SHA256', 'SHA256'].forEach(function (alg) {
  inputs.forEach(function (input) {
    console.log(alg + ' ' + JSON.stringify(input) + ' ' + crypto.createHash(alg).update(input).digest('hex'));
  });
});
var h = crypto.createHash('sha256').update('ab');
console.log(['base64', 'base64url', 'latin1', 'hex'].map(function (e) {
  return h.copy().digest(e);
}).join('\n'));
var d = h.digest();
console.log(Buffer.isBuffer(d), d.length, d.buffer.byteLength, d.byteOffset);
console.log(crypto.createHash('md5').update('e282ac', 'hex').digest('hex') ===
  crypto.createHash('md5').update('\u20ac').digest('hex'));
console.log(crypto.createHash('md5').update('AAEC', 'base64').digest('hex'));
console.log(crypto.createHash('md5').update('\u00e9', 'latin1').digest('hex'));
console.log(crypto.createHash('sha1').update(new Uint16Array([1, 2])).update(Buffer.from([3])).digest('hex'));
var part = crypto.createHash('sha1').update('a');
var copy = part.copy();
part.update('b');
console.log(part.digest('hex'), copy.digest('hex'));
console.log(crypto.hash('sha1', 'abc'), crypto.hash('md5', 'abc', 'base64'), crypto.hash('sha256', Buffer.from('abc'), 'buffer').length);
