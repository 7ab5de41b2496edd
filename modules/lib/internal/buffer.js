'use strict';

// Buffer.prototype's byte-level methods (Node's lib/internal/buffer.js): the
// number readers and writers (read/write[U]Int8/16/32, [U]IntLE/BE with a
// byteLength of 1 to 6, Float/Double LE/BE) and the per-encoding slice/write
// methods (utf8Slice, hexWrite, ...) that toString and write dispatch to.
//
// HOW the numbers work: a Buffer is a Uint8Array, so a byte is read as
// this[i] and written as this[i] = v, which stores ToUint8(v) (v modulo 256):
// a writer only has to shift the value right 8 bits at a time. A read out of
// bounds is detected by this[i] === undefined (typed arrays return undefined
// past their end and for non-integer indices). Floats go through a
// Float32Array/Float64Array that shares its bytes with a Uint8Array, as in
// Node. Error messages and the order of the checks follow Node exactly,
// because programs print them. The fixed-width methods do the common case (a
// number offset, in bounds, in range) inline and hand anything else to the
// general readUnsigned/readSigned/writeInt, which check in Node's order: in
// Duktape a call or an outer-variable lookup costs more than the byte work.
//
// The BigInt64 methods exist but throw ERR_NOT_SUPPORTED: Duktape has no
// BigInt.

var binding = internalBinding('buffer');
var errors = require('internal/errors');
var codes = errors.codes;
var validateNumber = require('internal/validators').validateNumber;
var enc = require('internal/buffer/encoding');

var ERR_BUFFER_OUT_OF_BOUNDS = codes.ERR_BUFFER_OUT_OF_BOUNDS;
var ERR_INVALID_ARG_TYPE = codes.ERR_INVALID_ARG_TYPE;
var ERR_OUT_OF_RANGE = codes.ERR_OUT_OF_RANGE;

// An error of a Node code with the message Node's C++ gives it (C++ throws
// some codes with fixed texts: "Index out of range", "argument must be a
// string").
function errorWithMessage(Code, args, message) {
  var err = Code.apply(null, args);
  err.message = message;
  var name = Object.getPrototypeOf(Object.getPrototypeOf(err)).name;
  Object.defineProperty(err, 'stack', {
    value: name + ' [' + err.code + ']: ' + message + errors.stackTail(err.stack),
    writable: true, configurable: true, enumerable: false });
  return err;
}

function indexOutOfRange() {
  return errorWithMessage(ERR_OUT_OF_RANGE, ['index', 'in range', 0], 'Index out of range');
}

// --- bounds checks -----------------------------------------------------------

function boundsError(value, length, type) {
  if (Math.floor(value) !== value) {
    validateNumber(value, type);
    throw new ERR_OUT_OF_RANGE(type || 'offset', 'an integer', value);
  }
  if (length < 0) throw new ERR_BUFFER_OUT_OF_BOUNDS();
  throw new ERR_OUT_OF_RANGE(type || 'offset', '>= ' + (type ? 1 : 0) + ' and <= ' + length, value);
}

// Bytes [offset, offset + n) exist (offset is validated as a number first).
function checkRead(buf, offset, n) {
  validateNumber(offset, 'offset');
  if (buf[offset] === undefined || buf[offset + n - 1] === undefined) boundsError(offset, buf.length - n);
}

// The range text Node prints for a value check of an n-byte integer.
function intRange(min, max, n) {
  if (n > 4) {
    if (min === 0) return '>= 0 and < 2 ** ' + (n * 8);
    return '>= -(2 ** ' + (n * 8 - 1) + ') and < 2 ** ' + (n * 8 - 1);
  }
  return '>= ' + min + ' and <= ' + max;
}

// Node's checkInt: the value's range, then the offset.
function checkWrite(buf, value, offset, min, max, n) {
  if (value > max || value < min) throw new ERR_OUT_OF_RANGE('value', intRange(min, max, n), value);
  checkRead(buf, offset, n);
}

// --- integer reads -----------------------------------------------------------

// Unsigned little/big-endian of n bytes (n <= 6: exact in a double).
function readUnsigned(buf, offset, n, littleEndian) {
  if (offset === undefined) offset = 0;
  checkRead(buf, offset, n);
  var v = 0;
  var mul = 1;
  var i;
  if (littleEndian) {
    for (i = 0; i < n; i++, mul *= 256) v += buf[offset + i] * mul;
  } else {
    for (i = n - 1; i >= 0; i--, mul *= 256) v += buf[offset + i] * mul;
  }
  return v;
}

function readSigned(buf, offset, n, littleEndian) {
  var v = readUnsigned(buf, offset, n, littleEndian);
  var limit = Math.pow(2, n * 8 - 1);
  return v >= limit ? v - limit * 2 : v;
}

// The fixed-width readers: the in-bounds case inline (in Duktape every call
// and every outer-variable lookup costs); anything else goes through
// readUnsigned/readSigned, which throw Node's errors.
function readUInt8(offset) {
  if (offset === undefined) offset = 0;
  var v = typeof offset === 'number' ? this[offset] : undefined;
  return v === undefined ? readUnsigned(this, offset, 1, true) : v;
}
function readInt8(offset) {
  if (offset === undefined) offset = 0;
  var v = typeof offset === 'number' ? this[offset] : undefined;
  if (v === undefined) return readSigned(this, offset, 1, true);
  return v > 127 ? v - 256 : v;
}
function readUInt16LE(offset) {
  if (offset === undefined) offset = 0;
  if (typeof offset !== 'number' || this[offset + 1] === undefined || this[offset] === undefined) {
    return readUnsigned(this, offset, 2, true);
  }
  return this[offset] + this[offset + 1] * 0x100;
}
function readUInt16BE(offset) {
  if (offset === undefined) offset = 0;
  if (typeof offset !== 'number' || this[offset + 1] === undefined || this[offset] === undefined) {
    return readUnsigned(this, offset, 2, false);
  }
  return this[offset] * 0x100 + this[offset + 1];
}
function readInt16LE(offset) {
  var v = readUInt16LE.call(this, offset);
  return v > 0x7fff ? v - 0x10000 : v;
}
function readInt16BE(offset) {
  var v = readUInt16BE.call(this, offset);
  return v > 0x7fff ? v - 0x10000 : v;
}
function readUInt32LE(offset) {
  if (offset === undefined) offset = 0;
  if (typeof offset !== 'number' || this[offset + 3] === undefined || this[offset] === undefined) {
    return readUnsigned(this, offset, 4, true);
  }
  return this[offset] + this[offset + 1] * 0x100 + this[offset + 2] * 0x10000 + this[offset + 3] * 0x1000000;
}
function readUInt32BE(offset) {
  if (offset === undefined) offset = 0;
  if (typeof offset !== 'number' || this[offset + 3] === undefined || this[offset] === undefined) {
    return readUnsigned(this, offset, 4, false);
  }
  return this[offset] * 0x1000000 + this[offset + 1] * 0x10000 + this[offset + 2] * 0x100 + this[offset + 3];
}
function readInt32LE(offset) {
  return readUInt32LE.call(this, offset) | 0;
}
function readInt32BE(offset) {
  return readUInt32BE.call(this, offset) | 0;
}

// read[U]Int{LE,BE}(offset, byteLength): byteLength 1..6, offset required.
function checkByteLength(byteLength) {
  if (byteLength === 1 || byteLength === 2 || byteLength === 3 || byteLength === 4 ||
      byteLength === 5 || byteLength === 6) {
    return;
  }
  boundsError(byteLength, 6, 'byteLength');
}

function makeVariableReader(signed, littleEndian) {
  return function (offset, byteLength) {
    if (offset === undefined) throw new ERR_INVALID_ARG_TYPE('offset', 'number', offset);
    checkByteLength(byteLength);
    return signed ? readSigned(this, offset, byteLength, littleEndian) :
      readUnsigned(this, offset, byteLength, littleEndian);
  };
}

// --- integer writes ------------------------------------------------------------

// Stores n bytes of an integer value already checked to be in range.
function storeInt(buf, value, offset, n, littleEndian) {
  // The low 32 bits by shifting (ToUint8 on store takes the low byte), the
  // rest (n = 5, 6) from value / 2^32.
  var lo = value;
  var hi = Math.floor(value / 4294967296);
  for (var i = 0; i < n; i++) {
    var at = littleEndian ? offset + i : offset + n - 1 - i;
    if (i < 4) {
      buf[at] = lo;
      lo = lo >>> 8;
    } else {
      buf[at] = hi;
      hi = hi >>> 8;
    }
  }
  return offset + n;
}

// Node's writeU_IntN: one byte checks the offset's type before the value,
// wider ones the value's range first (checkInt). offset is not defaulted here.
function writeInt(buf, value, offset, n, littleEndian, min, max) {
  value = +value;
  if (n === 1) {
    validateNumber(offset, 'offset');
    if (value > max || value < min) throw new ERR_OUT_OF_RANGE('value', intRange(min, max, 1), value);
    if (buf[offset] === undefined) boundsError(offset, buf.length - 1);
    buf[offset] = value;
    return offset + 1;
  }
  checkWrite(buf, value, offset, min, max, n);
  return storeInt(buf, value, offset, n, littleEndian);
}

var UNSIGNED_MAX = [0, 0xff, 0xffff, 0xffffff, 0xffffffff, 0xffffffffff, 0xffffffffffff];
var SIGNED_MAX = [0, 0x7f, 0x7fff, 0x7fffff, 0x7fffffff, 0x7fffffffff, 0x7fffffffffff];

// write[U]Int8/16/32: offset defaults to 0. The in-range, in-bounds case is
// inline; anything else goes through writeInt, which checks in Node's order
// and throws Node's errors (or writes, when all is well after all).
function makeWriter(n, littleEndian, signed) {
  var max = signed ? SIGNED_MAX[n] : UNSIGNED_MAX[n];
  var min = signed ? -max - 1 : 0;
  if (n === 1) {
    return function (value, offset) {
      value = +value;
      if (offset === undefined) offset = 0;
      if (typeof offset !== 'number' || value > max || value < min || this[offset] === undefined) {
        return writeInt(this, value, offset, 1, true, min, max);
      }
      this[offset] = value;
      return offset + 1;
    };
  }
  var last = n - 1;
  return function (value, offset) {
    value = +value;
    if (offset === undefined) offset = 0;
    if (typeof offset !== 'number' || value > max || value < min || this[offset] === undefined ||
        this[offset + last] === undefined) {
      return writeInt(this, value, offset, n, littleEndian, min, max);
    }
    if (littleEndian) {
      for (var i = 0; i < n; i++) {
        this[offset + i] = value;
        value = value >>> 8;
      }
    } else {
      for (var j = last; j >= 0; j--) {
        this[offset + j] = value;
        value = value >>> 8;
      }
    }
    return offset + n;
  };
}

// write[U]Int{LE,BE}(value, offset, byteLength): byteLength 1..6, no default.
function makeVariableWriter(signed, littleEndian) {
  return function (value, offset, byteLength) {
    checkByteLength(byteLength);
    var max = signed ? SIGNED_MAX[byteLength] : UNSIGNED_MAX[byteLength];
    return writeInt(this, value, offset, byteLength, littleEndian, signed ? -max - 1 : 0, max);
  };
}

// --- floats ------------------------------------------------------------------------

var float32 = new Float32Array(1);
var float32Bytes = new Uint8Array(float32.buffer);
var float64 = new Float64Array(1);
var float64Bytes = new Uint8Array(float64.buffer);
float32[0] = -1;  // 0xBF800000: the sign byte is last on a little-endian machine
var littleEndianHost = float32Bytes[3] === 0xbf;

function readFloat(buf, offset, n, littleEndian) {
  if (offset === undefined) offset = 0;
  checkRead(buf, offset, n);
  var bytes = n === 4 ? float32Bytes : float64Bytes;
  var same = littleEndian === littleEndianHost;
  for (var i = 0; i < n; i++) bytes[same ? i : n - 1 - i] = buf[offset + i];
  return n === 4 ? float32[0] : float64[0];
}

function writeFloat(buf, value, offset, n, littleEndian) {
  value = +value;
  if (offset === undefined) offset = 0;
  checkRead(buf, offset, n);
  var bytes;
  if (n === 4) {
    float32[0] = value;
    bytes = float32Bytes;
  } else {
    float64[0] = value;
    bytes = float64Bytes;
  }
  var same = littleEndian === littleEndianHost;
  for (var i = 0; i < n; i++) buf[offset + i] = bytes[same ? i : n - 1 - i];
  return offset + n;
}

function noBigInt(name) {
  return function () {
    throw new codes.ERR_NOT_SUPPORTED('buf.' + name + '()', 'there is no BigInt in Duktape; ' +
      'use two 32-bit reads or writes');
  };
}

// --- slices and writes per encoding --------------------------------------------------

// Node's C++ StringSlice: start/end default to the whole buffer, negative or
// past the end is "Index out of range", end < start gives ''.
function makeSlice(id) {
  return function (start, end) {
    var len = this.length;
    if (len === 0) return '';
    start = start === undefined ? 0 : toIndex(start);
    end = end === undefined ? len : toIndex(end);
    if (end < start) end = start;
    if (start < 0 || end > len) throw indexOutOfRange();
    return binding.slice(this, id, start, end);
  };
}

// Node's C++ StringWrite(string, offset, length).
function makeWrite(id) {
  return function (string, offset, length) {
    if (typeof string !== 'string') {
      throw errorWithMessage(ERR_INVALID_ARG_TYPE, ['argument', 'string', string], 'argument must be a string');
    }
    var len = this.length;
    offset = offset === undefined ? 0 : toIndex(offset);
    if (offset < 0) throw indexOutOfRange();
    if (offset > len) throw new ERR_BUFFER_OUT_OF_BOUNDS('offset');
    length = length === undefined ? len - offset : toIndex(length);
    if (length < 0) throw indexOutOfRange();
    if (length > len - offset) length = len - offset;
    if (length === 0) return 0;
    return binding.write(this, id, string, offset, length);
  };
}

// ToIntegerOrInfinity (NaN -> 0).
function toIndex(v) {
  v = +v;
  if (v !== v) return 0;
  return v < 0 ? Math.ceil(v) : Math.floor(v);
}

function addBufferPrototypeMethods(proto) {
  proto.readUInt8 = proto.readUint8 = readUInt8;
  proto.readUInt16LE = proto.readUint16LE = readUInt16LE;
  proto.readUInt16BE = proto.readUint16BE = readUInt16BE;
  proto.readUInt32LE = proto.readUint32LE = readUInt32LE;
  proto.readUInt32BE = proto.readUint32BE = readUInt32BE;
  proto.readUIntLE = proto.readUintLE = makeVariableReader(false, true);
  proto.readUIntBE = proto.readUintBE = makeVariableReader(false, false);
  proto.readInt8 = readInt8;
  proto.readInt16LE = readInt16LE;
  proto.readInt16BE = readInt16BE;
  proto.readInt32LE = readInt32LE;
  proto.readInt32BE = readInt32BE;
  proto.readIntLE = makeVariableReader(true, true);
  proto.readIntBE = makeVariableReader(true, false);

  proto.writeUInt8 = proto.writeUint8 = makeWriter(1, true, false);
  proto.writeUInt16LE = proto.writeUint16LE = makeWriter(2, true, false);
  proto.writeUInt16BE = proto.writeUint16BE = makeWriter(2, false, false);
  proto.writeUInt32LE = proto.writeUint32LE = makeWriter(4, true, false);
  proto.writeUInt32BE = proto.writeUint32BE = makeWriter(4, false, false);
  proto.writeUIntLE = proto.writeUintLE = makeVariableWriter(false, true);
  proto.writeUIntBE = proto.writeUintBE = makeVariableWriter(false, false);
  proto.writeInt8 = makeWriter(1, true, true);
  proto.writeInt16LE = makeWriter(2, true, true);
  proto.writeInt16BE = makeWriter(2, false, true);
  proto.writeInt32LE = makeWriter(4, true, true);
  proto.writeInt32BE = makeWriter(4, false, true);
  proto.writeIntLE = makeVariableWriter(true, true);
  proto.writeIntBE = makeVariableWriter(true, false);

  proto.readFloatLE = function readFloatLE(offset) { return readFloat(this, offset, 4, true); };
  proto.readFloatBE = function readFloatBE(offset) { return readFloat(this, offset, 4, false); };
  proto.readDoubleLE = function readDoubleLE(offset) { return readFloat(this, offset, 8, true); };
  proto.readDoubleBE = function readDoubleBE(offset) { return readFloat(this, offset, 8, false); };
  proto.writeFloatLE = function writeFloatLE(v, offset) { return writeFloat(this, v, offset, 4, true); };
  proto.writeFloatBE = function writeFloatBE(v, offset) { return writeFloat(this, v, offset, 4, false); };
  proto.writeDoubleLE = function writeDoubleLE(v, offset) { return writeFloat(this, v, offset, 8, true); };
  proto.writeDoubleBE = function writeDoubleBE(v, offset) { return writeFloat(this, v, offset, 8, false); };

  ['readBigUInt64LE', 'readBigUInt64BE', 'readBigUint64LE', 'readBigUint64BE', 'readBigInt64LE',
    'readBigInt64BE', 'writeBigUInt64LE', 'writeBigUInt64BE', 'writeBigUint64LE',
    'writeBigUint64BE', 'writeBigInt64LE', 'writeBigInt64BE'].forEach(function (name) {
    proto[name] = noBigInt(name);
  });

  proto.asciiSlice = makeSlice(enc.ASCII);
  proto.base64Slice = makeSlice(enc.BASE64);
  proto.base64urlSlice = makeSlice(enc.BASE64URL);
  proto.latin1Slice = makeSlice(enc.LATIN1);
  proto.hexSlice = makeSlice(enc.HEX);
  proto.ucs2Slice = makeSlice(enc.UCS2);
  proto.utf8Slice = makeSlice(enc.UTF8);
  proto.asciiWrite = makeWrite(enc.ASCII);
  proto.base64Write = makeWrite(enc.BASE64);
  proto.base64urlWrite = makeWrite(enc.BASE64URL);
  proto.latin1Write = makeWrite(enc.LATIN1);
  proto.hexWrite = makeWrite(enc.HEX);
  proto.ucs2Write = makeWrite(enc.UCS2);
  proto.utf8Write = makeWrite(enc.UTF8);
}

module.exports = {
  addBufferPrototypeMethods: addBufferPrototypeMethods,
  errorWithMessage: errorWithMessage,
  readUInt16BE: readUInt16BE,
  readUInt32BE: readUInt32BE
};
