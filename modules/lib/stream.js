'use strict';

// The stream module (Node's lib/stream.js): the legacy Stream constructor,
// which is also the module, with the stream classes and helpers hung on it.
//   require('stream').Readable / Writable / Duplex / Transform / PassThrough
//   require('stream').pipeline / finished / addAbortSignal / destroy
//   require('stream').promises (also require('stream/promises'))
// The classes live in internal/streams/*.js; see readable.js and
// writable.js for how data, backpressure and the event ticks work.

var legacy = require('internal/streams/legacy');
var utils = require('internal/streams/utils');
var eos = require('internal/streams/end-of-stream');
var destroyer = require('internal/streams/destroy').destroyer;
var pipelineMod = require('internal/streams/pipeline');
var stateMod = require('internal/streams/state');

var Stream = module.exports = legacy.Stream;

Stream.isDestroyed = utils.isDestroyed;
Stream.isDisturbed = utils.isDisturbed;
Stream.isErrored = utils.isErrored;
Stream.isReadable = utils.isReadable;
Stream.isWritable = utils.isWritable;
Stream.Readable = require('internal/streams/readable');
Stream.Writable = require('internal/streams/writable');
Stream.Duplex = require('internal/streams/duplex');
Stream.Transform = require('internal/streams/transform');
Stream.PassThrough = require('internal/streams/passthrough');
Stream.duplexPair = require('internal/streams/duplexpair');
Stream.pipeline = pipelineMod.pipeline;
Stream.addAbortSignal = require('internal/streams/add-abort-signal').addAbortSignal;
Stream.finished = eos;
Stream.destroy = destroyer;
Stream.compose = function compose() {
  throw new (require('internal/errors').codes.ERR_NOT_SUPPORTED)('stream.compose()',
    'it needs async generators; join the streams with pipeline()');
};
Stream.setDefaultHighWaterMark = stateMod.setDefaultHighWaterMark;
Stream.getDefaultHighWaterMark = stateMod.getDefaultHighWaterMark;

var promises;
function lazyPromises() {
  if (promises === undefined) promises = require('stream/promises');
  return promises;
}

Object.defineProperty(Stream, 'promises', {
  configurable: true,
  enumerable: true,
  get: lazyPromises
});

// util.promisify(stream.pipeline) and util.promisify(stream.finished) are
// the promise versions.
var customPromisify = Symbol.for('nodejs.util.promisify.custom');
Object.defineProperty(Stream.pipeline, customPromisify, {
  enumerable: true,
  get: function () { return lazyPromises().pipeline; }
});
Object.defineProperty(eos, customPromisify, {
  enumerable: true,
  get: function () { return lazyPromises().finished; }
});

// Backwards compatibility with node 0.4.x.
Stream.Stream = Stream;

Stream._isArrayBufferView = function _isArrayBufferView(value) {
  return ArrayBuffer.isView(value);
};
Stream._isUint8Array = function _isUint8Array(value) {
  return value instanceof Uint8Array;
};
Stream._uint8ArrayToBuffer = function _uint8ArrayToBuffer(chunk) {
  var Buffer = require('buffer').Buffer;
  return Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
};
