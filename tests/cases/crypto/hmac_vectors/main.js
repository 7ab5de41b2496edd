// createHmac: RFC 4231 test vectors for HMAC-SHA-224/256/384/512, keys as
// strings and Buffers (also longer than a block, and empty); a second
// digest() of an Hmac is empty rather than an error.
var crypto = require('crypto');
var vectors = [
  [Buffer.alloc(20, 0x0b), 'Hi There'],
  ['Jefe', 'what do ya want for nothing?'],
  [Buffer.alloc(20, 0xaa), Buffer.alloc(50, 0xdd)],
  [Buffer.alloc(131, 0xaa), 'Test Using Larger Than Block-Size Key - Hash Key First'],
  ['', 'empty key'],
  [new Uint8Array([1, 2, 3]), '']
];
vectors.forEach(function (v, i) {
  ['sha224', 'sha256', 'sha384', 'sha512', 'md5'].forEach(function (alg) {
    console.log(i + ' ' + alg + ' ' + crypto.createHmac(alg, v[0]).update(v[1]).digest('hex'));
  });
});
var h = crypto.createHmac('sha256', 'k').update('a');
console.log(h.digest('base64'));
console.log(JSON.stringify(h.digest('hex')), h.digest().length);
