'use strict';

// crypto.hkdf and hkdfSync (Node's lib/internal/crypto/hkdf.js): HKDF
// (RFC 5869) extract-and-expand. The result is an ArrayBuffer, not a
// Buffer, as in Node. The async form runs on the thread pool.

var binding = internalBinding('crypto');
var errors = require('internal/errors');
var validators = require('internal/validators');
var util = require('internal/crypto/util');
var servedBy = require('internal/trace').servedBy;
var ERR_CRYPTO_INVALID_DIGEST = require('internal/crypto/hash').ERR_CRYPTO_INVALID_DIGEST;

var ERR_INVALID_ARG_TYPE = errors.codes.ERR_INVALID_ARG_TYPE;
var ERR_OUT_OF_RANGE = errors.codes.ERR_OUT_OF_RANGE;

function byteSource(value, name) {
  if (typeof value === 'string' || util.isByteView(value)) return value;
  throw new ERR_INVALID_ARG_TYPE(name, ['string', 'ArrayBuffer', 'TypedArray', 'DataView', 'Buffer'], value);
}

function byteLengthOf(value) {
  return typeof value === 'string' ? require('buffer').Buffer.byteLength(value) : value.byteLength;
}

function check(digest, key, salt, info, length) {
  validators.validateString(digest, 'digest');
  if (typeof key !== 'string' && !util.isByteView(key)) {
    throw new ERR_INVALID_ARG_TYPE('ikm',
      ['string', 'SecretKeyObject', 'ArrayBuffer', 'TypedArray', 'DataView', 'Buffer'], key);
  }
  byteSource(salt, 'salt');
  byteSource(info, 'info');
  validators.validateInteger(length, 'length', 0, 2147483647);
  if (byteLengthOf(info) > 1024) {
    throw new ERR_OUT_OF_RANGE('info', 'must not contain more than 1024 bytes', byteLengthOf(info));
  }
}

var ERR_CRYPTO_INVALID_KEYLEN = errors.registerCode('ERR_CRYPTO_INVALID_KEYLEN',
  'Invalid key length', RangeError);

// HKDF expands to at most 255 blocks of the digest's size; 0 bytes is an
// empty key, which OpenSSL refuses to derive, so it is answered here.
function checkLength(digest, length) {
  var size = binding.digestLength(digest);
  if (size === undefined) throw new ERR_CRYPTO_INVALID_DIGEST(digest);
  if (length > 255 * size) throw new ERR_CRYPTO_INVALID_KEYLEN();
}

function hkdf(digest, key, salt, info, length, callback) {
  check(digest, key, salt, info, length);
  validators.validateFunction(callback, 'callback');
  checkLength(digest, length);
  if (length === 0) {
    process.nextTick(callback, null, new ArrayBuffer(0));
    return;
  }
  var out = util.resultBuffer(length, 'hkdf');
  binding.hkdf(out, digest, key, salt, info, servedBy(callback, function hkdfDone(err) {
    if (err) return callback.call(this, err);
    callback.call(this, null, out.buffer);
  }));
}

function hkdfSync(digest, key, salt, info, length) {
  check(digest, key, salt, info, length);
  checkLength(digest, length);
  if (length === 0) return new ArrayBuffer(0);
  var out = util.resultBuffer(length, 'hkdfSync');
  binding.hkdf(out, digest, key, salt, info);
  return out.buffer;
}

module.exports = { hkdf: hkdf, hkdfSync: hkdfSync };
