'use strict';

// crypto.createHash, createHmac and hash() (Node's lib/internal/crypto/hash.js).
//
// A Hash or Hmac holds an OpenSSL context in the binding (internalBinding
// ('crypto'), modules/native/crypto.cpp): update() feeds it bytes, digest()
// finishes it once. Both are also Transform streams, made lazily as in
// Node (internal/streams/lazy_transform): most uses never touch the stream
// side, so its state is only built when a stream method first needs it.

var binding = internalBinding('crypto');
var Buffer = require('buffer').Buffer;
var errors = require('internal/errors');
var validators = require('internal/validators');
var LazyTransform = require('internal/streams/lazy_transform');
var util = require('internal/crypto/util');

var codes = errors.codes;
var ERR_INVALID_ARG_TYPE = codes.ERR_INVALID_ARG_TYPE;
var ERR_CRYPTO_HASH_FINALIZED = errors.registerCode('ERR_CRYPTO_HASH_FINALIZED',
  'Digest already called', Error);
var ERR_CRYPTO_INVALID_DIGEST = errors.registerCode('ERR_CRYPTO_INVALID_DIGEST',
  'Invalid digest: %s', TypeError);

var kHandle = Symbol('kHandle');
var kState = Symbol('kState');

// Bytes to feed: a string in `encoding` (UTF-8 by default) or a view.
function updateData(data, encoding) {
  if (typeof data === 'string') {
    if (encoding === undefined || encoding === 'utf8' || encoding === 'utf-8') return data;
    return Buffer.from(data, encoding);
  }
  if (!util.isByteView(data)) {
    throw new ERR_INVALID_ARG_TYPE('data', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
  }
  return data;
}

// The digest as a Buffer, or a string in `encoding`.
function finish(handle, encoding, api) {
  var out = util.resultBuffer(binding.digestSize(handle), api);
  binding.digest(handle, out);
  if (encoding && encoding !== 'buffer') return out.toString(encoding);
  return out;
}

function Hash(algorithm, options) {
  if (!(this instanceof Hash)) return new Hash(algorithm, options);
  var handle;
  if (algorithm instanceof Hash) {
    handle = binding.hashCopy(algorithm[kHandle]);
  } else {
    validators.validateString(algorithm, 'algorithm');
    handle = binding.hashCreate(algorithm);
    if (handle === undefined) throw new Error('Digest method not supported');
  }
  this[kHandle] = handle;
  this[kState] = { finalized: false };
  LazyTransform.call(this, options);
}
Object.setPrototypeOf(Hash.prototype, LazyTransform.prototype);
Object.setPrototypeOf(Hash, LazyTransform);

Hash.prototype.copy = function copy(options) {
  if (this[kState].finalized) throw new ERR_CRYPTO_HASH_FINALIZED();
  return new Hash(this, options);
};

Hash.prototype._transform = function _transform(chunk, encoding, callback) {
  binding.update(this[kHandle], updateData(chunk, encoding === 'buffer' ? undefined : encoding));
  callback();
};

Hash.prototype._flush = function _flush(callback) {
  this.push(this.digest());
  callback();
};

Hash.prototype.update = function update(data, encoding) {
  if (this[kState].finalized) throw new ERR_CRYPTO_HASH_FINALIZED();
  binding.update(this[kHandle], updateData(data, encoding));
  return this;
};

Hash.prototype.digest = function digest(outputEncoding) {
  if (this[kState].finalized) throw new ERR_CRYPTO_HASH_FINALIZED();
  this[kState].finalized = true;
  return finish(this[kHandle], outputEncoding, 'digest');
};

function Hmac(hmac, key, options) {
  if (!(this instanceof Hmac)) return new Hmac(hmac, key, options);
  validators.validateString(hmac, 'hmac');
  if (typeof key !== 'string' && !util.isByteView(key)) {
    throw new ERR_INVALID_ARG_TYPE('key',
      ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView', 'KeyObject', 'CryptoKey'], key);
  }
  var handle = binding.hmacCreate(hmac, key);
  if (handle === undefined) throw new ERR_CRYPTO_INVALID_DIGEST(hmac);
  this[kHandle] = handle;
  this[kState] = { finalized: false };
  LazyTransform.call(this, options);
}
Object.setPrototypeOf(Hmac.prototype, LazyTransform.prototype);
Object.setPrototypeOf(Hmac, LazyTransform);

Hmac.prototype.update = Hash.prototype.update;
Hmac.prototype._transform = Hash.prototype._transform;
Hmac.prototype._flush = Hash.prototype._flush;

// A second digest() of an Hmac is empty rather than an error, as in Node.
Hmac.prototype.digest = function digest(outputEncoding) {
  var state = this[kState];
  if (state.finalized) {
    var empty = util.resultBuffer(0, 'digest');
    return outputEncoding && outputEncoding !== 'buffer' ? empty.toString(outputEncoding) : empty;
  }
  state.finalized = true;
  return finish(this[kHandle], outputEncoding, 'digest');
};

// crypto.hash(algorithm, data[, outputEncoding = 'hex']): one call.
function hash(algorithm, input, outputEncoding) {
  validators.validateString(algorithm, 'algorithm');
  if (typeof input !== 'string' && !util.isByteView(input)) {
    throw new ERR_INVALID_ARG_TYPE('input', ['Buffer', 'TypedArray', 'DataView', 'string'], input);
  }
  if (outputEncoding === undefined) outputEncoding = 'hex';
  var handle = binding.hashCreate(algorithm);
  if (handle === undefined) throw new Error('Digest method not supported');
  binding.update(handle, input);
  return finish(handle, outputEncoding, 'hash');
}

module.exports = {
  Hash: Hash,
  Hmac: Hmac,
  hash: hash,
  ERR_CRYPTO_INVALID_DIGEST: ERR_CRYPTO_INVALID_DIGEST
};
