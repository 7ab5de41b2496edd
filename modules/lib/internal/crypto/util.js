'use strict';

// Shared by the crypto files (Node's lib/internal/crypto/util.js, the parts
// used here): argument checks for byte inputs, and the Buffer a result is
// written into.

var errors = require('internal/errors');
var pool = require('internal/buffer/pool');
var types = require('internal/util/types');

var ERR_INVALID_ARG_TYPE = errors.codes.ERR_INVALID_ARG_TYPE;

var kByteTypes = ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'];

function isByteView(value) {
  return types.isArrayBufferView(value) || types.isArrayBuffer(value);
}

// A string or byte input (password, salt, key...): returned as is (the
// binding reads strings as UTF-8 and any view's bytes).
function byteInput(value, name) {
  if (typeof value === 'string' || isByteView(value)) return value;
  throw new ERR_INVALID_ARG_TYPE(name, kByteTypes, value);
}

// A Buffer of `size` bytes of its own memory (never a slice of the pool),
// as the Buffers Node's crypto returns; `api` names it in the trace.
function resultBuffer(size, api) {
  return pool.allocOwn(size, 'own', api);
}

module.exports = {
  byteInput: byteInput,
  isByteView: isByteView,
  kByteTypes: kByteTypes,
  resultBuffer: resultBuffer
};
