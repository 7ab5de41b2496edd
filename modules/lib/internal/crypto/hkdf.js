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

function hkdf(digest, key, salt, info, length, callback) {
  check(digest, key, salt, info, length);
  validators.validateFunction(callback, 'callback');
  var out = util.resultBuffer(length, 'hkdf');
  var known = binding.hkdf(out, digest, key, salt, info, servedBy(callback, function hkdfDone(err) {
    if (err) return callback.call(this, err);
    callback.call(this, null, out.buffer);
  }));
  if (!known) throw new ERR_CRYPTO_INVALID_DIGEST(digest);
}

function hkdfSync(digest, key, salt, info, length) {
  check(digest, key, salt, info, length);
  var out = util.resultBuffer(length, 'hkdfSync');
  if (!binding.hkdf(out, digest, key, salt, info)) throw new ERR_CRYPTO_INVALID_DIGEST(digest);
  return out.buffer;
}

module.exports = { hkdf: hkdf, hkdfSync: hkdfSync };
