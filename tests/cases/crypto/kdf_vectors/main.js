// Key derivation with known answers: PBKDF2 (RFC 6070 for HMAC-SHA1, and
// SHA-256/512), scrypt (RFC 7914 and Node's defaults, option aliases) and
// HKDF (RFC 5869 case 1; the result is an ArrayBuffer).
var crypto = require('crypto');
console.log(crypto.pbkdf2Sync('password', 'salt', 1, 20, 'sha1').toString('hex'));
console.log(crypto.pbkdf2Sync('password', 'salt', 2, 20, 'sha1').toString('hex'));
console.log(crypto.pbkdf2Sync('password', 'salt', 4096, 20, 'sha1').toString('hex'));
console.log(crypto.pbkdf2Sync('passwordPASSWORDpassword', 'saltSALTsaltSALTsaltSALTsaltSALTsalt', 4096, 25, 'sha1').toString('hex'));
console.log(crypto.pbkdf2Sync('pass\u0000word', 'sa\u0000lt', 4096, 16, 'sha1').toString('hex'));
console.log(crypto.pbkdf2Sync(Buffer.from('pw'), new Uint8Array([1, 2, 3]), 10, 64, 'sha512').toString('hex'));
console.log(JSON.stringify(crypto.pbkdf2Sync('pw', 'salt', 1, 0, 'sha256')));
console.log(crypto.scryptSync('', '', 64, { N: 16, r: 1, p: 1 }).toString('hex'));
console.log(crypto.scryptSync('password', 'NaCl', 64, { cost: 1024, blockSize: 8, parallelization: 16 }).toString('hex'));
console.log(crypto.scryptSync('password', 'salt', 16).toString('hex'));
console.log(crypto.scryptSync('password', 'salt', 16, { N: 0, r: 0, p: 0, maxmem: 0 }).toString('hex'));
var ikm = Buffer.alloc(22, 0x0b);
var salt = Buffer.from('000102030405060708090a0b0c', 'hex');
var info = Buffer.from('f0f1f2f3f4f5f6f7f8f9', 'hex');
var okm = crypto.hkdfSync('sha256', ikm, salt, info, 42);
console.log(Object.prototype.toString.call(okm), okm.byteLength, Buffer.from(okm).toString('hex'));
console.log(Buffer.from(crypto.hkdfSync('sha512', 'key', '', '', 8)).toString('hex'));
