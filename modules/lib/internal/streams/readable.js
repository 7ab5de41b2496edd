'use strict';

// Readable streams (Node's lib/internal/streams/readable.js, Node 20's
// behaviour, written anew in ES5).
//
// HOW data moves. A Readable keeps a buffer of chunks (state.buffer, from
// state.bufferIndex on) holding state.length bytes (or objects). The
// implementation's _read(hwm) is asked for more while the buffer is below
// highWaterMark; it calls push(chunk), which either hands the chunk straight
// to 'data' listeners (flowing, nothing buffered, not inside _read) or
// appends it to the buffer. push(null) is the end of the data.
//
// Two ways to consume:
//   flowing  on('data') / resume() / pipe(): flow() calls read() in a loop,
//            each read() emitting 'data', until the buffer runs dry; push()
//            then emits straight away;
//   paused   on('readable'): 'readable' says "there is data (or the end)";
//            the consumer calls read() until it returns null.
//
// WHEN things happen (the part a learner should watch in the trace): almost
// nothing is synchronous with the call that caused it.
//   - resume() (and so on('data') and pipe()) starts flowing on the *next
//     tick* (resume_), which reads and emits the buffered data then;
//   - 'readable' is emitted on the next tick (emitReadable), except at EOF
//     pushed from outside _read, which emits it right away;
//   - 'end' is emitted on the next tick after the buffer empties at EOF
//     (endReadable), and autoDestroy then destroys the stream: 'close' is a
//     tick later still;
//   - maybeReadMore() calls read(0) on the next tick to fill the buffer up
//     to highWaterMark ahead of the consumer.
// So a Readable that pushes 'data' and null inside _read emits, in order:
// 'resume', 'data', 'end', 'close', each in a process.nextTick callback.
//
// Trace (with --trace): stream.new, stream.push (buffer length against
// highWaterMark after each push), stream.data (after each chunk handed out),
// stream.pause/stream.resume, stream.pipe/stream.unpipe, stream.end, and
// stream.destroy/stream.close; ids are the stream's (state.traceId).

var EE = require('events');
var legacy = require('internal/streams/legacy');
var destroyImpl = require('internal/streams/destroy');
var stateMod = require('internal/streams/state');
var streamCodes = require('internal/streams/codes');
var trace = require('internal/trace');
var asyncIds = require('internal/async_ids');
var validateObject = require('internal/validators').validateObject;
var streamUtils = require('internal/streams/utils');

var Stream = legacy.Stream;
var prependListener = legacy.prependListener;
var codes = streamCodes.codes;
var errorOrDestroy = destroyImpl.errorOrDestroy;
var getHighWaterMark = stateMod.getHighWaterMark;
var getDefaultHighWaterMark = stateMod.getDefaultHighWaterMark;

var ERR_INVALID_ARG_TYPE = codes.ERR_INVALID_ARG_TYPE;
var ERR_METHOD_NOT_IMPLEMENTED = codes.ERR_METHOD_NOT_IMPLEMENTED;
var ERR_OUT_OF_RANGE = codes.ERR_OUT_OF_RANGE;
var ERR_STREAM_PUSH_AFTER_EOF = codes.ERR_STREAM_PUSH_AFTER_EOF;
var ERR_STREAM_UNSHIFT_AFTER_END_EVENT = codes.ERR_STREAM_UNSHIFT_AFTER_END_EVENT;

var tracing = trace.enabled;
var emitTrace = trace.emit;
var K = trace.kinds;
var ids = asyncIds.fields;
var kExecutionId = asyncIds.kExecutionId;

var Buffer;
var StringDecoder;
function lazyBuffer() {
  if (Buffer === undefined) Buffer = require('buffer').Buffer;
  return Buffer;
}
function lazyStringDecoder() {
  if (StringDecoder === undefined) StringDecoder = require('string_decoder').StringDecoder;
  return StringDecoder;
}

var Duplex;  // set by duplex.js (a require here would be circular)

module.exports = Readable;
Readable.ReadableState = ReadableState;

Object.setPrototypeOf(Readable.prototype, Stream.prototype);
Object.setPrototypeOf(Readable, Stream);

function nop() {}

// end-of-stream is only needed by the iterator and the operators.
function eos(stream, options, callback) {
  return require('internal/streams/end-of-stream')(stream, options, callback);
}

var kPaused = Symbol('kPaused');

// --- state --------------------------------------------------------------------------

function ReadableState(options, stream, isDuplex) {
  if (typeof isDuplex !== 'boolean') isDuplex = Duplex !== undefined && stream instanceof Duplex;

  // objectMode: chunks are any values, each counting 1 against highWaterMark.
  this.objectMode = !!(options && options.objectMode);
  if (isDuplex && options && options.readableObjectMode) this.objectMode = true;

  // Buffer up to this much before _read stops being called (0: never read ahead).
  this.highWaterMark = options ?
    getHighWaterMark(this, options, 'readableHighWaterMark', isDuplex) :
    getDefaultHighWaterMark(false);

  this.buffer = [];
  this.bufferIndex = 0;
  this.length = 0;
  this.pipes = [];
  this.flowing = null;  // null: nobody asked yet; true: flowing; false: paused
  this.ended = false;  // push(null) happened
  this.endEmitted = false;
  this.reading = false;  // a _read call has not pushed yet
  this.constructed = true;  // false while _construct runs
  // sync: inside _read (or before the first read), so 'readable'/'data'
  // must wait for a later tick.
  this.sync = true;
  this.needReadable = false;
  this.emittedReadable = false;
  this.readableListening = false;
  this.resumeScheduled = false;
  this[kPaused] = null;
  this.errorEmitted = false;
  this.emitClose = !options || options.emitClose !== false;
  this.autoDestroy = !options || options.autoDestroy !== false;
  this.destroyed = false;
  this.errored = null;
  this.closed = false;
  this.closeEmitted = false;
  var defaultEncoding = options ? options.defaultEncoding : null;
  if (defaultEncoding == null || defaultEncoding === 'utf-8') {
    defaultEncoding = 'utf8';
  } else if (defaultEncoding !== 'utf8' && !lazyBuffer().isEncoding(defaultEncoding)) {
    throw new codes.ERR_UNKNOWN_ENCODING(defaultEncoding);
  }
  this.defaultEncoding = defaultEncoding;
  // The piped destinations a 'drain' is awaited from: null, one stream,
  // or (multiAwaitDrain) an array standing in for Node's Set.
  this.awaitDrainWriters = null;
  this.multiAwaitDrain = false;
  this.readingMore = false;
  this.dataEmitted = false;
  this.decoder = null;
  this.encoding = null;
  this.traceId = 0;
  if (options && options.encoding) {
    var SD = lazyStringDecoder();
    this.decoder = new SD(options.encoding);
    this.encoding = options.encoding;
  }
}

Object.defineProperties(ReadableState.prototype, {
  pipesCount: {
    get: function () { return this.pipes.length; },
    configurable: true
  },
  paused: {
    get: function () { return this[kPaused] !== false; },
    set: function (value) { this[kPaused] = !!value; },
    configurable: true
  }
});

// The Set operations on awaitDrainWriters when it holds several.
function drainSetClear(state) {
  if (state.multiAwaitDrain) state.awaitDrainWriters.length = 0;
  else state.awaitDrainWriters = null;
}

function Readable(options) {
  if (!(this instanceof Readable)) return new Readable(options);

  var isDuplex = Duplex !== undefined && this instanceof Duplex;
  // The common events get their slots up front (EventEmitter's "shape
  // mode"), as Node does.
  if (this._events === undefined) {
    this._events = { close: undefined, error: undefined, data: undefined, end: undefined,
      readable: undefined };
  }
  this._readableState = new ReadableState(options, this, isDuplex);

  if (options) {
    if (typeof options.read === 'function') this._read = options.read;
    if (typeof options.destroy === 'function') this._destroy = options.destroy;
    if (typeof options.construct === 'function') this._construct = options.construct;
    if (options.signal && !isDuplex) {
      require('internal/streams/add-abort-signal').addAbortSignal(options.signal, this);
    }
  }

  Stream.call(this, options);

  if (tracing) this._readableState.traceId = streamUtils.traceIdFor(this, 'readable');

  if (this._construct != null) {
    var self = this;
    destroyImpl.construct(this, function () {
      if (self._readableState.needReadable) maybeReadMore(self, self._readableState);
    });
  }
}

Readable.prototype.destroy = destroyImpl.destroy;
Readable.prototype._undestroy = destroyImpl.undestroy;
Readable.prototype._destroy = function (err, cb) {
  cb(err);
};

Readable.prototype[EE.captureRejectionSymbol] = function (err) {
  this.destroy(err);
};

// --- push / unshift -------------------------------------------------------------

// push(chunk[, encoding]): add data (or, with null, the end). Returns
// whether the buffer is still below highWaterMark (false: stop pushing).
Readable.prototype.push = function push(chunk, encoding) {
  return readableAddChunk(this, chunk, encoding, false);
};

// unshift(chunk): put data back at the front (it came out of read()).
Readable.prototype.unshift = function unshift(chunk, encoding) {
  return readableAddChunk(this, chunk, encoding, true);
};

function readableAddChunk(stream, chunk, encoding, addToFront) {
  var state = stream._readableState;
  if (chunk === null) {
    // push(null) / unshift(null): the end of the data.
    state.reading = false;
    onEofChunk(stream, state);
    if (tracing && state.traceId) {
      emitTrace(K['stream.push'], state.traceId, ids[kExecutionId], 0, state.length,
        state.highWaterMark, false);
    }
    return false;
  }
  if (!state.objectMode) {
    if (typeof chunk === 'string') {
      encoding = encoding || state.defaultEncoding;
      if (state.encoding !== encoding) {
        if (addToFront && state.encoding) {
          // Unshifted text is stored in the stream's own encoding.
          chunk = lazyBuffer().from(chunk, encoding).toString(state.encoding);
        } else {
          chunk = lazyBuffer().from(chunk, encoding);
          encoding = '';
        }
      }
    } else if (chunk !== undefined && ArrayBuffer.isView(chunk)) {
      if (!(chunk instanceof lazyBuffer())) {
        chunk = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
      }
      encoding = '';
    } else if (chunk !== undefined) {
      errorOrDestroy(stream, new ERR_INVALID_ARG_TYPE('chunk',
        ['string', 'Buffer', 'TypedArray', 'DataView'], chunk));
      return false;
    }
    if (!chunk || chunk.length <= 0) {
      // Nothing to add (push('') is a way to say "no data yet").
      if (!addToFront) {
        state.reading = false;
        maybeReadMore(stream, state);
      }
      return canPushMore(state);
    }
  }

  if (addToFront) {
    if (state.endEmitted) {
      errorOrDestroy(stream, new ERR_STREAM_UNSHIFT_AFTER_END_EVENT());
    } else if (state.destroyed || state.errored) {
      return false;
    } else {
      addChunk(stream, state, chunk, true);
    }
    return canPushMore(state);
  }
  if (state.ended) {
    errorOrDestroy(stream, new ERR_STREAM_PUSH_AFTER_EOF());
    return false;
  }
  if (state.destroyed || state.errored) return false;

  state.reading = false;
  if (state.decoder && !encoding) {
    chunk = state.decoder.write(chunk);
    if (!state.objectMode && chunk.length === 0) {
      maybeReadMore(stream, state);
      return canPushMore(state);
    }
  }
  addChunk(stream, state, chunk, false);
  var ok = canPushMore(state);
  if (tracing && state.traceId) {
    emitTrace(K['stream.push'], state.traceId, ids[kExecutionId],
      state.objectMode ? 1 : chunk.length, state.length, state.highWaterMark, ok);
  }
  return ok;
}

// More is welcome below highWaterMark, and always when nothing is buffered
// (so that highWaterMark 0 still moves data).
function canPushMore(state) {
  return !state.ended && (state.length < state.highWaterMark || state.length === 0);
}

function addChunk(stream, state, chunk, addToFront) {
  if (state.flowing && state.length === 0 && !state.sync && stream.listenerCount('data') > 0) {
    // Flowing with nothing buffered: straight to the listeners.
    drainSetClear(state);
    state.dataEmitted = true;
    if (tracing && state.traceId) {
      emitTrace(K['stream.data'], state.traceId, ids[kExecutionId],
        state.objectMode ? 1 : chunk.length, 0, state.highWaterMark);
    }
    stream.emit('data', chunk);
  } else {
    state.length += state.objectMode ? 1 : chunk.length;
    if (addToFront) {
      if (state.bufferIndex > 0) state.buffer[--state.bufferIndex] = chunk;
      else state.buffer.unshift(chunk);
    } else {
      state.buffer.push(chunk);
    }
    if (state.needReadable) emitReadable(stream);
  }
  maybeReadMore(stream, state);
}

Readable.prototype.isPaused = function isPaused() {
  var state = this._readableState;
  return state[kPaused] === true || state.flowing === false;
};

// setEncoding(enc): from now on chunks are strings, decoded across chunk
// boundaries; what is buffered already is converted.
Readable.prototype.setEncoding = function setEncoding(enc) {
  var SD = lazyStringDecoder();
  var decoder = new SD(enc);
  var state = this._readableState;
  state.decoder = decoder;
  state.encoding = decoder.encoding;  // setEncoding(null) means utf8
  var content = '';
  var buffer = state.buffer;
  for (var i = state.bufferIndex; i < buffer.length; i++) content += decoder.write(buffer[i]);
  buffer.length = 0;
  state.bufferIndex = 0;
  if (content !== '') buffer.push(content);
  state.length = content.length;
  return this;
};

// --- read -------------------------------------------------------------------------

var MAX_HWM = 0x40000000;  // read(n) raises highWaterMark, up to 1 GiB
function computeNewHighWaterMark(n) {
  if (n > MAX_HWM) throw new ERR_OUT_OF_RANGE('size', '<= 1GiB', n);
  // The next power of 2, so the mark does not creep up in small steps.
  n--;
  n |= n >>> 1;
  n |= n >>> 2;
  n |= n >>> 4;
  n |= n >>> 8;
  n |= n >>> 16;
  n++;
  return n;
}

// How much read(n) may return now.
function howMuchToRead(n, state) {
  if (n <= 0 || (state.length === 0 && state.ended)) return 0;
  if (state.objectMode) return 1;
  if (n !== n) {
    // read(): flowing hands out one chunk at a time, else everything.
    if (state.flowing && state.length) return state.buffer[state.bufferIndex].length;
    return state.length;
  }
  if (n <= state.length) return n;
  return state.ended ? state.length : 0;
}

// read([n]): take n bytes (all when n is left out) from the buffer, or null
// if not that many are there; asks _read for more when the buffer is low.
Readable.prototype.read = function read(n) {
  if (n === undefined) {
    n = NaN;
  } else if (!Number.isInteger(n)) {
    n = parseInt(n, 10);
  }
  var state = this._readableState;
  var nOrig = n;

  if (n > state.highWaterMark) state.highWaterMark = computeNewHighWaterMark(n);
  if (n !== 0) state.emittedReadable = false;

  // read(0) with enough buffered (or at the end): just announce it.
  if (n === 0 && state.needReadable &&
      ((state.highWaterMark !== 0 ? state.length >= state.highWaterMark : state.length > 0) ||
       state.ended)) {
    if (state.length === 0 && state.ended) endReadable(this);
    else emitReadable(this);
    return null;
  }

  n = howMuchToRead(n, state);

  if (n === 0 && state.ended) {
    if (state.length === 0) endReadable(this);
    return null;
  }

  // Ask _read for more if a 'readable' is awaited or the buffer would be
  // below highWaterMark after this read. _read may push synchronously, so
  // the amount to return is worked out again after it.
  var doRead = state.needReadable;
  if (state.length === 0 || state.length - n < state.highWaterMark) doRead = true;

  if (state.ended || state.reading || state.destroyed || state.errored || !state.constructed) {
    doRead = false;
  } else if (doRead) {
    state.reading = true;
    state.sync = true;
    if (state.length === 0) state.needReadable = true;
    try {
      this._read(state.highWaterMark);
    } catch (err) {
      errorOrDestroy(this, err);
    }
    state.sync = false;
    if (!state.reading) n = howMuchToRead(nOrig, state);
  }

  var ret = n > 0 ? fromList(n, state) : null;

  if (ret === null) {
    state.needReadable = state.length <= state.highWaterMark;
    n = 0;
  } else {
    state.length -= n;
    drainSetClear(state);
  }

  if (state.length === 0) {
    // Nothing left: we want to hear as soon as something arrives.
    if (!state.ended) state.needReadable = true;
    // read() past the end: 'end' on the next tick.
    if (nOrig !== n && state.ended) endReadable(this);
  }

  if (ret !== null && !state.errorEmitted && !state.closeEmitted) {
    state.dataEmitted = true;
    if (tracing && state.traceId) {
      emitTrace(K['stream.data'], state.traceId, ids[kExecutionId], n, state.length,
        state.highWaterMark);
    }
    this.emit('data', ret);
  }
  return ret;
};

function onEofChunk(stream, state) {
  if (state.ended) return;
  if (state.decoder) {
    var chunk = state.decoder.end();
    if (chunk && chunk.length) {
      state.buffer.push(chunk);
      state.length += state.objectMode ? 1 : chunk.length;
    }
  }
  state.ended = true;

  if (state.sync) {
    // Inside _read: announce on the next tick, not in the middle of read().
    emitReadable(stream);
  } else {
    // Outside: 'readable' now (some modules rely on it being synchronous).
    state.needReadable = false;
    state.emittedReadable = true;
    emitReadable_(stream);
  }
}

// 'readable' on the next tick (once per tick).
function emitReadable(stream) {
  var state = stream._readableState;
  state.needReadable = false;
  if (!state.emittedReadable) {
    state.emittedReadable = true;
    process.nextTick(emitReadable_, stream);
  }
}

function emitReadable_(stream) {
  var state = stream._readableState;
  if (!state.destroyed && !state.errored && (state.length || state.ended)) {
    stream.emit('readable');
    state.emittedReadable = false;
  }
  // Another 'readable' is wanted if nobody flows the data, it has not
  // ended, and the buffer has room.
  state.needReadable = !state.flowing && !state.ended && state.length <= state.highWaterMark;
  flow(stream);
}

// Fill the buffer up to highWaterMark on the next tick, ahead of need.
function maybeReadMore(stream, state) {
  if (!state.readingMore && state.constructed) {
    state.readingMore = true;
    process.nextTick(maybeReadMore_, stream, state);
  }
}

function maybeReadMore_(stream, state) {
  // Keep reading while below highWaterMark (or flowing with an empty
  // buffer), not ended, and no _read is pending; stop when a read(0)
  // brings nothing synchronously.
  while (!state.reading && !state.ended &&
         (state.length < state.highWaterMark || (state.flowing && state.length === 0))) {
    var len = state.length;
    stream.read(0);
    if (len === state.length) break;
  }
  state.readingMore = false;
}

Readable.prototype._read = function (n) {
  throw new ERR_METHOD_NOT_IMPLEMENTED('_read()');
};

// --- pipe -------------------------------------------------------------------------

// pipe(dest[, {end}]): write every chunk to dest; when dest.write() returns
// false, pause until dest emits 'drain' (backpressure); end dest at the end
// (unless end: false, or dest is stdout/stderr).
Readable.prototype.pipe = function pipe(dest, pipeOpts) {
  var src = this;
  var state = this._readableState;

  if (state.pipes.length === 1 && !state.multiAwaitDrain) {
    state.multiAwaitDrain = true;
    state.awaitDrainWriters = state.awaitDrainWriters ? [state.awaitDrainWriters] : [];
  }
  state.pipes.push(dest);
  if (tracing && state.traceId) {
    emitTrace(K['stream.pipe'], state.traceId, ids[kExecutionId], streamUtils.traceIdOf(dest),
      state.pipes.length);
  }

  var doEnd = (!pipeOpts || pipeOpts.end !== false) &&
    dest !== process.stdout && dest !== process.stderr;

  var endFn = doEnd ? onend : unpipe;
  if (state.endEmitted) process.nextTick(endFn);
  else src.once('end', endFn);

  dest.on('unpipe', onunpipe);
  function onunpipe(readable, unpipeInfo) {
    if (readable === src && unpipeInfo && unpipeInfo.hasUnpiped === false) {
      unpipeInfo.hasUnpiped = true;
      cleanup();
    }
  }

  function onend() {
    dest.end();
  }

  var ondrain;
  var cleanedUp = false;
  function cleanup() {
    dest.removeListener('close', onclose);
    dest.removeListener('finish', onfinish);
    if (ondrain) dest.removeListener('drain', ondrain);
    dest.removeListener('error', onerror);
    dest.removeListener('unpipe', onunpipe);
    src.removeListener('end', onend);
    src.removeListener('end', unpipe);
    src.removeListener('data', ondata);
    cleanedUp = true;
    // If the source waits for a 'drain' from this dest, it would never
    // flow again: count the drain as done.
    if (ondrain && state.awaitDrainWriters &&
        (!dest._writableState || dest._writableState.needDrain)) {
      ondrain();
    }
  }

  function pause() {
    // The user may have unpiped during dest.write(): only wait for a dest
    // that is still piped.
    if (!cleanedUp) {
      if (state.pipes.length === 1 && state.pipes[0] === dest) {
        state.awaitDrainWriters = dest;
        state.multiAwaitDrain = false;
      } else if (state.pipes.length > 1 && state.pipes.indexOf(dest) !== -1) {
        if (state.awaitDrainWriters.indexOf(dest) === -1) state.awaitDrainWriters.push(dest);
      }
      src.pause();
    }
    if (!ondrain) {
      ondrain = pipeOnDrain(src, dest);
      dest.on('drain', ondrain);
    }
  }

  src.on('data', ondata);
  function ondata(chunk) {
    var ret = dest.write(chunk);
    if (ret === false) pause();
  }

  // An error on dest stops the pipe; it is still thrown if nobody else
  // listens.
  function onerror(er) {
    unpipe();
    dest.removeListener('error', onerror);
    if (dest.listenerCount('error') === 0) {
      var s = dest._writableState || dest._readableState;
      if (s && !s.errorEmitted) errorOrDestroy(dest, er);
      else dest.emit('error', er);
    }
  }
  prependListener(dest, 'error', onerror);  // before the user's listeners

  // 'close' or 'finish' of dest: unpipe, once.
  function onclose() {
    dest.removeListener('finish', onfinish);
    unpipe();
  }
  dest.once('close', onclose);
  function onfinish() {
    dest.removeListener('close', onclose);
    unpipe();
  }
  dest.once('finish', onfinish);

  function unpipe() {
    src.unpipe(dest);
  }

  dest.emit('pipe', src);

  // Start flowing, unless dest is already full.
  if (dest.writableNeedDrain === true) {
    pause();
  } else if (!state.flowing) {
    src.resume();
  }
  return dest;
};

function pipeOnDrain(src, dest) {
  return function pipeOnDrainFunctionResult() {
    var state = src._readableState;
    if (state.awaitDrainWriters === dest) {
      state.awaitDrainWriters = null;
    } else if (state.multiAwaitDrain) {
      var i = state.awaitDrainWriters.indexOf(dest);
      if (i !== -1) state.awaitDrainWriters.splice(i, 1);
    }
    if ((!state.awaitDrainWriters || state.awaitDrainWriters.length === 0) &&
        src.listenerCount('data')) {
      src.resume();
    }
  };
}

Readable.prototype.unpipe = function unpipe(dest) {
  var state = this._readableState;
  var unpipeInfo = { hasUnpiped: false };

  if (state.pipes.length === 0) return this;

  if (!dest) {
    var dests = state.pipes;
    state.pipes = [];
    this.pause();
    for (var i = 0; i < dests.length; i++) {
      if (tracing && state.traceId) {
        emitTrace(K['stream.unpipe'], state.traceId, ids[kExecutionId],
          streamUtils.traceIdOf(dests[i]), 0);
      }
      dests[i].emit('unpipe', this, { hasUnpiped: false });
    }
    return this;
  }

  var index = state.pipes.indexOf(dest);
  if (index === -1) return this;
  state.pipes.splice(index, 1);
  if (state.pipes.length === 0) this.pause();
  if (tracing && state.traceId) {
    emitTrace(K['stream.unpipe'], state.traceId, ids[kExecutionId], streamUtils.traceIdOf(dest),
      state.pipes.length);
  }
  dest.emit('unpipe', this, unpipeInfo);
  return this;
};

// --- listeners switch modes --------------------------------------------------------

// on('data') starts flowing (unless paused explicitly); on('readable')
// switches to paused mode and announces buffered data.
Readable.prototype.on = function on(ev, fn) {
  var res = Stream.prototype.on.call(this, ev, fn);
  var state = this._readableState;

  if (ev === 'data') {
    state.readableListening = this.listenerCount('readable') > 0;
    if (state.flowing !== false) this.resume();
  } else if (ev === 'readable') {
    if (!state.endEmitted && !state.readableListening) {
      state.readableListening = state.needReadable = true;
      state.flowing = false;
      state.emittedReadable = false;
      if (state.length) {
        emitReadable(this);
      } else if (!state.reading) {
        process.nextTick(nReadingNextTick, this);
      }
    }
  }
  return res;
};
Readable.prototype.addListener = Readable.prototype.on;

Readable.prototype.removeListener = function removeListener(ev, fn) {
  var res = Stream.prototype.removeListener.call(this, ev, fn);
  if (ev === 'readable') {
    // After 'readable' has been emitted but before I/O, so that
    // once('readable') cycles work.
    process.nextTick(updateReadableListening, this);
  }
  return res;
};
Readable.prototype.off = Readable.prototype.removeListener;

Readable.prototype.removeAllListeners = function removeAllListeners(ev) {
  var res = ev === undefined ? Stream.prototype.removeAllListeners.call(this) :
    Stream.prototype.removeAllListeners.call(this, ev);
  if (ev === 'readable' || ev === undefined) process.nextTick(updateReadableListening, this);
  return res;
};

function updateReadableListening(self) {
  var state = self._readableState;
  state.readableListening = self.listenerCount('readable') > 0;
  if (state.resumeScheduled && state[kPaused] === false) {
    // resume() was called: it must flow when it runs.
    state.flowing = true;
  } else if (self.listenerCount('data') > 0) {
    self.resume();
  } else if (!state.readableListening) {
    state.flowing = null;
  }
}

function nReadingNextTick(self) {
  self.read(0);
}

// --- pause / resume ---------------------------------------------------------------

Readable.prototype.resume = function resume() {
  var state = this._readableState;
  if (!state.flowing) {
    // With 'readable' listeners, resume() does not make it flow.
    state.flowing = !state.readableListening;
    if (tracing && state.traceId) {
      emitTrace(K['stream.resume'], state.traceId, ids[kExecutionId], state.length);
    }
    scheduleResume(this, state);
  }
  state[kPaused] = false;
  return this;
};

function scheduleResume(stream, state) {
  if (!state.resumeScheduled) {
    state.resumeScheduled = true;
    process.nextTick(resume_, stream, state);
  }
}

function resume_(stream, state) {
  if (!state.reading) stream.read(0);
  state.resumeScheduled = false;
  stream.emit('resume');
  flow(stream);
  if (state.flowing && !state.reading) stream.read(0);
}

Readable.prototype.pause = function pause() {
  var state = this._readableState;
  if (state.flowing !== false) {
    state.flowing = false;
    if (tracing && state.traceId) {
      emitTrace(K['stream.pause'], state.traceId, ids[kExecutionId], state.length);
    }
    this.emit('pause');
  }
  state[kPaused] = true;
  return this;
};

function flow(stream) {
  var state = stream._readableState;
  while (state.flowing && stream.read() !== null);
}

// wrap(oldStream): a Readable fed by an old-style stream's events.
Readable.prototype.wrap = function wrap(stream) {
  var self = this;
  var paused = false;

  stream.on('data', function (chunk) {
    if (!self.push(chunk) && stream.pause) {
      paused = true;
      stream.pause();
    }
  });
  stream.on('end', function () { self.push(null); });
  stream.on('error', function (err) { errorOrDestroy(self, err); });
  stream.on('close', function () { self.destroy(); });
  stream.on('destroy', function () { self.destroy(); });

  this._read = function () {
    if (paused && stream.resume) {
      paused = false;
      stream.resume();
    }
  };

  // Proxy the other methods (important when wrapping duplexes).
  var keys = Object.keys(stream);
  for (var j = 1; j < keys.length; j++) {
    var key = keys[j];
    if (this[key] === undefined && typeof stream[key] === 'function') {
      this[key] = stream[key].bind(stream);
    }
  }
  return this;
};

// --- async iteration --------------------------------------------------------------
//
// Duktape has no async functions or for-await, so this is the iterator
// protocol by hand: next() returns a promise of {value, done}. It is also
// readable[Symbol.asyncIterator] where the engine defines that symbol.

function createAsyncIterator(stream, options) {
  var error;  // undefined: running; null: ended cleanly; else the error
  var waiting = null;  // the pending next()'s {resolve, reject}
  var finishedIter = false;

  function onReadable() {
    wake();
  }
  stream.on('readable', onReadable);

  var cleanup = eos(stream, { writable: false }, function (err) {
    error = err ? streamCodes.aggregateTwoErrors(error, err) : null;
    wake();
  });

  // Node's generator "finally": destroy the stream unless it ended cleanly
  // (and autoDestroy is off) or destroyOnReturn: false keeps it.
  function finish() {
    if (finishedIter) return;
    finishedIter = true;
    var destroyOnReturn = !(options && options.destroyOnReturn === false);
    if ((error || destroyOnReturn) && (error === undefined || stream._readableState.autoDestroy)) {
      destroyImpl.destroyer(stream, null);
    } else {
      stream.off('readable', onReadable);
      cleanup();
    }
  }

  function pull(resolve, reject) {
    var chunk = stream.destroyed ? null : stream.read();
    if (chunk !== null) {
      resolve({ value: chunk, done: false });
    } else if (error) {
      var e = error;
      finish();
      reject(e);
    } else if (error === null) {
      finish();
      resolve({ value: undefined, done: true });
    } else {
      waiting = { resolve: resolve, reject: reject };
    }
  }

  function wake() {
    if (waiting === null) return;
    var w = waiting;
    waiting = null;
    pull(w.resolve, w.reject);
  }

  var iterator = {
    stream: stream,
    next: function () {
      if (finishedIter) return Promise.resolve({ value: undefined, done: true });
      return new Promise(pull);
    },
    return: function () {
      finish();
      return Promise.resolve({ value: undefined, done: true });
    },
    throw: function (err) {
      error = streamCodes.aggregateTwoErrors(error, err);
      finish();
      return Promise.reject(err);
    }
  };
  if (typeof Symbol.asyncIterator === 'symbol') {
    iterator[Symbol.asyncIterator] = function () { return this; };
  }
  return iterator;
}

Readable.prototype.iterator = function iterator(options) {
  if (options !== undefined) validateObject(options, 'options');
  return createAsyncIterator(this, options);
};

if (typeof Symbol.asyncIterator === 'symbol') {
  Readable.prototype[Symbol.asyncIterator] = function () {
    return createAsyncIterator(this);
  };
}

// --- properties ---------------------------------------------------------------------

function getter(fn) {
  return { get: fn, enumerable: false, configurable: true };
}

Object.defineProperties(Readable.prototype, {
  readable: {
    get: function () {
      var r = this._readableState;
      // r.readable === false: a Duplex made with readable: false.
      return !!r && r.readable !== false && !r.destroyed && !r.errorEmitted && !r.endEmitted;
    },
    set: function (val) {
      if (this._readableState) this._readableState.readable = !!val;
    },
    enumerable: false,
    configurable: true
  },
  readableDidRead: getter(function () { return this._readableState.dataEmitted; }),
  readableAborted: getter(function () {
    var r = this._readableState;
    return !!(r.readable !== false && (r.destroyed || r.errored) && !r.endEmitted);
  }),
  readableHighWaterMark: getter(function () { return this._readableState.highWaterMark; }),
  readableBuffer: getter(function () {
    var r = this._readableState;
    return r && (r.bufferIndex === 0 ? r.buffer : r.buffer.slice(r.bufferIndex));
  }),
  readableFlowing: {
    get: function () { return this._readableState.flowing; },
    set: function (value) {
      if (this._readableState) this._readableState.flowing = value;
    },
    enumerable: false,
    configurable: true
  },
  readableLength: getter(function () { return this._readableState.length; }),
  readableObjectMode: getter(function () {
    return this._readableState ? this._readableState.objectMode : false;
  }),
  readableEncoding: getter(function () {
    return this._readableState ? this._readableState.encoding : null;
  }),
  errored: getter(function () {
    return this._readableState ? this._readableState.errored : null;
  }),
  closed: getter(function () {
    return this._readableState ? this._readableState.closed : false;
  }),
  destroyed: {
    get: function () { return this._readableState ? this._readableState.destroyed : false; },
    set: function (value) {
      // Backward compatibility: the user manages destroyed.
      if (this._readableState) this._readableState.destroyed = value;
    },
    enumerable: false,
    configurable: true
  },
  readableEnded: getter(function () {
    return this._readableState ? this._readableState.endEmitted : false;
  })
});

// Take n bytes (or one object, or everything) off the front of the buffer.
function fromList(n, state) {
  if (state.length === 0) return null;

  var idx = state.bufferIndex;
  var buf = state.buffer;
  var len = buf.length;
  var ret;

  if (state.objectMode) {
    ret = buf[idx];
    buf[idx++] = null;
  } else if (!n || n >= state.length) {
    // All of it.
    if (state.decoder) {
      ret = '';
      while (idx < len) {
        ret += buf[idx];
        buf[idx++] = null;
      }
    } else if (len - idx === 1) {
      ret = buf[idx];
      buf[idx++] = null;
    } else {
      ret = lazyBuffer().allocUnsafe(state.length);
      var i = 0;
      while (idx < len) {
        ret.set(buf[idx], i);
        i += buf[idx].length;
        buf[idx++] = null;
      }
    }
  } else if (n < buf[idx].length) {
    // Part of the first chunk (slice works on strings and Buffers alike).
    ret = buf[idx].slice(0, n);
    buf[idx] = buf[idx].slice(n);
  } else if (n === buf[idx].length) {
    ret = buf[idx];
    buf[idx++] = null;
  } else if (state.decoder) {
    ret = '';
    while (idx < len) {
      var str = buf[idx];
      if (n > str.length) {
        ret += str;
        n -= str.length;
        buf[idx++] = null;
      } else {
        if (n === str.length) {
          ret += str;
          buf[idx++] = null;
        } else {
          ret += str.slice(0, n);
          buf[idx] = str.slice(n);
        }
        break;
      }
    }
  } else {
    ret = lazyBuffer().allocUnsafe(n);
    var retLen = n;
    while (idx < len) {
      var data = buf[idx];
      if (n > data.length) {
        ret.set(data, retLen - n);
        n -= data.length;
        buf[idx++] = null;
      } else {
        if (n === data.length) {
          ret.set(data, retLen - n);
          buf[idx++] = null;
        } else {
          ret.set(data.subarray(0, n), retLen - n);
          buf[idx] = data.slice(n);
        }
        break;
      }
    }
  }

  if (idx === len) {
    buf.length = 0;
    state.bufferIndex = 0;
  } else if (idx > 1024) {
    buf.splice(0, idx);
    state.bufferIndex = 0;
  } else {
    state.bufferIndex = idx;
  }
  return ret;
}

function endReadable(stream) {
  var state = stream._readableState;
  if (!state.endEmitted) {
    state.ended = true;
    process.nextTick(endReadableNT, state, stream);
  }
}

function endReadableNT(state, stream) {
  // Unless something was unshifted meanwhile.
  if (!state.errored && !state.closeEmitted && !state.endEmitted && state.length === 0) {
    state.endEmitted = true;
    if (tracing && state.traceId) emitTrace(K['stream.end'], state.traceId, ids[kExecutionId]);
    stream.emit('end');

    if (stream.writable && stream.allowHalfOpen === false) {
      process.nextTick(endWritableNT, stream);
    } else if (state.autoDestroy) {
      // A Duplex is destroyed only when its writable side is done too.
      var wState = stream._writableState;
      var autoDestroy = !wState ||
        (wState.autoDestroy && (wState.finished || wState.writable === false));
      if (autoDestroy) stream.destroy();
    }
  }
}

function endWritableNT(stream) {
  var writable = stream.writable && !stream.writableEnded && !stream.destroyed;
  if (writable) stream.end();
}

Readable.from = function (iterable, opts) {
  return require('internal/streams/from')(Readable, iterable, opts);
};

Readable.wrap = function (src, options) {
  var opts = {};
  var objectMode = src.readableObjectMode;
  if (objectMode == null) objectMode = src.objectMode;
  opts.objectMode = objectMode == null ? true : objectMode;
  if (options) {
    for (var k in options) opts[k] = options[k];
  }
  opts.destroy = function (err, callback) {
    destroyImpl.destroyer(src, err);
    callback(err);
  };
  return new Readable(opts).wrap(src);
};

// Readable.prototype.toArray/forEach/map/filter (Node's experimental
// operators), the callback-free subset that needs no async functions.
Readable.prototype.toArray = function toArray(options) {
  var stream = this;
  return new Promise(function (resolve, reject) {
    var result = [];
    stream.on('data', function (chunk) { result.push(chunk); });
    eos(stream, { writable: false }, function (err) {
      if (err) reject(err);
      else resolve(result);
    });
  });
};

Readable.prototype.forEach = function forEach(fn, options) {
  var stream = this;
  if (typeof fn !== 'function') throw new ERR_INVALID_ARG_TYPE('fn', ['Function', 'AsyncFunction'], fn);
  return new Promise(function (resolve, reject) {
    var chain = Promise.resolve();
    stream.on('data', function (chunk) {
      chain = chain.then(function () { return fn(chunk, { signal: undefined }); });
    });
    eos(stream, { writable: false }, function (err) {
      if (err) return reject(err);
      chain.then(function () { resolve(undefined); }, reject);
    });
  });
};

// Let duplex.js hand over the Duplex constructor.
Readable._setDuplex = function (D) {
  Duplex = D;
};
Readable._fromList = fromList;
Readable._maybeReadMore = maybeReadMore;
