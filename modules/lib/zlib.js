'use strict';

// zlib (Node's lib/zlib.js, without Brotli): deflate/inflate, gzip/gunzip,
// raw deflate and unzip (either header), as Transform streams, as one-call
// functions with a callback, and as *Sync functions; crc32.
//
// HOW a zlib stream works (as in Node): each written chunk is fed to the
// native handle (internalBinding('zlib'), modules/native/zlib.cpp) in one
// or more write() requests. A request runs one deflate()/inflate() call on
// libuv's thread pool into the current output buffer (chunkSize bytes, 16
// KiB by default) and reports how much input is left and how much output
// room; the callback (processCallback) pushes what was produced and, while
// the output buffer came back full, asks again. So compressing a large
// Buffer is a series of pool requests, each completing in a poll phase:
// watch pool.work "zlib" in the trace, or the thread-pool lanes.
// The *Sync functions make the same calls on the main thread.
//
// Decompression gives Node's bytes exactly; compressed bytes can differ in
// places from Node's, which bundles Chromium's fork of zlib (other match
// finding), while tickscope uses Debian's zlib: both are valid streams.

var binding = internalBinding('zlib');
var Transform = require('internal/streams/transform');
var finished = require('internal/streams/end-of-stream');
var Buffer = require('buffer').Buffer;
var errors = require('internal/errors');
var validators = require('internal/validators');
var types = require('internal/util/types');

var ERR_INVALID_ARG_TYPE = errors.codes.ERR_INVALID_ARG_TYPE;
var ERR_OUT_OF_RANGE = errors.codes.ERR_OUT_OF_RANGE;
var ERR_BUFFER_TOO_LARGE = errors.registerCode('ERR_BUFFER_TOO_LARGE',
  'Cannot create a Buffer larger than %s bytes', RangeError);
var ERR_ZLIB_INITIALIZATION_FAILED = errors.registerCode('ERR_ZLIB_INITIALIZATION_FAILED',
  'Initialization failed', Error);

var kMaxLength = require('buffer').kMaxLength;

// zlib.constants: zlib's own, the modes, and the limits Node adds.
var constants = {};
Object.keys(binding.constants).forEach(function (k) { constants[k] = binding.constants[k]; });
constants.Z_MIN_WINDOWBITS = 8;
constants.Z_MAX_WINDOWBITS = 15;
constants.Z_DEFAULT_WINDOWBITS = 15;
constants.Z_MIN_CHUNK = 64;
constants.Z_MAX_CHUNK = Infinity;
constants.Z_DEFAULT_CHUNK = 16 * 1024;
constants.Z_MIN_MEMLEVEL = 1;
constants.Z_MAX_MEMLEVEL = 9;
constants.Z_DEFAULT_MEMLEVEL = 8;
constants.Z_MIN_LEVEL = -1;
constants.Z_MAX_LEVEL = 9;
constants.Z_DEFAULT_LEVEL = constants.Z_DEFAULT_COMPRESSION;
Object.freeze(constants);

var DEFLATE = constants.DEFLATE;
var INFLATE = constants.INFLATE;
var GZIP = constants.GZIP;
var GUNZIP = constants.GUNZIP;
var DEFLATERAW = constants.DEFLATERAW;
var INFLATERAW = constants.INFLATERAW;
var UNZIP = constants.UNZIP;

// Return codes both ways: codes.Z_DATA_ERROR === -3, codes[-3] === 'Z_DATA_ERROR'.
var codes = {
  Z_OK: constants.Z_OK,
  Z_STREAM_END: constants.Z_STREAM_END,
  Z_NEED_DICT: constants.Z_NEED_DICT,
  Z_ERRNO: constants.Z_ERRNO,
  Z_STREAM_ERROR: constants.Z_STREAM_ERROR,
  Z_DATA_ERROR: constants.Z_DATA_ERROR,
  Z_MEM_ERROR: constants.Z_MEM_ERROR,
  Z_BUF_ERROR: constants.Z_BUF_ERROR,
  Z_VERSION_ERROR: constants.Z_VERSION_ERROR
};
Object.keys(codes).forEach(function (k) { codes[codes[k]] = k; });

// --- option checks (Node's checkFiniteNumber / checkRangesOrGetDefault) -------------------

function checkFiniteNumber(number, name) {
  if (number === undefined) return false;
  if (isFinite(number) && typeof number === 'number') return true;
  if (number !== number) return false;
  validators.validateNumber(number, name);
  throw new ERR_OUT_OF_RANGE(name, 'a finite number', number);
}

function checkRangesOrGetDefault(number, name, lower, upper, def) {
  if (!checkFiniteNumber(number, name)) return def;
  if (number < lower || number > upper) {
    throw new ERR_OUT_OF_RANGE(name, '>= ' + lower + ' and <= ' + upper, number);
  }
  return number;
}

// The error a failed zlib call becomes: "incorrect header check" with
// errno -3 and code 'Z_DATA_ERROR', say.
function zlibError(outcome) {
  var err = new Error(outcome.message);
  err.errno = outcome.errno;
  err.code = codes[outcome.errno];
  return err;
}

// --- ZlibBase: the Transform ---------------------------------------------------------------


function ZlibBase(opts, mode, handle, flushes) {
  var chunkSize = constants.Z_DEFAULT_CHUNK;
  var maxOutputLength = kMaxLength;
  var flush = flushes.flush;
  var finishFlush = flushes.finishFlush;
  if (opts) {
    chunkSize = opts.chunkSize;
    if (!checkFiniteNumber(chunkSize, 'options.chunkSize')) {
      chunkSize = constants.Z_DEFAULT_CHUNK;
    } else if (chunkSize < constants.Z_MIN_CHUNK) {
      throw new ERR_OUT_OF_RANGE('options.chunkSize', '>= ' + constants.Z_MIN_CHUNK, chunkSize);
    }
    flush = checkRangesOrGetDefault(opts.flush, 'options.flush', constants.Z_NO_FLUSH,
      constants.Z_BLOCK, flush);
    finishFlush = checkRangesOrGetDefault(opts.finishFlush, 'options.finishFlush',
      constants.Z_NO_FLUSH, constants.Z_BLOCK, finishFlush);
    maxOutputLength = checkRangesOrGetDefault(opts.maxOutputLength, 'options.maxOutputLength', 1,
      kMaxLength, kMaxLength);
    if (opts.encoding || opts.objectMode || opts.writableObjectMode) {
      opts = Object.assign({}, opts, { encoding: null, objectMode: false, writableObjectMode: false });
    }
  }
  Transform.call(this, Object.assign({ autoDestroy: true }, opts));
  this._hadError = false;
  this.bytesWritten = 0;
  this._handle = handle;
  this._outBuffer = Buffer.allocUnsafe(chunkSize);
  this._outOffset = 0;
  this._chunkSize = chunkSize;
  this._defaultFlushFlag = flush;
  this._finishFlushFlag = finishFlush;
  this._defaultFullFlushFlag = flushes.fullFlush;
  this._info = opts && opts.info;
  this._maxOutputLength = maxOutputLength;
  // flush() writes an empty chunk that carries its flush kind. Node marks
  // the chunk itself; Buffers here are not extensible, so the stream keeps
  // the chunks and kinds in order, and _transform matches the head.
  this._flushRequests = [];
}
Object.setPrototypeOf(ZlibBase.prototype, Transform.prototype);
Object.setPrototypeOf(ZlibBase, Transform);

Object.defineProperty(ZlibBase.prototype, '_closed', {
  configurable: true,
  enumerable: true,
  get: function () { return !this._handle; }
});

ZlibBase.prototype.reset = function reset() {
  if (!this._handle) throw new Error('zlib binding closed');
  return binding.reset(this._handle);
};

// The stream's end: one last empty chunk, written with the finish flag.
ZlibBase.prototype._flush = function _flush(callback) {
  this._transform(Buffer.alloc(0), '', callback);
};

ZlibBase.prototype._final = function _final(callback) {
  callback();
};

function maxFlush(a, b) {
  // Z_FINISH (4) outranks Z_FULL_FLUSH (3) outranks Z_SYNC_FLUSH... except
  // Z_BLOCK (5), which ranks below Z_PARTIAL_FLUSH, as in Node.
  var rank = [0, 1, 3, 4, 5, 2];
  return rank[a] > rank[b] ? a : b;
}

ZlibBase.prototype.flush = function flush(kind, callback) {
  if (typeof kind === 'function' || (kind === undefined && !callback)) {
    callback = kind;
    kind = this._defaultFullFlushFlag;
  }
  if (this.writableFinished) {
    if (callback) process.nextTick(callback);
  } else if (this.writableEnded) {
    if (callback) this.once('end', callback);
  } else {
    var chunk = Buffer.alloc(0);
    this._flushRequests.push({ chunk: chunk, kind: kind });
    this.write(chunk, '', callback);
  }
};

ZlibBase.prototype.close = function close(callback) {
  if (callback) finished(this, callback);
  this.destroy();
};

ZlibBase.prototype._destroy = function _destroy(err, callback) {
  closeHandle(this);
  callback(err);
};

ZlibBase.prototype._transform = function _transform(chunk, encoding, cb) {
  var flushFlag = this._defaultFlushFlag;
  var requests = this._flushRequests;
  if (requests.length > 0 && requests[0].chunk === chunk) flushFlag = requests.shift().kind;
  // The last chunk also gets the finish flag.
  if (this._writableState.ending && this.writableLength === chunk.byteLength) {
    flushFlag = maxFlush(flushFlag, this._finishFlushFlag);
  }
  processChunk(this, chunk, flushFlag, cb);
};

ZlibBase.prototype._processChunk = function _processChunk(chunk, flushFlag, cb) {
  if (typeof cb === 'function') processChunk(this, chunk, flushFlag, cb);
  else return processChunkSync(this, chunk, flushFlag);
};

function closeHandle(engine) {
  if (engine._handle) binding.close(engine._handle);
  engine._handle = null;
}

// Feeds one chunk to the handle, asynchronously; cb when all of it is in.
function processChunk(self, chunk, flushFlag, cb) {
  var handle = self._handle;
  if (!handle) {
    process.nextTick(cb);
    return;
  }
  var state = self._writeState;
  var inOff = 0;
  var availInBefore = chunk.byteLength;
  var availOutBefore = self._chunkSize - self._outOffset;

  function write() {
    binding.write(handle, flushFlag, chunk, inOff, availInBefore, self._outBuffer,
      self._outOffset, availOutBefore, state, processCallback);
  }

  // One request done: push its output; ask again while the output buffer
  // came back full.
  function processCallback(outcome) {
    if (outcome !== null) {
      var error = zlibError(outcome);
      self._hadError = true;
      self.destroy(error);
      return;
    }
    if (self.destroyed) {
      cb();
      return;
    }
    var availOutAfter = state[0];
    var availInAfter = state[1];
    var inDelta = availInBefore - availInAfter;
    self.bytesWritten += inDelta;
    var have = availOutBefore - availOutAfter;
    var streamBufferIsFull = false;
    if (have > 0) {
      var out = self._outBuffer.slice(self._outOffset, self._outOffset + have);
      self._outOffset += have;
      streamBufferIsFull = !self.push(out);
    }
    if (self.destroyed) {
      cb();
      return;
    }
    if (availOutAfter === 0 || self._outOffset >= self._chunkSize) {
      availOutBefore = self._chunkSize;
      self._outOffset = 0;
      self._outBuffer = Buffer.allocUnsafe(self._chunkSize);
    }
    if (availOutAfter === 0) {
      // Not done: more output is waiting. Continue where the input stopped,
      // once the reader wants more if the readable side is full.
      inOff += inDelta;
      availInBefore = availInAfter;
      if (!streamBufferIsFull) {
        write();
      } else {
        var oldRead = self._read;
        self._read = function (n) {
          self._read = oldRead;
          write();
          self._read(n);
        };
      }
      return;
    }
    if (availInAfter > 0) {
      // zlib took no more input though it had room to write: the
      // compressed stream ended early (data after it is ignored).
      self.push(null);
    }
    cb();
  }

  write();
}

// The same on the main thread, collecting the output: the *Sync functions.
function processChunkSync(self, chunk, flushFlag) {
  var availInBefore = chunk.byteLength;
  var availOutBefore = self._chunkSize - self._outOffset;
  var inOff = 0;
  var buffers = [];
  var nread = 0;
  var inputRead = 0;
  var state = self._writeState;
  var handle = self._handle;
  var buffer = self._outBuffer;
  var offset = self._outOffset;
  var chunkSize = self._chunkSize;
  for (;;) {
    var outcome = binding.write(handle, flushFlag, chunk, inOff, availInBefore, buffer, offset,
      availOutBefore, state);
    if (outcome !== null) {
      closeHandle(self);
      throw zlibError(outcome);
    }
    var availOutAfter = state[0];
    var availInAfter = state[1];
    var inDelta = availInBefore - availInAfter;
    inputRead += inDelta;
    var have = availOutBefore - availOutAfter;
    if (have > 0) {
      var out = offset === 0 && have === buffer.length ? buffer : buffer.slice(offset, offset + have);
      offset += have;
      buffers.push(out);
      nread += out.byteLength;
      if (nread > self._maxOutputLength) {
        closeHandle(self);
        throw new ERR_BUFFER_TOO_LARGE(self._maxOutputLength);
      }
    }
    if (availOutAfter === 0 || offset >= chunkSize) {
      availOutBefore = chunkSize;
      offset = 0;
      buffer = Buffer.allocUnsafe(chunkSize);
    }
    if (availOutAfter === 0) {
      inOff += inDelta;
      availInBefore = availInAfter;
    } else {
      break;
    }
  }
  self.bytesWritten = inputRead;
  closeHandle(self);
  if (nread === 0) return Buffer.alloc(0);
  return buffers.length === 1 ? buffers[0] : Buffer.concat(buffers, nread);
}

// --- Zlib: the deflate/inflate family -----------------------------------------------------

var zlibDefaultOpts = {
  flush: constants.Z_NO_FLUSH,
  finishFlush: constants.Z_FINISH,
  fullFlush: constants.Z_FULL_FLUSH
};

function Zlib(opts, mode) {
  var windowBits = constants.Z_DEFAULT_WINDOWBITS;
  var level = constants.Z_DEFAULT_COMPRESSION;
  var memLevel = constants.Z_DEFAULT_MEMLEVEL;
  var strategy = constants.Z_DEFAULT_STRATEGY;
  var dictionary;
  if (opts) {
    // For decompression, windowBits 0 means "the size the header says".
    if ((opts.windowBits == null || opts.windowBits === 0) &&
        (mode === INFLATE || mode === GUNZIP || mode === UNZIP)) {
      windowBits = 0;
    } else {
      // { windowBits: 8 } is valid for deflate but not for gzip.
      var min = constants.Z_MIN_WINDOWBITS + (mode === GZIP ? 1 : 0);
      windowBits = checkRangesOrGetDefault(opts.windowBits, 'options.windowBits', min,
        constants.Z_MAX_WINDOWBITS, constants.Z_DEFAULT_WINDOWBITS);
    }
    level = checkRangesOrGetDefault(opts.level, 'options.level', constants.Z_MIN_LEVEL,
      constants.Z_MAX_LEVEL, constants.Z_DEFAULT_COMPRESSION);
    memLevel = checkRangesOrGetDefault(opts.memLevel, 'options.memLevel', constants.Z_MIN_MEMLEVEL,
      constants.Z_MAX_MEMLEVEL, constants.Z_DEFAULT_MEMLEVEL);
    strategy = checkRangesOrGetDefault(opts.strategy, 'options.strategy',
      constants.Z_DEFAULT_STRATEGY, constants.Z_FIXED, constants.Z_DEFAULT_STRATEGY);
    dictionary = opts.dictionary;
    if (dictionary !== undefined && !ArrayBuffer.isView(dictionary)) {
      if (types.isArrayBuffer(dictionary)) {
        dictionary = Buffer.from(dictionary);
      } else {
        throw new ERR_INVALID_ARG_TYPE('options.dictionary',
          ['Buffer', 'TypedArray', 'DataView', 'ArrayBuffer'], dictionary);
      }
    }
  }
  var handle;
  try {
    handle = binding.create(mode, windowBits, level, memLevel, strategy, dictionary);
  } catch (e) {
    throw new ERR_ZLIB_INITIALIZATION_FAILED();
  }
  this._writeState = new Uint32Array(2);
  ZlibBase.call(this, opts, mode, handle, zlibDefaultOpts);
  this._level = level;
  this._strategy = strategy;
}
Object.setPrototypeOf(Zlib.prototype, ZlibBase.prototype);
Object.setPrototypeOf(Zlib, ZlibBase);

// params(level, strategy, callback): flushes what is buffered, then
// changes the compression settings.
Zlib.prototype.params = function params(level, strategy, callback) {
  checkRangesOrGetDefault(level, 'level', constants.Z_MIN_LEVEL, constants.Z_MAX_LEVEL);
  checkRangesOrGetDefault(strategy, 'strategy', constants.Z_DEFAULT_STRATEGY, constants.Z_FIXED);
  if (this._level !== level || this._strategy !== strategy) {
    var self = this;
    this.flush(constants.Z_SYNC_FLUSH, function () {
      if (self._handle) binding.params(self._handle, level, strategy);
      self._level = level;
      self._strategy = strategy;
      if (callback) callback();
    });
  } else if (callback) {
    process.nextTick(callback);
  }
};

// One constructor per mode, callable without `new` as in Node.
function makeClass(name, mode) {
  var Ctor = function (opts) {
    if (!(this instanceof Ctor)) return new Ctor(opts);
    Zlib.call(this, opts, mode);
  };
  Object.defineProperty(Ctor, 'name', { value: name, configurable: true });
  Object.setPrototypeOf(Ctor.prototype, Zlib.prototype);
  Object.setPrototypeOf(Ctor, Zlib);
  return Ctor;
}

var Deflate = makeClass('Deflate', DEFLATE);
var Inflate = makeClass('Inflate', INFLATE);
var Gzip = makeClass('Gzip', GZIP);
var Gunzip = makeClass('Gunzip', GUNZIP);
var DeflateRaw = makeClass('DeflateRaw', DEFLATERAW);
var InflateRaw = makeClass('InflateRaw', INFLATERAW);
var Unzip = makeClass('Unzip', UNZIP);

// --- the one-call forms --------------------------------------------------------------------

function zlibBuffer(engine, buffer, callback) {
  validators.validateFunction(callback, 'callback');
  if (ArrayBuffer.isView(buffer) && !types.isUint8Array(buffer)) {
    buffer = Buffer.from(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  } else if (types.isArrayBuffer(buffer)) {
    buffer = Buffer.from(buffer);
  }
  var buffers = [];
  var nread = 0;
  engine.on('data', function zlibBufferOnData(chunk) {
    buffers.push(chunk);
    nread += chunk.length;
    if (nread > engine._maxOutputLength) {
      engine.close();
      engine.removeAllListeners('end');
      callback(new ERR_BUFFER_TOO_LARGE(engine._maxOutputLength));
    }
  });
  engine.on('error', function zlibBufferOnError(err) {
    engine.removeAllListeners('end');
    callback(err);
  });
  engine.on('end', function zlibBufferOnEnd() {
    var buf = nread === 0 ? Buffer.alloc(0) :
      buffers.length === 1 ? buffers[0] : Buffer.concat(buffers, nread);
    engine.close();
    if (engine._info) callback(null, { buffer: buf, engine: engine });
    else callback(null, buf);
  });
  engine.end(buffer);
}

function zlibBufferSync(engine, buffer) {
  if (typeof buffer === 'string') {
    buffer = Buffer.from(buffer);
  } else if (!ArrayBuffer.isView(buffer)) {
    if (types.isArrayBuffer(buffer)) {
      buffer = Buffer.from(buffer);
    } else {
      throw new ERR_INVALID_ARG_TYPE('buffer',
        ['string', 'Buffer', 'TypedArray', 'DataView', 'ArrayBuffer'], buffer);
    }
  }
  buffer = processChunkSync(engine, buffer, engine._finishFlushFlag);
  if (engine._info) return { buffer: buffer, engine: engine };
  return buffer;
}

function oneCall(Ctor, name) {
  var fn = function (buffer, opts, callback) {
    if (typeof opts === 'function') {
      callback = opts;
      opts = {};
    }
    return zlibBuffer(new Ctor(opts), buffer, callback);
  };
  Object.defineProperty(fn, 'name', { value: name, configurable: true });
  return fn;
}

function oneCallSync(Ctor, name) {
  var fn = function (buffer, opts) {
    return zlibBufferSync(new Ctor(opts), buffer);
  };
  Object.defineProperty(fn, 'name', { value: name, configurable: true });
  return fn;
}

function crc32(data, value) {
  if (typeof data !== 'string' && !ArrayBuffer.isView(data)) {
    throw new ERR_INVALID_ARG_TYPE('data', ['Buffer', 'TypedArray', 'DataView', 'string'], data);
  }
  if (value === undefined) value = 0;
  validators.validateInteger(value, 'value', 0, 4294967295);
  return binding.crc32(data, value);
}

module.exports = {
  crc32: crc32,
  Deflate: Deflate,
  Inflate: Inflate,
  Gzip: Gzip,
  Gunzip: Gunzip,
  DeflateRaw: DeflateRaw,
  InflateRaw: InflateRaw,
  Unzip: Unzip,
  deflate: oneCall(Deflate, 'deflate'),
  deflateSync: oneCallSync(Deflate, 'deflateSync'),
  gzip: oneCall(Gzip, 'gzip'),
  gzipSync: oneCallSync(Gzip, 'gzipSync'),
  deflateRaw: oneCall(DeflateRaw, 'deflateRaw'),
  deflateRawSync: oneCallSync(DeflateRaw, 'deflateRawSync'),
  unzip: oneCall(Unzip, 'unzip'),
  unzipSync: oneCallSync(Unzip, 'unzipSync'),
  inflate: oneCall(Inflate, 'inflate'),
  inflateSync: oneCallSync(Inflate, 'inflateSync'),
  gunzip: oneCall(Gunzip, 'gunzip'),
  gunzipSync: oneCallSync(Gunzip, 'gunzipSync'),
  inflateRaw: oneCall(InflateRaw, 'inflateRaw'),
  inflateRawSync: oneCallSync(InflateRaw, 'inflateRawSync'),
  createDeflate: function createDeflate(o) { return new Deflate(o); },
  createInflate: function createInflate(o) { return new Inflate(o); },
  createDeflateRaw: function createDeflateRaw(o) { return new DeflateRaw(o); },
  createInflateRaw: function createInflateRaw(o) { return new InflateRaw(o); },
  createGzip: function createGzip(o) { return new Gzip(o); },
  createGunzip: function createGunzip(o) { return new Gunzip(o); },
  createUnzip: function createUnzip(o) { return new Unzip(o); }
};

Object.defineProperty(module.exports, 'constants', {
  configurable: false, enumerable: true, value: constants
});
Object.defineProperty(module.exports, 'codes', {
  enumerable: true, writable: false, value: Object.freeze(codes)
});
// The old top-level constants (zlib.Z_BEST_COMPRESSION...), hidden as in Node.
Object.keys(constants).forEach(function (k) {
  Object.defineProperty(module.exports, k, { enumerable: false, value: constants[k], writable: false });
});
