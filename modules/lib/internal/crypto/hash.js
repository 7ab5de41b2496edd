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
var ERR_INVALID_ARG_VALUE = codes.ERR_INVALID_ARG_VALUE;
var ERR_CRYPTO_HASH_FINALIZED = errors.registerCode('ERR_CRYPTO_HASH_FINALIZED',
  'Digest already called', Error);
var ERR_CRYPTO_INVALID_DIGEST = errors.registerCode('ERR_CRYPTO_INVALID_DIGEST',
  'Invalid digest: %s', TypeError);

var kHandle = Symbol('kHandle');
var kState = Symbol('kState');
var kCopy = {};  // the token copy() passes: only it may build a Hash from a Hash

var normalizeEncoding = require('internal/buffer/encoding').normalizeEncoding;

// Bytes to feed: a string in `encoding` (UTF-8 when it is missing or not
// one Buffer knows, as Node's StringBytes does) or an ArrayBufferView.
function updateData(data, encoding) {
  if (typeof data === 'string') {
    var normalized = normalizeEncoding(encoding);
    if (normalized === 'hex' && data.length % 2 !== 0) {
      throw new ERR_INVALID_ARG_VALUE('encoding', encoding,
        'is invalid for data of length ' + data.length);
    }
    if (normalized === undefined || normalized === 'utf8') return data;
    return Buffer.from(data, normalized);
  }
  if (!ArrayBuffer.isView(data)) {
    throw new ERR_INVALID_ARG_TYPE('data', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
  }
  return data;
}

// The handle's digest, computed once: _flush (the stream side) and the
// user's digest() may both ask for it, as Node's C++ Hash keeps it too.
function handleDigest(self) {
  var state = self[kState];
  if (state.digest === null) {
    var out = util.resultBuffer(binding.digestSize(self[kHandle]), 'digest');
    binding.digest(self[kHandle], out);
    state.digest = out;
  }
  return state.digest;
}

// A Buffer, or a string in `encoding` when Buffer knows it ('buffer' and
// unknown names give the Buffer, as in Node).
function encode(buffer, encoding) {
  var normalized = encoding ? normalizeEncoding(String(encoding)) : undefined;
  return normalized === undefined ? buffer : buffer.toString(normalized);
}

function Hash(algorithm, options) {
  if (!(this instanceof Hash)) return new Hash(algorithm, options);
  var handle;
  if (options === kCopy) {
    handle = binding.hashCopy(algorithm[kHandle]);
    options = algorithm._options;
  } else {
    validators.validateString(algorithm, 'algorithm');
    var xofLen = options !== null && typeof options === 'object' ? options.outputLength : undefined;
    if (xofLen !== undefined) validators.validateInteger(xofLen, 'options.outputLength', 0, 2147483647);
    handle = binding.hashCreate(algorithm, xofLen);
    if (handle === undefined) throw new Error('Digest method not supported');
  }
  this[kHandle] = handle;
  this[kState] = { finalized: false, digest: null };
  LazyTransform.call(this, options);
}
Object.setPrototypeOf(Hash.prototype, LazyTransform.prototype);
Object.setPrototypeOf(Hash, LazyTransform);

Hash.prototype.copy = function copy(options) {
  if (this[kState].finalized) throw new ERR_CRYPTO_HASH_FINALIZED();
  var copied = new Hash(this, kCopy);
  if (options !== undefined) copied._options = options;
  return copied;
};

Hash.prototype._transform = function _transform(chunk, encoding, callback) {
  binding.update(this[kHandle], updateData(chunk, encoding === 'buffer' ? undefined : encoding));
  callback();
};

Hash.prototype._flush = function _flush(callback) {
  this.push(handleDigest(this));
  callback();
};

Hash.prototype.update = function update(data, encoding) {
  if (this[kState].finalized) throw new ERR_CRYPTO_HASH_FINALIZED();
  binding.update(this[kHandle], updateData(data, encoding));
  return this;
};

Hash.prototype.digest = function digest(outputEncoding) {
  var state = this[kState];
  if (state.finalized) throw new ERR_CRYPTO_HASH_FINALIZED();
  state.finalized = true;
  return encode(handleDigest(this), outputEncoding);
};

function Hmac(hmac, key, options) {
  if (!(this instanceof Hmac)) return new Hmac(hmac, key, options);
  validators.validateString(hmac, 'hmac');
  if (typeof key === 'string') {
    var encoding = options !== null && typeof options === 'object' ? options.encoding : undefined;
    if (encoding !== undefined && encoding !== 'utf8' && encoding !== 'utf-8') {
      key = Buffer.from(key, encoding);
    }
  } else if (!util.isByteView(key)) {
    throw new ERR_INVALID_ARG_TYPE('key',
      ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView', 'KeyObject', 'CryptoKey'], key);
  }
  var handle = binding.hmacCreate(hmac, key);
  if (handle === undefined) throw new ERR_CRYPTO_INVALID_DIGEST(hmac);
  this[kHandle] = handle;
  this[kState] = { finalized: false, digest: null };
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
    var empty = Buffer.alloc(0);
    return outputEncoding === 'buffer' || !outputEncoding ? empty : empty.toString(outputEncoding);
  }
  state.finalized = true;
  return encode(handleDigest(this), outputEncoding);
};

// crypto.hash(algorithm, data[, outputEncoding = 'hex']): one call.
function hash(algorithm, input, outputEncoding) {
  validators.validateString(algorithm, 'algorithm');
  if (typeof input !== 'string' && !ArrayBuffer.isView(input)) {
    throw new ERR_INVALID_ARG_TYPE('input', ['Buffer', 'TypedArray', 'DataView', 'string'], input);
  }
  var normalized = 'hex';
  if (outputEncoding !== undefined && outputEncoding !== 'hex') {
    validators.validateString(outputEncoding, 'outputEncoding');
    normalized = normalizeEncoding(outputEncoding);
    if (normalized === undefined) {
      if (outputEncoding.toLowerCase() !== 'buffer') {
        throw new ERR_INVALID_ARG_VALUE('outputEncoding', outputEncoding);
      }
      normalized = 'buffer';
    }
  }
  var handle = binding.hashCreate(algorithm);
  if (handle === undefined) throw new Error('Digest method ' + algorithm + ' is not supported');
  binding.update(handle, input);
  var out = util.resultBuffer(binding.digestSize(handle), 'hash');
  binding.digest(handle, out);
  return normalized === 'buffer' ? out : out.toString(normalized);
}

module.exports = {
  Hash: Hash,
  Hmac: Hmac,
  hash: hash,
  ERR_CRYPTO_INVALID_DIGEST: ERR_CRYPTO_INVALID_DIGEST
};
