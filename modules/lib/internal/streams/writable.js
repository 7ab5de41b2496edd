'use strict';

// Writable streams (Node's lib/internal/streams/writable.js, Node 20's
// behaviour, written anew in ES5).
//
// HOW. write(chunk) adds the chunk's size to state.length and either calls
// the implementation's _write(chunk, encoding, onwrite) now or, while a
// _write is still running (or the stream is corked, or _construct has not
// finished), queues it in state.buffered. onwrite (the callback _write
// gets) subtracts the size, starts the next queued chunk, and runs the
// user's write callback. write() returns false once state.length reaches
// highWaterMark: that is backpressure; the caller should wait for 'drain',
// which is emitted when the queue has emptied completely.
//
// WHEN things happen:
//   - a _write that calls back synchronously defers the user's callback
//     (and 'drain') to the next tick (afterWriteTick); a run of such writes
//     with the same callback shares one tick (the count);
//   - end() marks the stream ending; once every write has called back,
//     _final runs, then 'prefinish', and 'finish' is emitted on a later
//     tick; autoDestroy then destroys the stream and 'close' follows a tick
//     after that.
// So `w.write('a'); w.end()` on a stream whose _write calls back at once
// emits 'finish' on the next tick and 'close' on the one after.
//
// Trace (with --trace): stream.write (buffered length against highWaterMark
// after each write, and write()'s answer), stream.written (after each _write
// calls back), stream.drain, stream.finish.

var EE = require('events');
var legacy = require('internal/streams/legacy');
var destroyImpl = require('internal/streams/destroy');
var stateMod = require('internal/streams/state');
var streamCodes = require('internal/streams/codes');
var trace = require('internal/trace');
var asyncIds = require('internal/async_ids');

var Stream = legacy.Stream;
var codes = streamCodes.codes;
var errorOrDestroy = destroyImpl.errorOrDestroy;
var getHighWaterMark = stateMod.getHighWaterMark;
var getDefaultHighWaterMark = stateMod.getDefaultHighWaterMark;

var ERR_INVALID_ARG_TYPE = codes.ERR_INVALID_ARG_TYPE;
var ERR_METHOD_NOT_IMPLEMENTED = codes.ERR_METHOD_NOT_IMPLEMENTED;
var ERR_MULTIPLE_CALLBACK = codes.ERR_MULTIPLE_CALLBACK;
var ERR_STREAM_CANNOT_PIPE = codes.ERR_STREAM_CANNOT_PIPE;
var ERR_STREAM_DESTROYED = codes.ERR_STREAM_DESTROYED;
var ERR_STREAM_ALREADY_FINISHED = codes.ERR_STREAM_ALREADY_FINISHED;
var ERR_STREAM_NULL_VALUES = codes.ERR_STREAM_NULL_VALUES;
var ERR_STREAM_WRITE_AFTER_END = codes.ERR_STREAM_WRITE_AFTER_END;
var ERR_UNKNOWN_ENCODING = codes.ERR_UNKNOWN_ENCODING;

var tracing = trace.enabled;
var emitTrace = trace.emit;
var K = trace.kinds;
var ids = asyncIds.fields;
var kExecutionId = asyncIds.kExecutionId;

var Buffer;
function lazyBuffer() {
  if (Buffer === undefined) Buffer = require('buffer').Buffer;
  return Buffer;
}

module.exports = Writable;
Writable.WritableState = WritableState;

Object.setPrototypeOf(Writable.prototype, Stream.prototype);
Object.setPrototypeOf(Writable, Stream);

function nop() {}

var Duplex;  // set by duplex.js

function WritableState(options, stream, isDuplex) {
  if (typeof isDuplex !== 'boolean') isDuplex = Duplex !== undefined && stream instanceof Duplex;

  this.objectMode = !!(options && options.objectMode);
  if (isDuplex && options && options.writableObjectMode) this.objectMode = true;

  // write() returns false from this many buffered bytes (objects) on; 0:
  // always false unless the write completes at once.
  this.highWaterMark = options ?
    getHighWaterMark(this, options, 'writableHighWaterMark', isDuplex) :
    getDefaultHighWaterMark(false);

  this.finalCalled = false;
  this.needDrain = false;
  this.ending = false;  // end() has been called
  this.ended = false;  // end() has returned
  this.finished = false;  // 'finish' emitted
  this.destroyed = false;
  // Strings become Buffers before _write, unless decodeStrings: false.
  this.decodeStrings = !(options && options.decodeStrings === false);
  var defaultEncoding = options ? options.defaultEncoding : null;
  if (defaultEncoding == null || defaultEncoding === 'utf-8') {
    defaultEncoding = 'utf8';
  } else if (!lazyBuffer().isEncoding(defaultEncoding)) {
    throw new ERR_UNKNOWN_ENCODING(defaultEncoding);
  }
  this.defaultEncoding = defaultEncoding;
  this.length = 0;  // bytes (objects) written but not yet called back
  this.writing = false;
  this.corked = 0;
  this.sync = true;  // inside _write (or _final)
  this.bufferProcessing = false;
  this.onwrite = makeOnwrite(stream);
  this.writecb = nop;
  this.expectWriteCb = false;
  this.writelen = 0;
  this.afterWriteTickInfo = null;
  this.afterWritePending = false;
  this.buffered = [];
  this.bufferedIndex = 0;
  this.allBuffers = true;
  this.allNoop = true;
  this.pendingcb = 0;  // write/final callbacks outstanding; 'finish' waits for 0
  this.constructed = true;
  this.prefinished = false;
  this.errorEmitted = false;
  this.emitClose = !options || options.emitClose !== false;
  this.autoDestroy = !options || options.autoDestroy !== false;
  this.errored = null;
  this.closed = false;
  this.closeEmitted = false;
  this.onFinished = [];  // end(cb) callbacks
  this.traceId = 0;
}

function makeOnwrite(stream) {
  return function (er) {
    onwrite(stream, er);
  };
}

function resetBuffer(state) {
  state.buffered = [];
  state.bufferedIndex = 0;
  state.allBuffers = true;
  state.allNoop = true;
}

WritableState.prototype.getBuffer = function getBuffer() {
  return this.buffered.slice(this.bufferedIndex);
};

Object.defineProperty(WritableState.prototype, 'bufferedRequestCount', {
  get: function () { return this.buffered.length - this.bufferedIndex; },
  configurable: true
});

function Writable(options) {
  if (!(this instanceof Writable)) return new Writable(options);

  if (this._events === undefined) {
    this._events = { close: undefined, error: undefined, prefinish: undefined, finish: undefined,
      drain: undefined };
  }
  this._writableState = new WritableState(options, this, false);

  if (options) {
    if (typeof options.write === 'function') this._write = options.write;
    if (typeof options.writev === 'function') this._writev = options.writev;
    if (typeof options.destroy === 'function') this._destroy = options.destroy;
    if (typeof options.final === 'function') this._final = options.final;
    if (typeof options.construct === 'function') this._construct = options.construct;
    if (options.signal) require('internal/streams/add-abort-signal').addAbortSignal(options.signal, this);
  }

  Stream.call(this, options);

  if (tracing) this._writableState.traceId = require('internal/streams/utils').traceIdFor(this, 'writable');

  if (this._construct != null) {
    var self = this;
    destroyImpl.construct(this, function () {
      onConstructed(self, self._writableState);
    });
  }
}

function onConstructed(stream, state) {
  if (!state.writing) clearBuffer(stream, state);
  if (state.ending) finishMaybe(stream, state);
}

// A Duplex is a Writable too (it copies Writable's methods): instanceof
// checks the state.
Object.defineProperty(Writable, Symbol.hasInstance, {
  value: function (object) {
    if (object !== null && (typeof object === 'object' || typeof object === 'function') &&
        typeof this === 'function' && Object.prototype.isPrototypeOf.call(this.prototype, object)) {
      return true;
    }
    if (this !== Writable) return false;
    return !!(object && object._writableState instanceof WritableState);
  },
  configurable: true
});

Writable.prototype.pipe = function pipe() {
  errorOrDestroy(this, new ERR_STREAM_CANNOT_PIPE());
};

function _write(stream, chunk, encoding, cb) {
  var state = stream._writableState;
  if (typeof cb !== 'function') cb = nop;
  if (chunk === null) throw new ERR_STREAM_NULL_VALUES();

  if (!state.objectMode) {
    if (!encoding) {
      encoding = state.defaultEncoding;
    } else if (encoding !== 'buffer' && !lazyBuffer().isEncoding(encoding)) {
      throw new ERR_UNKNOWN_ENCODING(encoding);
    }
    if (typeof chunk === 'string') {
      if (state.decodeStrings) {
        chunk = lazyBuffer().from(chunk, encoding);
        encoding = 'buffer';
      }
    } else if (chunk !== undefined && ArrayBuffer.isView(chunk)) {
      if (!(chunk instanceof lazyBuffer())) {
        chunk = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
      }
      encoding = 'buffer';
    } else {
      throw new ERR_INVALID_ARG_TYPE('chunk', ['string', 'Buffer', 'TypedArray', 'DataView'], chunk);
    }
  }

  var err;
  if (state.ending) {
    err = new ERR_STREAM_WRITE_AFTER_END();
  } else if (state.destroyed) {
    err = new ERR_STREAM_DESTROYED('write');
  }
  if (err) {
    process.nextTick(cb, err);
    errorOrDestroy(stream, err, true);
    return err;
  }

  state.pendingcb++;
  return writeOrBuffer(stream, state, chunk, encoding, cb);
}

// write(chunk[, encoding][, cb]) -> false when the caller should wait for
// 'drain'.
Writable.prototype.write = function write(chunk, encoding, cb) {
  if (typeof encoding === 'function') {
    cb = encoding;
    encoding = null;
  }
  return _write(this, chunk, encoding, cb) === true;
};

Writable.prototype.cork = function cork() {
  this._writableState.corked++;
};

Writable.prototype.uncork = function uncork() {
  var state = this._writableState;
  if (state.corked) {
    state.corked--;
    if (!state.writing) clearBuffer(this, state);
  }
};

Writable.prototype.setDefaultEncoding = function setDefaultEncoding(encoding) {
  if (typeof encoding === 'string') encoding = encoding.toLowerCase();
  if (!lazyBuffer().isEncoding(encoding)) throw new ERR_UNKNOWN_ENCODING(encoding);
  this._writableState.defaultEncoding = encoding;
  return this;
};

// _write now, or queue behind the one running.
function writeOrBuffer(stream, state, chunk, encoding, callback) {
  var len = state.objectMode ? 1 : chunk.length;
  state.length += len;

  if (state.writing || state.corked || state.errored || !state.constructed) {
    state.buffered.push({ chunk: chunk, encoding: encoding, callback: callback });
    if (state.allBuffers && encoding !== 'buffer') state.allBuffers = false;
    if (state.allNoop && callback !== nop) state.allNoop = false;
  } else {
    state.writelen = len;
    state.writecb = callback;
    state.writing = true;
    state.sync = true;
    state.expectWriteCb = true;
    stream._write(chunk, encoding, state.onwrite);
    state.sync = false;
  }

  var ret = state.length < state.highWaterMark;
  if (!ret) state.needDrain = true;
  // False when errored or destroyed, to break `while (w.write(x))` loops.
  ret = ret && !state.destroyed && !state.errored;
  if (tracing && state.traceId) {
    emitTrace(K['stream.write'], state.traceId, ids[kExecutionId], len, state.length,
      state.highWaterMark, ret);
  }
  return ret;
}

function doWrite(stream, state, writev, len, chunk, encoding, cb) {
  state.writelen = len;
  state.writecb = cb;
  state.writing = true;
  state.sync = true;
  state.expectWriteCb = true;
  if (state.destroyed) state.onwrite(new ERR_STREAM_DESTROYED('write'));
  else if (writev) stream._writev(chunk, state.onwrite);
  else stream._write(chunk, encoding, state.onwrite);
  state.sync = false;
}

function onwriteError(stream, state, er, cb) {
  --state.pendingcb;
  cb(er);
  // The buffered writes fail too (even without autoDestroy).
  errorBuffer(state);
  // 'error' always comes after the write's callback.
  errorOrDestroy(stream, er);
}

// The callback _write gets.
function onwrite(stream, er) {
  var state = stream._writableState;
  if (!state.expectWriteCb) {
    errorOrDestroy(stream, new ERR_MULTIPLE_CALLBACK());
    return;
  }
  var sync = state.sync;
  var cb = state.writecb;

  state.writing = false;
  state.expectWriteCb = false;
  state.writecb = nop;
  var written = state.writelen;
  state.length -= written;
  state.writelen = 0;
  if (tracing && state.traceId) {
    emitTrace(K['stream.written'], state.traceId, ids[kExecutionId], written, state.length,
      state.highWaterMark, !!er);
  }

  if (er) {
    if (!state.errored) state.errored = er;
    // A Duplex's readable side learns of the error too.
    if (stream._readableState && !stream._readableState.errored) {
      stream._readableState.errored = er;
    }
    if (sync) process.nextTick(onwriteError, stream, state, er, cb);
    else onwriteError(stream, state, er, cb);
    return;
  }

  if (state.buffered.length > state.bufferedIndex) clearBuffer(stream, state);

  if (sync) {
    // Called back inside _write: the user's callback (and 'drain') wait
    // for the next tick. Node 20 skips the tick when there is nothing to
    // call (no callback, no drain due) - and, through an operator
    // precedence slip in Node, always takes it in objectMode.
    var needDrain = state.needDrain && state.length === 0;
    var needTick = needDrain || state.objectMode || cb !== nop;
    if (cb === nop) {
      if (!state.afterWritePending && needTick) {
        process.nextTick(afterWrite, stream, state, 1, cb);
        state.afterWritePending = true;
      } else {
        state.pendingcb--;
        if (state.ending) finishMaybe(stream, state, true);
      }
    } else if (state.afterWriteTickInfo !== null && state.afterWriteTickInfo.cb === cb) {
      state.afterWriteTickInfo.count++;
    } else if (needTick) {
      state.afterWriteTickInfo = { count: 1, cb: cb, stream: stream, state: state };
      process.nextTick(afterWriteTick, state.afterWriteTickInfo);
      state.afterWritePending = true;
    } else {
      state.pendingcb--;
      if (state.ending) finishMaybe(stream, state, true);
    }
  } else {
    afterWrite(stream, state, 1, cb);
  }
}

function afterWriteTick(info) {
  info.state.afterWriteTickInfo = null;
  return afterWrite(info.stream, info.state, info.count, info.cb);
}

function afterWrite(stream, state, count, cb) {
  state.afterWritePending = false;
  var needDrain = !state.ending && !state.destroyed && state.length === 0 && state.needDrain;
  if (needDrain) {
    state.needDrain = false;
    if (tracing && state.traceId) {
      emitTrace(K['stream.drain'], state.traceId, ids[kExecutionId], state.highWaterMark);
    }
    stream.emit('drain');
  }
  while (count-- > 0) {
    state.pendingcb--;
    cb(null);
  }
  if (state.destroyed) errorBuffer(state);
  if (state.ending) finishMaybe(stream, state, true);
}

// Fail every queued write (and end() callback) with the stream's error.
function errorBuffer(state) {
  if (state.writing) return;
  for (var n = state.bufferedIndex; n < state.buffered.length; ++n) {
    var entry = state.buffered[n];
    state.length -= state.objectMode ? 1 : entry.chunk.length;
    entry.callback(state.errored != null ? state.errored : new ERR_STREAM_DESTROYED('write'));
  }
  callFinishedCallbacks(state, state.errored != null ? state.errored : new ERR_STREAM_DESTROYED('end'));
  resetBuffer(state);
}

// Write out what is queued: one _writev with everything if there is one,
// else _write after _write for as long as they call back synchronously.
function clearBuffer(stream, state) {
  if (state.corked || state.bufferProcessing || state.destroyed || !state.constructed) return;

  var buffered = state.buffered;
  var i = state.bufferedIndex;
  var bufferedLength = buffered.length - i;
  if (!bufferedLength) return;

  state.bufferProcessing = true;
  if (bufferedLength > 1 && stream._writev) {
    state.pendingcb -= bufferedLength - 1;
    var callback = state.allNoop ? nop : function (err) {
      for (var n = i; n < buffered.length; ++n) buffered[n].callback(err);
    };
    var chunks = state.allNoop && i === 0 ? buffered : buffered.slice(i);
    chunks.allBuffers = state.allBuffers;
    doWrite(stream, state, true, state.length, chunks, '', callback);
    resetBuffer(state);
  } else {
    do {
      var entry = buffered[i];
      buffered[i++] = null;
      var len = state.objectMode ? 1 : entry.chunk.length;
      doWrite(stream, state, false, len, entry.chunk, entry.encoding, entry.callback);
    } while (i < buffered.length && !state.writing);

    if (i === buffered.length) {
      resetBuffer(state);
    } else if (i > 256) {
      buffered.splice(0, i);
      state.bufferedIndex = 0;
    } else {
      state.bufferedIndex = i;
    }
  }
  state.bufferProcessing = false;
}

Writable.prototype._write = function (chunk, encoding, cb) {
  if (this._writev) {
    this._writev([{ chunk: chunk, encoding: encoding }], cb);
  } else {
    throw new ERR_METHOD_NOT_IMPLEMENTED('_write()');
  }
};

Writable.prototype._writev = null;

// end([chunk[, encoding]][, cb]): no more writes; cb runs at 'finish' (or
// with the error).
Writable.prototype.end = function end(chunk, encoding, cb) {
  var state = this._writableState;

  if (typeof chunk === 'function') {
    cb = chunk;
    chunk = null;
    encoding = null;
  } else if (typeof encoding === 'function') {
    cb = encoding;
    encoding = null;
  }

  var err;
  if (chunk !== null && chunk !== undefined) {
    var ret = _write(this, chunk, encoding);
    if (ret instanceof Error) err = ret;
  }

  // end() uncorks completely.
  if (state.corked) {
    state.corked = 1;
    this.uncork();
  }

  if (err) {
    // The write failed: nothing more to do.
  } else if (!state.errored && !state.ending) {
    // Forgiving about repeated end() calls: they are harmless.
    state.ending = true;
    finishMaybe(this, state, true);
    state.ended = true;
  } else if (state.finished) {
    err = new ERR_STREAM_ALREADY_FINISHED('end');
  } else if (state.destroyed) {
    err = new ERR_STREAM_DESTROYED('end');
  }

  if (typeof cb === 'function') {
    if (err) {
      process.nextTick(cb, err);
    } else if (state.errored) {
      process.nextTick(cb, state.errored);
    } else if (state.finished) {
      process.nextTick(cb, null);
    } else {
      state.onFinished.push(cb);
    }
  }
  return this;
};

// Ending, constructed, nothing left to write or running, not finished or
// failed.
function needFinish(state) {
  return state.ending && !state.destroyed && state.constructed && state.length === 0 &&
    !state.errored && state.buffered.length === 0 && !state.finished && !state.writing &&
    !state.errorEmitted && !state.closeEmitted;
}

function onFinish(stream, state, err) {
  if (state.prefinished) {
    errorOrDestroy(stream, err != null ? err : new ERR_MULTIPLE_CALLBACK());
    return;
  }
  state.pendingcb--;
  if (err) {
    callFinishedCallbacks(state, err);
    errorOrDestroy(stream, err, state.sync);
  } else if (needFinish(state)) {
    state.prefinished = true;
    stream.emit('prefinish');
    // 'finish' stays asynchronous to _final's callback (streams rely on it).
    state.pendingcb++;
    process.nextTick(finish, stream, state);
  }
}

// _final(cb) if there is one, else 'prefinish' right away.
function prefinish(stream, state) {
  if (state.prefinished || state.finalCalled) return;
  if (typeof stream._final === 'function' && !state.destroyed) {
    state.finalCalled = true;
    state.sync = true;
    state.pendingcb++;
    try {
      stream._final(function (err) { onFinish(stream, state, err); });
    } catch (err) {
      onFinish(stream, state, err);
    }
    state.sync = false;
  } else {
    state.finalCalled = true;
    state.prefinished = true;
    stream.emit('prefinish');
  }
}

function finishMaybe(stream, state, sync) {
  if (needFinish(state)) {
    prefinish(stream, state);
    if (state.pendingcb === 0) {
      if (sync) {
        state.pendingcb++;
        process.nextTick(finishIfNeeded, stream, state);
      } else if (needFinish(state)) {
        state.pendingcb++;
        finish(stream, state);
      }
    }
  }
}

function finishIfNeeded(stream, state) {
  if (needFinish(state)) finish(stream, state);
  else state.pendingcb--;
}

function finish(stream, state) {
  state.pendingcb--;
  state.finished = true;
  callFinishedCallbacks(state, null);
  if (tracing && state.traceId) emitTrace(K['stream.finish'], state.traceId, ids[kExecutionId]);
  stream.emit('finish');

  if (state.autoDestroy) {
    // A Duplex is destroyed when its readable side has ended too.
    var rState = stream._readableState;
    var autoDestroy = !rState ||
      (rState.autoDestroy && (rState.endEmitted || rState.readable === false));
    if (autoDestroy) stream.destroy();
  }
}

function callFinishedCallbacks(state, err) {
  if (state.onFinished.length === 0) return;
  var callbacks = state.onFinished;
  state.onFinished = [];
  for (var i = 0; i < callbacks.length; i++) callbacks[i](err);
}

function getter(fn) {
  return { get: fn, enumerable: false, configurable: true };
}

var writableProperties = {
  closed: getter(function () {
    return this._writableState ? this._writableState.closed : false;
  }),
  destroyed: {
    get: function () { return this._writableState ? this._writableState.destroyed : false; },
    set: function (value) {
      if (this._writableState) this._writableState.destroyed = value;
    },
    enumerable: false,
    configurable: true
  },
  writable: {
    get: function () {
      var w = this._writableState;
      // w.writable === false: a Duplex made with writable: false.
      return !!w && w.writable !== false && !w.errored && !w.ending && !w.ended && !w.destroyed;
    },
    set: function (val) {
      if (this._writableState) this._writableState.writable = !!val;
    },
    enumerable: false,
    configurable: true
  },
  writableFinished: getter(function () {
    return this._writableState ? this._writableState.finished : false;
  }),
  writableObjectMode: getter(function () {
    return this._writableState ? this._writableState.objectMode : false;
  }),
  writableBuffer: getter(function () {
    return this._writableState && this._writableState.getBuffer();
  }),
  writableEnded: getter(function () {
    return this._writableState ? this._writableState.ending : false;
  }),
  writableNeedDrain: getter(function () {
    var w = this._writableState;
    return w ? !w.destroyed && !w.ending && w.needDrain : false;
  }),
  writableHighWaterMark: getter(function () {
    return this._writableState && this._writableState.highWaterMark;
  }),
  writableCorked: getter(function () {
    return this._writableState ? this._writableState.corked : 0;
  }),
  writableLength: getter(function () {
    return this._writableState && this._writableState.length;
  }),
  errored: getter(function () {
    return this._writableState ? this._writableState.errored : null;
  }),
  writableAborted: getter(function () {
    var w = this._writableState;
    return !!(w.writable !== false && (w.destroyed || w.errored) && !w.finished);
  })
};
Object.defineProperties(Writable.prototype, writableProperties);

var destroy = destroyImpl.destroy;
Writable.prototype.destroy = function (err, cb) {
  var state = this._writableState;
  // Fail what is queued, on the next tick.
  if (state.buffered.length > state.bufferedIndex || state.onFinished.length) {
    process.nextTick(errorBuffer, state);
  }
  destroy.call(this, err, cb);
  return this;
};

Writable.prototype._undestroy = destroyImpl.undestroy;
Writable.prototype._destroy = function (err, cb) {
  cb(err);
};

Writable.prototype[EE.captureRejectionSymbol] = function (err) {
  this.destroy(err);
};

Writable._setDuplex = function (D) {
  Duplex = D;
};
Writable._properties = writableProperties;
Writable._onConstructed = onConstructed;
