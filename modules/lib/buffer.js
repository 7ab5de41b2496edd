'use strict';

// The buffer module (Node's lib/buffer.js): Buffer, SlowBuffer, kMaxLength,
// constants, isUtf8/isAscii, atob/btoa.
//
// What a Buffer is here, as in Node: a Uint8Array whose prototype is
// Buffer.prototype, which inherits Uint8Array.prototype (Node's FastBuffer),
// so `buf instanceof Uint8Array`, indexing, .buffer, .byteOffset and .length
// are the typed array's own; index assignment wraps (b[0] = 256 stores 0,
// b[0] = -1 stores 255) because a Uint8Array does. The instances are made by
// the native binding (createView) over an ArrayBuffer: a slab of the 8 KiB
// pool or one of their own (internal/buffer/pool.js decides which, and
// records it). The global Buffer is this one: internal/bootstrap/node.js
// defines a lazy global getter that loads this module, which replaces
// Duktape's own built-in Node-style Buffer.
//
// Byte and character work (encoding, decoding, search, compare, fill, copy)
// is native (modules/native/buffer.cpp); this file does Node's argument
// handling, its error codes and messages, and the choice of encoding.
//
// Duktape's typed arrays lack most of %TypedArray%.prototype (slice, fill,
// indexOf, map, forEach, ...): Buffer.prototype defines Node's own versions
// of the ones Buffer overrides, and the array-like ones (forEach, map, join,
// ...) where Buffer users rely on them.

var binding = internalBinding('buffer');
var errors = require('internal/errors');
var codes = errors.codes;
var validators = require('internal/validators');
var encoding = require('internal/buffer/encoding');
var pool = require('internal/buffer/pool');
var createView = binding.createView;
var poolWrite = binding.poolWrite;
var internalBuffer = require('internal/buffer');

var ERR_BUFFER_OUT_OF_BOUNDS = codes.ERR_BUFFER_OUT_OF_BOUNDS;
var ERR_INVALID_ARG_TYPE = codes.ERR_INVALID_ARG_TYPE;
var ERR_INVALID_ARG_VALUE = codes.ERR_INVALID_ARG_VALUE;
var ERR_OUT_OF_RANGE = codes.ERR_OUT_OF_RANGE;
var ERR_MISSING_ARGS = codes.ERR_MISSING_ARGS;
var ERR_UNKNOWN_ENCODING = codes.ERR_UNKNOWN_ENCODING;
var ERR_INVALID_BUFFER_SIZE = errors.registerCode('ERR_INVALID_BUFFER_SIZE',
  'Buffer size must be a multiple of %s', RangeError);

var validateNumber = validators.validateNumber;
var validateInteger = validators.validateInteger;
var validateString = validators.validateString;
var validateArray = validators.validateArray;

var UTF8 = encoding.UTF8;
var UCS2 = encoding.UCS2;
var LATIN1 = encoding.LATIN1;
var ASCII = encoding.ASCII;
var BASE64 = encoding.BASE64;
var BASE64URL = encoding.BASE64URL;
var HEX = encoding.HEX;
var encodingId = encoding.encodingId;
var normalizeEncoding = encoding.normalizeEncoding;

var kMaxLength = binding.kMaxLength;
var kStringMaxLength = binding.kStringMaxLength;
var customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');
var objectToString = Object.prototype.toString;

function validateOffset(value, name, min, max) {
  validateInteger(value, name, min === undefined ? 0 : min, max === undefined ? kMaxLength : max);
}

function isUint8Array(v) {
  return objectToString.call(v) === '[object Uint8Array]';
}

function isAnyArrayBuffer(v) {
  return objectToString.call(v) === '[object ArrayBuffer]';
}

function isTypedArray(v) {
  return ArrayBuffer.isView(v) && objectToString.call(v) !== '[object DataView]';
}

// --- the constructor ------------------------------------------------------------

var bufferWarned = false;

// Buffer(arg, encodingOrOffset, length): deprecated (DEP0005), warns once
// unless called from node_modules, as Node does.
function Buffer(arg, encodingOrOffset, length) {
  if (!bufferWarned) {
    var stack = new Error().stack || '';
    if (stack.indexOf('/node_modules/') === -1) {
      bufferWarned = true;
      process.emitWarning('Buffer() is deprecated due to security and usability issues. Please ' +
        'use the Buffer.alloc(), Buffer.allocUnsafe(), or Buffer.from() methods instead.',
        'DeprecationWarning', 'DEP0005');
    }
  }
  if (typeof arg === 'number') {
    if (typeof encodingOrOffset === 'string') throw new ERR_INVALID_ARG_TYPE('string', 'string', arg);
    return Buffer.alloc(arg);
  }
  return Buffer.from(arg, encodingOrOffset, length);
}

Object.setPrototypeOf(Buffer.prototype, Uint8Array.prototype);
Object.setPrototypeOf(Buffer, Uint8Array);
binding.setup(Buffer.prototype, function (size) { return allocUnsafeSlowPath(size); });
internalBuffer.addBufferPrototypeMethods(Buffer.prototype);

pool.setBufferConstructor(Buffer, 8 * 1024);  // Buffer.poolSize
pool.createPool(0);

// --- allocation -------------------------------------------------------------------

// Node's createUnsafeBuffer: uninitialised memory of its own.
function createUnsafeBuffer(size, path, api) {
  if (size <= 0) return pool.allocEmpty(api);
  return pool.allocOwn(size, path, api);
}

// Node's allocate(): pooled when small.
function allocate(size, api) {
  if (size <= 0) return pool.allocEmpty(api);
  if (size < (Buffer.poolSize >>> 1)) return pool.allocPooled(size, api);
  return pool.allocOwn(size, 'own', api);
}

Buffer.alloc = function alloc(size, fill, encoding) {
  if (typeof size !== 'number' || !(size >= 0 && size <= kMaxLength)) {
    validateNumber(size, 'size', 0, kMaxLength);
  }
  if (fill !== undefined && fill !== 0 && size > 0) {
    var buf = pool.allocOwn(size, 'zeroed', 'alloc');
    return _fill(buf, fill, 0, buf.length, encoding);
  }
  if (size === 0) return pool.allocEmpty('alloc');
  return pool.allocOwn(size, 'zeroed', 'alloc');
};

// allocUnsafe(size): pooled when small; the pooled case is native (the
// pool's makeAllocUnsafe), this is the rest (binding.setup above).
function allocUnsafeSlowPath(size) {
  validateNumber(size, 'size', 0, kMaxLength);
  return allocate(size, 'allocUnsafe');
}
Buffer.allocUnsafe = pool.makeAllocUnsafe();

Buffer.allocUnsafeSlow = function allocUnsafeSlow(size) {
  validateNumber(size, 'size', 0, kMaxLength);
  return createUnsafeBuffer(size, 'slow', 'allocUnsafeSlow');
};

function SlowBuffer(size) {
  validateNumber(size, 'size', 0, kMaxLength);
  return createUnsafeBuffer(size, 'slow', 'SlowBuffer');
}
Object.setPrototypeOf(SlowBuffer.prototype, Uint8Array.prototype);
Object.setPrototypeOf(SlowBuffer, Uint8Array);

// --- Buffer.from ---------------------------------------------------------------------

// Per-encoding operations: byteLength (an upper bound for base64, exact for
// the others), write into memory (ArrayBuffer or view) at an offset.
function byteLengthOf(id, string) {
  switch (id) {
    case UTF8: return binding.byteLengthUtf8(string);
    case UCS2: return string.length * 2;
    case LATIN1:
    case ASCII: return string.length;
    case BASE64:
    case BASE64URL: return base64ByteLength(string, string.length);
    case HEX: return string.length >>> 1;
  }
  return 0;
}

function base64ByteLength(str, bytes) {
  if (str.charCodeAt(bytes - 1) === 0x3D) bytes--;
  if (bytes > 1 && str.charCodeAt(bytes - 1) === 0x3D) bytes--;
  return (bytes * 3) >>> 2;
}

// Node's fromStringFast: a string shorter than poolSize >>> 1 whose encoded
// size is bounded below that limit is encoded straight into the pool; the
// bound is 4 bytes per character (the exact byteLength is only computed when
// that bound is too big). Others get memory of their own.
function fromStringFast(string, id, api) {
  var maxLength = Buffer.poolSize >>> 1;
  var length = string.length;
  if (length >= maxLength) return createFromString(string, id, byteLengthOf(id, string), api);
  length *= 4;
  if (length >= maxLength) length = byteLengthOf(id, string);
  if (length >= maxLength) return createFromString(string, id, length, api);
  var b = poolWrite(id, string, length, api);  // undefined when the slab is full
  if (b !== undefined) return b;
  return pool.writePooled(length, id, string, api);
}

function createFromString(string, id, length, api) {
  var ab = pool.ownArrayBuffer(length, false, 'own', api);
  var actual = binding.write(ab, id, string, 0, length);
  return pool.view(ab, 0, actual);
}

function fromString(string, enc) {
  var id;
  if (!enc || enc === 'utf8' || typeof enc !== 'string') {
    id = UTF8;
  } else {
    id = encodingId(enc);
    if (id === undefined) throw new ERR_UNKNOWN_ENCODING(enc);
  }
  if (string.length === 0) return pool.allocEmpty('from');
  return fromStringFast(string, id, 'from');
}

function fromArrayBuffer(obj, byteOffset, length) {
  if (byteOffset === undefined) {
    byteOffset = 0;
  } else {
    byteOffset = +byteOffset;
    if (byteOffset !== byteOffset) byteOffset = 0;
  }
  var maxLength = obj.byteLength - byteOffset;
  if (maxLength < 0) throw new ERR_BUFFER_OUT_OF_BOUNDS('offset');
  if (length === undefined) {
    length = maxLength;
  } else {
    length = +length;
    if (length > 0) {
      if (length > maxLength) throw new ERR_BUFFER_OUT_OF_BOUNDS('length');
    } else {
      length = 0;
    }
  }
  // Typed-array views need integral offsets and lengths.
  return pool.view(obj, Math.floor(byteOffset), Math.floor(length));
}

// Copies an array-like's elements (each stored as ToUint8) into b.
function copyElements(b, obj, length) {
  if (isUint8Array(obj) || objectToString.call(obj) === '[object Uint8ClampedArray]' ||
      objectToString.call(obj) === '[object Int8Array]') {
    binding.copy(obj, b, 0, 0, length);
    return;
  }
  for (var i = 0; i < length; i++) b[i] = obj[i];
}

function fromArrayLike(obj, api) {
  var length = obj.length;
  if (length <= 0) return pool.allocEmpty(api);
  var b = length < (Buffer.poolSize >>> 1) ? pool.allocPooled(length, api) :
    pool.allocOwn(length, 'own', api);
  copyElements(b, obj, length);
  return b;
}

function fromObject(obj) {
  if (obj.length !== undefined || isAnyArrayBuffer(obj.buffer)) {
    if (typeof obj.length !== 'number') return pool.allocEmpty('from');
    return fromArrayLike(obj, 'from');
  }
  if (obj.type === 'Buffer' && Array.isArray(obj.data)) return fromArrayLike(obj.data, 'from');
  return undefined;
}

Buffer.from = function from(value, encodingOrOffset, length) {
  if (typeof value === 'string') return fromString(value, encodingOrOffset);
  if (typeof value === 'object' && value !== null) {
    if (isAnyArrayBuffer(value)) return fromArrayBuffer(value, encodingOrOffset, length);
    var valueOf = value.valueOf && value.valueOf();
    if (valueOf != null && valueOf !== value &&
        (typeof valueOf === 'string' || typeof valueOf === 'object')) {
      return from(valueOf, encodingOrOffset, length);
    }
    var b = fromObject(value);
    if (b) return b;
    if (typeof value[Symbol.toPrimitive] === 'function') {
      var primitive = value[Symbol.toPrimitive]('string');
      if (typeof primitive === 'string') return fromString(primitive, encodingOrOffset);
    }
  }
  throw new ERR_INVALID_ARG_TYPE('first argument',
    ['string', 'Buffer', 'ArrayBuffer', 'Array', 'Array-like Object'], value);
};

Buffer.copyBytesFrom = function copyBytesFrom(view, offset, length) {
  if (!isTypedArray(view)) throw new ERR_INVALID_ARG_TYPE('view', ['TypedArray'], view);
  var viewLength = view.length;
  if (viewLength === 0) return Buffer.alloc(0);
  var start = 0;
  var end = viewLength;
  if (offset !== undefined || length !== undefined) {
    if (offset !== undefined) {
      validateInteger(offset, 'offset', 0);
      if (offset >= viewLength) return Buffer.alloc(0);
      start = offset;
    }
    if (length !== undefined) {
      validateInteger(length, 'length', 0);
      end = Math.min(start + length, viewLength);
    }
  }
  var size = view.BYTES_PER_ELEMENT;
  return fromArrayLike(new Uint8Array(view.buffer, view.byteOffset + start * size,
    (end - start) * size), 'copyBytesFrom');
};

Buffer.of = function of() {
  var b = Buffer.allocUnsafe(arguments.length);
  for (var k = 0; k < arguments.length; k++) b[k] = arguments[k];
  return b;
};

// --- static helpers -------------------------------------------------------------------

Buffer.isBuffer = function isBuffer(b) {
  return b instanceof Buffer;
};

Buffer.compare = function compare(buf1, buf2) {
  if (!isUint8Array(buf1)) throw new ERR_INVALID_ARG_TYPE('buf1', ['Buffer', 'Uint8Array'], buf1);
  if (!isUint8Array(buf2)) throw new ERR_INVALID_ARG_TYPE('buf2', ['Buffer', 'Uint8Array'], buf2);
  if (buf1 === buf2) return 0;
  return binding.compare(buf1, buf2);
};

Buffer.isEncoding = function isEncoding(enc) {
  return typeof enc === 'string' && enc.length !== 0 && normalizeEncoding(enc) !== undefined;
};

Buffer.concat = function concat(list, length) {
  validateArray(list, 'list');
  if (list.length === 0) return pool.allocEmpty('concat');
  var i;
  if (length === undefined) {
    length = 0;
    for (i = 0; i < list.length; i++) {
      if (list[i].length) length += list[i].length;
    }
  } else {
    validateOffset(length, 'length');
  }
  var buffer = allocate(length, 'concat');
  var pos = 0;
  for (i = 0; i < list.length; i++) {
    var buf = list[i];
    if (!isUint8Array(buf)) {
      throw new ERR_INVALID_ARG_TYPE('list[' + i + ']', ['Buffer', 'Uint8Array'], list[i]);
    }
    pos += binding.copy(buf, buffer, pos, 0, buf.length);
  }
  if (pos < length) binding.fill(buffer, 0, pos, length);
  return buffer;
};

function byteLength(string, enc) {
  if (typeof string !== 'string') {
    if (ArrayBuffer.isView(string) || isAnyArrayBuffer(string)) return string.byteLength;
    throw new ERR_INVALID_ARG_TYPE('string', ['string', 'Buffer', 'ArrayBuffer'], string);
  }
  if (string.length === 0) return 0;
  if (!enc || enc === 'utf8') return binding.byteLengthUtf8(string);
  if (enc === 'ascii') return string.length;
  var id = encodingId(enc);
  // Node returns the utf8 length for an unknown encoding (no error).
  if (id === undefined) return binding.byteLengthUtf8(string);
  return byteLengthOf(id, string);
}
Buffer.byteLength = byteLength;

// --- the prototype ----------------------------------------------------------------------

var proto = Buffer.prototype;

Object.defineProperty(proto, 'parent', {
  enumerable: true, configurable: true,
  get: function () { return this instanceof Buffer ? this.buffer : undefined; }
});
Object.defineProperty(proto, 'offset', {
  enumerable: true, configurable: true,
  get: function () { return this instanceof Buffer ? this.byteOffset : undefined; }
});

function toInteger(n, defaultVal) {
  n = +n;
  if (n === n && n >= Number.MIN_SAFE_INTEGER && n <= Number.MAX_SAFE_INTEGER) {
    return (n % 1) === 0 ? n : Math.floor(n);
  }
  return defaultVal;
}

proto.copy = function copy(target, targetStart, sourceStart, sourceEnd) {
  var source = this;
  if (!isUint8Array(source)) throw new ERR_INVALID_ARG_TYPE('source', ['Buffer', 'Uint8Array'], source);
  if (!isUint8Array(target)) throw new ERR_INVALID_ARG_TYPE('target', ['Buffer', 'Uint8Array'], target);
  if (targetStart === undefined) {
    targetStart = 0;
  } else {
    targetStart = Number.isInteger(targetStart) ? targetStart : toInteger(targetStart, 0);
    if (targetStart < 0) throw new ERR_OUT_OF_RANGE('targetStart', '>= 0', targetStart);
  }
  if (sourceStart === undefined) {
    sourceStart = 0;
  } else {
    sourceStart = Number.isInteger(sourceStart) ? sourceStart : toInteger(sourceStart, 0);
    if (sourceStart < 0 || sourceStart > source.length) {
      throw new ERR_OUT_OF_RANGE('sourceStart', '>= 0 && <= ' + source.length, sourceStart);
    }
  }
  if (sourceEnd === undefined) {
    sourceEnd = source.length;
  } else {
    sourceEnd = Number.isInteger(sourceEnd) ? sourceEnd : toInteger(sourceEnd, 0);
    if (sourceEnd < 0) throw new ERR_OUT_OF_RANGE('sourceEnd', '>= 0', sourceEnd);
  }
  if (targetStart >= target.length || sourceStart >= sourceEnd) return 0;
  if (sourceEnd > source.length) sourceEnd = source.length;
  return binding.copy(source, target, targetStart, sourceStart, sourceEnd - sourceStart);
};

proto.toString = function toString(enc, start, end) {
  // (No `arguments`: creating it is costly in Duktape. toString() and
  // toString(undefined, undefined, undefined) give the same result.)
  if (enc === undefined && start === undefined && end === undefined) {
    return binding.slice(this, UTF8, 0, this.length);
  }
  var len = this.length;
  if (start <= 0) {
    start = 0;
  } else if (start >= len) {
    return '';
  } else {
    start = Math.trunc(start) || 0;
  }
  if (end === undefined || end > len) {
    end = len;
  } else {
    end = Math.trunc(end) || 0;
  }
  if (end <= start) return '';
  if (enc === undefined) return binding.slice(this, UTF8, start, end);
  var id = encodingId(enc);
  if (id === undefined) throw new ERR_UNKNOWN_ENCODING(enc);
  return binding.slice(this, id, start, end);
};

proto.toLocaleString = proto.toString;

proto.equals = function equals(otherBuffer) {
  if (!isUint8Array(otherBuffer)) {
    throw new ERR_INVALID_ARG_TYPE('otherBuffer', ['Buffer', 'Uint8Array'], otherBuffer);
  }
  if (this === otherBuffer) return true;
  var len = this.byteLength;
  if (len !== otherBuffer.byteLength) return false;
  return len === 0 || binding.compare(this, otherBuffer) === 0;
};

var INSPECT_MAX_BYTES = 50;

// util.inspect(buf): <Buffer 68 65 6c ...>, at most INSPECT_MAX_BYTES bytes,
// then " ... N more bytes"; own non-index properties follow when inspect
// passes its context.
proto[customInspectSymbol] = function inspect(recurseTimes, ctx) {
  var max = INSPECT_MAX_BYTES;
  var actualMax = Math.min(max, this.length);
  var remaining = this.length - max;
  var str = binding.slice(this, HEX, 0, actualMax).replace(/(.{2})/g, '$1 ').trim();
  if (remaining > 0) str += ' ... ' + remaining + ' more byte' + (remaining > 1 ? 's' : '');
  if (ctx) {
    var self = this;
    var extras = Object.keys(this).filter(function (key) { return !/^(0|[1-9][0-9]*)$/.test(key); });
    if (extras.length > 0) {
      var utilInspect = require('internal/util/inspect').inspect;
      if (this.length !== 0) str += ', ';
      str += extras.map(function (key) {
        var name = /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(key) ? key : utilInspect(key);
        return name + ': ' + utilInspect(self[key], ctx);
      }).join(', ');
    }
  }
  return '<' + this.constructor.name + ' ' + str + '>';
};
proto.inspect = proto[customInspectSymbol];

proto.compare = function compare(target, targetStart, targetEnd, sourceStart, sourceEnd) {
  if (!isUint8Array(target)) throw new ERR_INVALID_ARG_TYPE('target', ['Buffer', 'Uint8Array'], target);
  if (targetStart === undefined && targetEnd === undefined && sourceStart === undefined &&
      sourceEnd === undefined) {
    return binding.compare(this, target);
  }
  if (targetStart === undefined) targetStart = 0;
  else validateOffset(targetStart, 'targetStart');
  if (targetEnd === undefined) targetEnd = target.length;
  else validateOffset(targetEnd, 'targetEnd', 0, target.length);
  if (sourceStart === undefined) sourceStart = 0;
  else validateOffset(sourceStart, 'sourceStart');
  if (sourceEnd === undefined) sourceEnd = this.length;
  else validateOffset(sourceEnd, 'sourceEnd', 0, this.length);
  if (sourceStart >= sourceEnd) return targetStart >= targetEnd ? 0 : -1;
  if (targetStart >= targetEnd) return 1;
  return binding.compareOffset(this, target, targetStart, sourceStart, targetEnd, sourceEnd);
};

// indexOf/lastIndexOf (Node's bidirectionalIndexOf): val is a number (a
// byte), a string (encoded with `enc`) or bytes; byteOffset counts from the
// end when negative; dir: true forwards.
function bidirectionalIndexOf(buffer, val, byteOffset, enc, dir) {
  if (!ArrayBuffer.isView(buffer)) {
    throw new ERR_INVALID_ARG_TYPE('buffer', ['Buffer', 'TypedArray', 'DataView'], buffer);
  }
  if (typeof byteOffset === 'string') {
    enc = byteOffset;
    byteOffset = undefined;
  } else if (byteOffset > 0x7fffffff) {
    byteOffset = 0x7fffffff;
  } else if (byteOffset < -0x80000000) {
    byteOffset = -0x80000000;
  }
  byteOffset = +byteOffset;
  if (byteOffset !== byteOffset) byteOffset = dir ? 0 : (buffer.length || buffer.byteLength);
  dir = !!dir;

  if (typeof val === 'number') return binding.indexOfNumber(buffer, val >>> 0, byteOffset, dir);

  var id = enc === undefined ? UTF8 : encodingId(enc);
  if (typeof val === 'string') {
    if (id === undefined) throw new ERR_UNKNOWN_ENCODING(enc);
    if (id === UTF8 || id === UCS2 || id === LATIN1) {
      return binding.indexOfString(buffer, val, byteOffset, id, dir);
    }
    // ascii, hex, base64(url): search for the decoded bytes (Node makes a
    // pooled Buffer of them, so this allocates).
    return binding.indexOfBuffer(buffer, fromStringFast(val, id, 'indexOf'), byteOffset, id, dir);
  }
  if (isUint8Array(val)) {
    return binding.indexOfBuffer(buffer, val, byteOffset, id === undefined ? UTF8 : id, dir);
  }
  throw new ERR_INVALID_ARG_TYPE('value', ['number', 'string', 'Buffer', 'Uint8Array'], val);
}

proto.indexOf = function indexOf(val, byteOffset, enc) {
  return bidirectionalIndexOf(this, val, byteOffset, enc, true);
};

proto.lastIndexOf = function lastIndexOf(val, byteOffset, enc) {
  return bidirectionalIndexOf(this, val, byteOffset, enc, false);
};

proto.includes = function includes(val, byteOffset, enc) {
  return this.indexOf(val, byteOffset, enc) !== -1;
};

proto.fill = function fill(value, offset, end, enc) {
  return _fill(this, value, offset, end, enc);
};

// buf.fill(number|string|bytes[, offset[, end]][, encoding])
function _fill(buf, value, offset, end, enc) {
  var id;
  if (typeof value === 'string') {
    if (offset === undefined || typeof offset === 'string') {
      enc = offset;
      offset = 0;
      end = buf.length;
    } else if (typeof end === 'string') {
      enc = end;
      end = buf.length;
    }
    var normalized = normalizeEncoding(enc);
    if (normalized === undefined) {
      validateString(enc, 'encoding');
      throw new ERR_UNKNOWN_ENCODING(enc);
    }
    id = encodingId(normalized);
    if (value.length === 0) {
      value = 0;  // fill('') is fill(0)
    } else if (value.length === 1) {
      // One character that is one byte: fill with its code.
      var code = value.charCodeAt(0);
      if (id === UTF8 && code < 128) value = code;
      else if (id === LATIN1) value = code;
    }
  } else {
    id = UTF8;
  }

  if (offset === undefined) {
    offset = 0;
    end = buf.length;
  } else {
    validateOffset(offset, 'offset');
    if (end === undefined) end = buf.length;
    else validateOffset(end, 'end', 0, buf.length);
    if (offset >= end) return buf;
  }

  var res = binding.fill(buf, value, offset, end, id);
  if (res < 0) {
    if (res === -1) throw new ERR_INVALID_ARG_VALUE('value', value);
    throw new ERR_BUFFER_OUT_OF_BOUNDS();
  }
  return buf;
}

proto.write = function write(string, offset, length, enc) {
  if (offset === undefined) return this.utf8Write(string, 0, this.length);
  if (length === undefined && typeof offset === 'string') {
    enc = offset;
    length = this.length;
    offset = 0;
  } else {
    validateOffset(offset, 'offset', 0, this.length);
    var remaining = this.length - offset;
    if (length === undefined) {
      length = remaining;
    } else if (typeof length === 'string') {
      enc = length;
      length = remaining;
    } else {
      validateOffset(length, 'length', 0, this.length);
      if (length > remaining) length = remaining;
    }
  }
  var id;
  if (!enc || enc === 'utf8') {
    id = UTF8;
  } else if (enc === 'ascii') {
    id = ASCII;
  } else {
    id = encodingId(enc);
    if (id === undefined) throw new ERR_UNKNOWN_ENCODING(enc);
  }
  if (typeof string !== 'string') {
    throw internalBuffer.errorWithMessage(ERR_INVALID_ARG_TYPE, ['argument', 'string', string],
      'argument must be a string');
  }
  if (length === 0) return 0;
  return binding.write(this, id, string, offset, length);
};

proto.toJSON = function toJSON() {
  var data = new Array(this.length);
  for (var i = 0; i < this.length; ++i) data[i] = this[i];
  return { type: 'Buffer', data: data };
};

function adjustOffset(offset, length) {
  offset = Math.trunc(offset);
  if (offset === 0) return 0;
  if (offset < 0) {
    offset += length;
    return offset > 0 ? offset : 0;
  }
  if (offset < length) return offset;
  return offset !== offset ? 0 : length;
}

// subarray and slice share memory with the original (a view, no allocation).
function subarrayOf(buf, start, end) {
  var srcLength = buf.length;
  start = start === undefined ? 0 : adjustOffset(start, srcLength);
  end = end === undefined ? srcLength : adjustOffset(end, srcLength);
  return createView(buf.buffer, buf.byteOffset + start, end > start ? end - start : 0);
}

proto.subarray = function subarray(start, end) {
  return subarrayOf(this, start, end);
};

proto.slice = function slice(start, end) {
  return subarrayOf(this, start, end);
};

function makeSwap(bits, bytes, native) {
  return function () {
    if (this.length % bytes !== 0) throw new ERR_INVALID_BUFFER_SIZE(bits + '-bits');
    return native(this);
  };
}
proto.swap16 = makeSwap(16, 2, binding.swap16);
proto.swap32 = makeSwap(32, 4, binding.swap32);
proto.swap64 = makeSwap(64, 8, binding.swap64);

// %TypedArray%.prototype methods Duktape lacks, for Buffer users (generic
// over `this`, as the built-ins are).
function defineMissing(name, fn) {
  if (typeof Uint8Array.prototype[name] !== 'function' && !proto.hasOwnProperty(name)) {
    Object.defineProperty(proto, name, { value: fn, writable: true, configurable: true, enumerable: false });
  }
}
defineMissing('forEach', function forEach(fn, thisArg) {
  for (var i = 0; i < this.length; i++) fn.call(thisArg, this[i], i, this);
});
defineMissing('map', function map(fn, thisArg) {
  // Like %TypedArray%.prototype.map through Buffer[Symbol.species]: a new
  // zero-filled Buffer of the same length (never pooled).
  var out = this.length === 0 ? pool.allocEmpty('map') : pool.allocOwn(this.length, 'zeroed', 'map');
  for (var i = 0; i < this.length; i++) out[i] = fn.call(thisArg, this[i], i, this);
  return out;
});
defineMissing('join', function join(sep) {
  return Array.prototype.join.call(Array.prototype.slice.call(this), sep === undefined ? ',' : sep);
});
defineMissing('every', function every(fn, thisArg) {
  for (var i = 0; i < this.length; i++) if (!fn.call(thisArg, this[i], i, this)) return false;
  return true;
});
defineMissing('some', function some(fn, thisArg) {
  for (var i = 0; i < this.length; i++) if (fn.call(thisArg, this[i], i, this)) return true;
  return false;
});
defineMissing('reduce', function reduce(fn, initial) {
  var i = 0;
  var acc = initial;
  if (arguments.length < 2) {
    if (this.length === 0) throw new TypeError('Reduce of empty array with no initial value');
    acc = this[i++];
  }
  for (; i < this.length; i++) acc = fn(acc, this[i], i, this);
  return acc;
});
defineMissing('reverse', function reverse() {
  for (var i = 0, j = this.length - 1; i < j; i++, j--) {
    var t = this[i];
    this[i] = this[j];
    this[j] = t;
  }
  return this;
});
defineMissing('at', function at(index) {
  index = Math.trunc(index) || 0;
  if (index < 0) index += this.length;
  return index >= 0 && index < this.length ? this[index] : undefined;
});
function makeIterator(buf, kind) {
  var i = 0;
  var it = {
    next: function () {
      if (i >= buf.length) return { value: undefined, done: true };
      var k = i++;
      return { value: kind === 'keys' ? k : kind === 'values' ? buf[k] : [k, buf[k]], done: false };
    }
  };
  it[Symbol.iterator] = function () { return it; };
  return it;
}
defineMissing('keys', function keys() { return makeIterator(this, 'keys'); });
defineMissing('values', function values() { return makeIterator(this, 'values'); });
defineMissing('entries', function entries() { return makeIterator(this, 'entries'); });
if (typeof proto[Symbol.iterator] !== 'function') {
  Object.defineProperty(proto, Symbol.iterator, { value: proto.values, writable: true, configurable: true });
}

// --- module-level functions ----------------------------------------------------------------

function isUtf8(input) {
  if (isTypedArray(input) || isAnyArrayBuffer(input)) return binding.isUtf8(input);
  throw new ERR_INVALID_ARG_TYPE('input', ['ArrayBuffer', 'Buffer', 'TypedArray'], input);
}

function isAscii(input) {
  if (isTypedArray(input) || isAnyArrayBuffer(input)) return binding.isAscii(input);
  throw new ERR_INVALID_ARG_TYPE('input', ['ArrayBuffer', 'Buffer', 'TypedArray'], input);
}

function invalidCharacterError(message) {
  var err = new Error(message);
  err.name = 'InvalidCharacterError';
  err.code = 5;
  return err;
}

// btoa(string): base64 of a string of Latin-1 characters.
function btoa(input) {
  if (arguments.length === 0) throw new ERR_MISSING_ARGS('input');
  input = '' + input;
  for (var i = 0; i < input.length; i++) {
    if (input.charCodeAt(i) > 0xff) throw invalidCharacterError('Invalid character');
  }
  var bytes = fromStringFast(input, LATIN1, 'btoa');
  return binding.slice(bytes, BASE64, 0, bytes.length);
}

// atob(string): the WHATWG forgiving-base64 decode, as a Latin-1 string.
function atob(input) {
  if (arguments.length === 0) throw new ERR_MISSING_ARGS('input');
  input = ('' + input).replace(/[\t\n\f\r ]/g, '');
  if (input.length % 4 === 0) input = input.replace(/==?$/, '');
  if (input.length % 4 === 1 || /[^A-Za-z0-9+/]/.test(input)) {
    throw invalidCharacterError(input.length % 4 === 1 ?
      'The string to be decoded is not correctly encoded.' : 'Invalid character');
  }
  var bytes = fromStringFast(input, BASE64, 'atob');
  return binding.slice(bytes, LATIN1, 0, bytes.length);
}

var constants = {};
Object.defineProperties(constants, {
  MAX_LENGTH: { value: kMaxLength, writable: false, enumerable: true },
  MAX_STRING_LENGTH: { value: kStringMaxLength, writable: false, enumerable: true }
});

module.exports = {
  Buffer: Buffer,
  SlowBuffer: SlowBuffer,
  isUtf8: isUtf8,
  isAscii: isAscii,
  kMaxLength: kMaxLength,
  kStringMaxLength: kStringMaxLength,
  btoa: btoa,
  atob: atob
};

Object.defineProperties(module.exports, {
  constants: { configurable: false, enumerable: true, value: constants },
  INSPECT_MAX_BYTES: {
    configurable: true,
    enumerable: true,
    get: function () { return INSPECT_MAX_BYTES; },
    set: function (val) {
      validateNumber(val, 'INSPECT_MAX_BYTES', 0);
      INSPECT_MAX_BYTES = val;
    }
  }
});

// For string_decoder: Buffer.isEncoding as defined here (a user may replace
// it to accept more encodings, which StringDecoder then honours).
encoding.originalIsEncoding = Buffer.isEncoding;

// Node's bootstrap makes the first Buffer of the first slab
// (internal/fs/utils: `bufferSep = Buffer.from(path.sep)`): the 8 bytes it
// takes are why user code's first pooled Buffer is at byteOffset 8. Making
// the same Buffer here keeps every byteOffset a program prints identical to
// Node's; fs code can use it as its separator Buffer.
internalBuffer.bufferSep = Buffer.from('/');
