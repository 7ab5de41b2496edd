'use strict';

// crypto (Node's lib/crypto.js): hashes and HMACs, key derivation (pbkdf2,
// scrypt, hkdf), random values, and timingSafeEqual, on OpenSSL's libcrypto.
// Not provided: ciphers, signatures, key pairs, Diffie-Hellman, X.509 and
// webcrypto's subtle (require('crypto').createCipheriv is undefined).
//
// The async forms (pbkdf2, scrypt, hkdf, randomBytes/randomFill with a
// callback) run on libuv's thread pool, like fs: in the trace each is a
// pool request whose callback runs in a poll phase.

var binding = internalBinding('crypto');
var errors = require('internal/errors');
var types = require('internal/util/types');
var hash = require('internal/crypto/hash');
var random = require('internal/crypto/random');
var pbkdf2 = require('internal/crypto/pbkdf2');
var scrypt = require('internal/crypto/scrypt');
var hkdf = require('internal/crypto/hkdf');

var ERR_INVALID_ARG_TYPE = errors.codes.ERR_INVALID_ARG_TYPE;
var ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH = errors.registerCode(
  'ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH', 'Input buffers must have the same byte length', RangeError);

function createHash(algorithm, options) {
  return new hash.Hash(algorithm, options);
}

function createHmac(hmac, key, options) {
  return new hash.Hmac(hmac, key, options);
}

var hashes;
function getHashes() {
  if (hashes === undefined) hashes = binding.getHashes();
  return hashes.slice();
}

function bytesOf(buf, name) {
  if (types.isArrayBuffer(buf)) return new Uint8Array(buf);
  if (types.isArrayBufferView(buf)) return new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
  var err = new ERR_INVALID_ARG_TYPE(name, ['ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'], buf);
  // Node's message here ends after the list, without "Received ...".
  err.message = 'The "' + name + '" argument must be an instance of ArrayBuffer, Buffer, ' +
    'TypedArray, or DataView.';
  throw err;
}

// Compares two byte sequences in time that depends only on their length.
function timingSafeEqual(buf1, buf2) {
  var a = bytesOf(buf1, 'buf1');
  var b = bytesOf(buf2, 'buf2');
  if (a.length !== b.length) throw new ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH();
  var diff = 0;
  for (var i = 0; i < a.length; i++) diff |= a[i] ^ b[i];
  return diff === 0;
}

var webcrypto = {
  getRandomValues: random.getRandomValues,
  randomUUID: random.randomUUID
};

module.exports = {
  Hash: hash.Hash,
  Hmac: hash.Hmac,
  createHash: createHash,
  createHmac: createHmac,
  getHashes: getHashes,
  getRandomValues: random.getRandomValues,
  hash: hash.hash,
  hkdf: hkdf.hkdf,
  hkdfSync: hkdf.hkdfSync,
  pbkdf2: pbkdf2.pbkdf2,
  pbkdf2Sync: pbkdf2.pbkdf2Sync,
  randomBytes: random.randomBytes,
  randomFill: random.randomFill,
  randomFillSync: random.randomFillSync,
  randomInt: random.randomInt,
  randomUUID: random.randomUUID,
  scrypt: scrypt.scrypt,
  scryptSync: scrypt.scryptSync,
  timingSafeEqual: timingSafeEqual,
  webcrypto: webcrypto
};
