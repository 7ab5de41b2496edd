'use strict';

// Random bytes (Node's lib/internal/crypto/random.js): randomBytes,
// randomFill(Sync), randomInt, randomUUID and getRandomValues, from
// OpenSSL's RAND_bytes. The callback forms fill on the thread pool, like
// Node's RandomBytesJob: the trace shows a pool request ("randomBytes") and
// the callback in the poll phase.

var binding = internalBinding('crypto');
var Buffer = require('buffer').Buffer;
var errors = require('internal/errors');
var validators = require('internal/validators');
var types = require('internal/util/types');
var util = require('internal/crypto/util');
var servedBy = require('internal/trace').servedBy;

var ERR_INVALID_ARG_TYPE = errors.codes.ERR_INVALID_ARG_TYPE;
var ERR_OUT_OF_RANGE = errors.codes.ERR_OUT_OF_RANGE;
var validateFunction = validators.validateFunction;
var validateNumber = validators.validateNumber;

var kMaxPossibleLength = 2147483647;

function assertOffset(offset, elementSize, length) {
  validateNumber(offset, 'offset');
  offset *= elementSize;
  var maxLength = Math.min(length, kMaxPossibleLength);
  if (Number.isNaN(offset) || offset > maxLength || offset < 0) {
    throw new ERR_OUT_OF_RANGE('offset', '>= 0 && <= ' + maxLength, offset);
  }
  return offset >>> 0;
}

function assertSize(size, elementSize, offset, length) {
  validateNumber(size, 'size');
  size *= elementSize;
  if (Number.isNaN(size) || size > kMaxPossibleLength || size < 0) {
    throw new ERR_OUT_OF_RANGE('size', '>= 0 && <= ' + kMaxPossibleLength, size);
  }
  if (size + offset > length) {
    throw new ERR_OUT_OF_RANGE('size + offset', '<= ' + length, size + offset);
  }
  return size >>> 0;
}

function isView(buf) {
  return types.isArrayBufferView(buf) || types.isArrayBuffer(buf);
}

function elementSize(buf) {
  return types.isArrayBuffer(buf) ? 1 : (buf.BYTES_PER_ELEMENT || 1);
}

function byteLength(buf) {
  return buf.byteLength;
}

// A Uint8Array over the bytes randomFill writes (an ArrayBuffer as is).
function bytesOf(buf) {
  if (types.isArrayBuffer(buf)) return new Uint8Array(buf);
  return new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
}

function randomBytes(size, callback) {
  size = assertSize(size, 1, 0, Infinity);
  if (callback !== undefined) validateFunction(callback, 'callback');
  var buf = util.resultBuffer(size, 'randomBytes');
  if (callback === undefined) {
    binding.randomFill(buf, 0, size);
    return buf;
  }
  binding.randomFill(buf, 0, size, servedBy(callback, function randomBytesDone(err) {
    if (err) return callback.call(this, err);
    callback.call(this, null, buf);
  }));
}

function randomFillSync(buf, offset, size) {
  if (!isView(buf)) {
    throw new ERR_INVALID_ARG_TYPE('buf', ['ArrayBuffer', 'ArrayBufferView'], buf);
  }
  var unit = elementSize(buf);
  offset = assertOffset(offset === undefined ? 0 : offset, unit, byteLength(buf));
  if (size === undefined) size = byteLength(buf) - offset;
  else size = assertSize(size, unit, offset, byteLength(buf));
  if (size > 0) binding.randomFill(bytesOf(buf), offset, size);
  return buf;
}

// The argument handling is Node's own, quirks included: with (buf, offset,
// callback) the size is buf.length minus the offset, in elements (NaN for
// an ArrayBuffer, which has no length, so that form throws).
function randomFill(buf, offset, size, callback) {
  if (!isView(buf)) {
    throw new ERR_INVALID_ARG_TYPE('buf', ['ArrayBuffer', 'ArrayBufferView'], buf);
  }
  var unit = elementSize(buf);
  if (typeof offset === 'function') {
    callback = offset;
    offset = 0;
    size = buf.length;
  } else if (typeof size === 'function') {
    validateFunction(size, 'callback');
    callback = size;
    size = buf.length - offset;  // in elements, before offset becomes bytes
    offset = assertOffset(offset, unit, byteLength(buf));
  } else {
    validateFunction(callback, 'callback');
    offset = assertOffset(offset, unit, byteLength(buf));
  }
  if (size === undefined) size = byteLength(buf) - offset;
  else size = assertSize(size, unit, offset, byteLength(buf));
  binding.randomFill(bytesOf(buf), offset, size, servedBy(callback, function randomFillDone(err) {
    if (err) return callback.call(this, err);
    callback.call(this, null, buf);
  }));
}

// randomInt: rejection sampling over 48-bit values, as Node does, so that
// every value of [min, max) is equally likely. Values come from a cache of
// random bytes: a sync call refills it on the spot; an async call that finds
// it empty waits for a refill on the thread pool (the first async call
// always does), and is answered on the next tick otherwise.
var RAND_MAX = 0xFFFFFFFFFFFF;
var randomCache = null;
var randomCacheOffset = 0;
var asyncCachePending = false;
var asyncCaches = [];

function randomInt(min, max, callback) {
  var minNotSpecified = typeof max === 'undefined' || typeof max === 'function';
  if (minNotSpecified) {
    callback = max;
    max = min;
    min = 0;
  }
  var isSync = typeof callback === 'undefined';
  if (!isSync) validateFunction(callback, 'callback');
  if (!Number.isSafeInteger(min)) throw new ERR_INVALID_ARG_TYPE('min', 'a safe integer', min);
  if (!Number.isSafeInteger(max)) throw new ERR_INVALID_ARG_TYPE('max', 'a safe integer', max);
  if (max <= min) {
    throw new ERR_OUT_OF_RANGE('max', 'greater than the value of "min" (' + min + ')', max);
  }
  var range = max - min;
  if (!(range <= RAND_MAX)) {
    throw new ERR_OUT_OF_RANGE('max' + (minNotSpecified ? '' : ' - min'), '<= ' + RAND_MAX, range);
  }
  var randLimit = RAND_MAX - (RAND_MAX % range);
  if (randomCache === null) {
    randomCache = util.resultBuffer(6 * 1024, 'randomInt');
    randomCacheOffset = randomCache.length;
  }
  while (isSync || randomCacheOffset < randomCache.length) {
    if (randomCacheOffset === randomCache.length) {
      binding.randomFill(randomCache, 0, randomCache.length);
      randomCacheOffset = 0;
    }
    var x = randomCache.readUIntBE(randomCacheOffset, 6);
    randomCacheOffset += 6;
    if (x < randLimit) {
      var n = (x % range) + min;
      if (isSync) return n;
      process.nextTick(callback, undefined, n);
      return;
    }
  }
  asyncCaches.push({ min: min, max: max, callback: callback });
  asyncRefillRandomIntCache();
}

function asyncRefillRandomIntCache() {
  if (asyncCachePending) return;
  asyncCachePending = true;
  binding.randomFill(randomCache, 0, randomCache.length, function randomIntRefilled(err) {
    asyncCachePending = false;
    var tasks = asyncCaches;
    var errorReceiver = err && tasks.shift();
    if (!err) randomCacheOffset = 0;
    // Restart every waiting call; after an error only one hears of it.
    asyncCaches = [];
    tasks.forEach(function (task) { randomInt(task.min, task.max, task.callback); });
    if (errorReceiver) errorReceiver.callback(err);
  });
}

// randomUUID: a version 4 UUID from 16 random bytes, taken from a batch of
// 128 UUIDs' worth (Node's cache), unless options.disableEntropyCache.
var uuidBatch = null;
var uuidOffset = 0;
var hex = [];
for (var h = 0; h < 256; h++) hex.push((h + 0x100).toString(16).slice(1));

function serializeUUID(buf, offset) {
  var b = function (i) { return hex[buf[offset + i]]; };
  return b(0) + b(1) + b(2) + b(3) + '-' + b(4) + b(5) + '-' +
    hex[(buf[offset + 6] & 0x0f) | 0x40] + b(7) + '-' +
    hex[(buf[offset + 8] & 0x3f) | 0x80] + b(9) + '-' +
    b(10) + b(11) + b(12) + b(13) + b(14) + b(15);
}

function randomUUID(options) {
  if (options !== undefined) validators.validateObject(options, 'options');
  var disableEntropyCache = options !== undefined ? options.disableEntropyCache : undefined;
  if (disableEntropyCache !== undefined) {
    validators.validateBoolean(disableEntropyCache, 'options.disableEntropyCache');
  }
  if (disableEntropyCache) {
    var one = new Uint8Array(16);
    binding.randomFill(one, 0, 16);
    return serializeUUID(one, 0);
  }
  if (uuidBatch === null) {
    uuidBatch = util.resultBuffer(16 * 128, 'randomUUID');
    uuidOffset = uuidBatch.length;
  }
  if (uuidOffset === uuidBatch.length) {
    binding.randomFill(uuidBatch, 0, uuidBatch.length);
    uuidOffset = 0;
  }
  var uuid = serializeUUID(uuidBatch, uuidOffset);
  uuidOffset += 16;
  return uuid;
}

// A DOMException as webcrypto throws it (name, message, legacy code).
function domException(message, name, code) {
  if (typeof DOMException === 'function') return new DOMException(message, name);
  var err = new Error(message);
  err.name = name;
  err.code = code;
  return err;
}

function isIntegerTypedArray(data) {
  var name = types.isTypedArray(data) ? Object.prototype.toString.call(data).slice(8, -1) : '';
  return name !== '' && name !== 'Float32Array' && name !== 'Float64Array';
}

// crypto.getRandomValues(typedArray): fills it, up to 65,536 bytes.
function getRandomValues(data) {
  if (!isIntegerTypedArray(data)) {
    throw domException('The data argument must be an integer-type TypedArray', 'TypeMismatchError', 17);
  }
  if (data.byteLength > 65536) {
    throw domException('The requested length exceeds 65,536 bytes', 'QuotaExceededError', 22);
  }
  randomFillSync(data, 0);
  return data;
}

module.exports = {
  getRandomValues: getRandomValues,
  randomBytes: randomBytes,
  randomFill: randomFill,
  randomFillSync: randomFillSync,
  randomInt: randomInt,
  randomUUID: randomUUID
};
