'use strict';

// Duck-typed questions about streams (Node's lib/internal/streams/utils.js),
// used by finished(), pipeline() and destroyer(): is this a readable or
// writable Node stream, has it ended, finished, errored, closed? They work
// on anything stream-shaped (old-style streams, user objects with pipe/on),
// not only on this module's classes, and answer null when they cannot tell.

var kDestroyed = Symbol('kDestroyed');
var kIsErrored = Symbol('kIsErrored');
var kIsReadable = Symbol('kIsReadable');
var kIsWritable = Symbol('kIsWritable');
var kIsDisturbed = Symbol('kIsDisturbed');

function isReadableNodeStream(obj, strict) {
  return !!(
    obj &&
    typeof obj.pipe === 'function' &&
    typeof obj.on === 'function' &&
    (!strict || (typeof obj.pause === 'function' && typeof obj.resume === 'function')) &&
    // A Duplex whose readable side was turned off is not readable...
    (!obj._writableState || !obj._readableState || obj._readableState.readable !== false) &&
    // ...and a Writable has pipe() (it throws) but no readable state.
    (!obj._writableState || obj._readableState)
  );
}

function isWritableNodeStream(obj) {
  return !!(
    obj &&
    typeof obj.write === 'function' &&
    typeof obj.on === 'function' &&
    (!obj._readableState || !obj._writableState || obj._writableState.writable !== false)
  );
}

function isDuplexNodeStream(obj) {
  return !!(obj && typeof obj.pipe === 'function' && obj._readableState &&
    typeof obj.on === 'function' && typeof obj.write === 'function');
}

function isNodeStream(obj) {
  return !!(obj && (obj._readableState || obj._writableState ||
    (typeof obj.write === 'function' && typeof obj.on === 'function') ||
    (typeof obj.pipe === 'function' && typeof obj.on === 'function')));
}

// Iterable (sync), or async-iterable where the engine has the symbol.
function isIterable(obj, isAsync) {
  if (obj == null) return false;
  var asyncSym = Symbol.asyncIterator;
  if (isAsync === true) return asyncSym !== undefined && typeof obj[asyncSym] === 'function';
  if (isAsync === false) return typeof obj[Symbol.iterator] === 'function' || Array.isArray(obj);
  return (asyncSym !== undefined && typeof obj[asyncSym] === 'function') ||
    typeof obj[Symbol.iterator] === 'function' || Array.isArray(obj);
}

function isDestroyed(stream) {
  if (!isNodeStream(stream)) return null;
  var state = stream._writableState || stream._readableState;
  return !!(stream.destroyed || stream[kDestroyed] || (state && state.destroyed));
}

function isWritableEnded(stream) {
  if (!isWritableNodeStream(stream)) return null;
  if (stream.writableEnded === true) return true;
  var wState = stream._writableState;
  if (wState && wState.errored) return false;
  if (!wState || typeof wState.ended !== 'boolean') return null;
  return wState.ended;
}

// strict === false: also true when end() was called and nothing is left to
// write (finish is only a tick away).
function isWritableFinished(stream, strict) {
  if (!isWritableNodeStream(stream)) return null;
  if (stream.writableFinished === true) return true;
  var wState = stream._writableState;
  if (wState && wState.errored) return false;
  if (!wState || typeof wState.finished !== 'boolean') return null;
  return !!(wState.finished || (strict === false && wState.ended === true && wState.length === 0));
}

function isReadableEnded(stream) {
  if (!isReadableNodeStream(stream)) return null;
  if (stream.readableEnded === true) return true;
  var rState = stream._readableState;
  if (!rState || rState.errored) return false;
  if (typeof rState.ended !== 'boolean') return null;
  return rState.ended;
}

function isReadableFinished(stream, strict) {
  if (!isReadableNodeStream(stream)) return null;
  var rState = stream._readableState;
  if (rState && rState.errored) return false;
  if (!rState || typeof rState.endEmitted !== 'boolean') return null;
  return !!(rState.endEmitted || (strict === false && rState.ended === true && rState.length === 0));
}

function isReadable(stream) {
  if (stream && stream[kIsReadable] != null) return stream[kIsReadable];
  if (!stream || typeof stream.readable !== 'boolean') return null;
  if (isDestroyed(stream)) return false;
  return isReadableNodeStream(stream) && stream.readable && !isReadableFinished(stream);
}

function isWritable(stream) {
  if (stream && stream[kIsWritable] != null) return stream[kIsWritable];
  if (!stream || typeof stream.writable !== 'boolean') return null;
  if (isDestroyed(stream)) return false;
  return isWritableNodeStream(stream) && stream.writable && !isWritableEnded(stream);
}

function isFinished(stream, opts) {
  if (!isNodeStream(stream)) return null;
  if (isDestroyed(stream)) return true;
  if ((!opts || opts.readable !== false) && isReadable(stream)) return false;
  if ((!opts || opts.writable !== false) && isWritable(stream)) return false;
  return true;
}

function isWritableErrored(stream) {
  if (!isNodeStream(stream)) return null;
  if (stream.writableErrored) return stream.writableErrored;
  var s = stream._writableState;
  return (s && s.errored != null) ? s.errored : null;
}

function isReadableErrored(stream) {
  if (!isNodeStream(stream)) return null;
  if (stream.readableErrored) return stream.readableErrored;
  var s = stream._readableState;
  return (s && s.errored != null) ? s.errored : null;
}

function isOutgoingMessage(stream) {
  return typeof stream._closed === 'boolean' && typeof stream._defaultKeepAlive === 'boolean' &&
    typeof stream._removedConnection === 'boolean' && typeof stream._removedContLen === 'boolean';
}

function isServerResponse(stream) {
  return typeof stream._sent100 === 'boolean' && isOutgoingMessage(stream);
}

function isClosed(stream) {
  if (!isNodeStream(stream)) return null;
  var w = stream._writableState;
  var r = stream._readableState;
  if ((w && typeof w.closed === 'boolean') || (r && typeof r.closed === 'boolean')) {
    return !!((w && w.closed) || (r && r.closed));
  }
  if (typeof stream._closed === 'boolean' && isOutgoingMessage(stream)) return stream._closed;
  return null;
}

// Will this stream emit 'close' by itself once it is done?
function willEmitClose(stream) {
  if (!isNodeStream(stream)) return null;
  var state = stream._writableState || stream._readableState;
  return (!state && isServerResponse(stream)) ||
    !!(state && state.autoDestroy && state.emitClose && state.closed === false);
}

function isDisturbed(stream) {
  if (!stream) return false;
  if (stream[kIsDisturbed] != null) return !!stream[kIsDisturbed];
  return !!(stream.readableDidRead || stream.readableAborted);
}

function isErrored(stream) {
  if (!stream) return false;
  var candidates = [stream[kIsErrored], stream.readableErrored, stream.writableErrored,
    stream._readableState && stream._readableState.errorEmitted,
    stream._writableState && stream._writableState.errorEmitted,
    stream._readableState && stream._readableState.errored,
    stream._writableState && stream._writableState.errored];
  for (var i = 0; i < candidates.length; i++) {
    if (candidates[i] != null) return !!candidates[i];
  }
  return false;
}

// --- trace ids ----------------------------------------------------------------
//
// With --trace each stream gets an async id, kept in its state(s) as
// traceId (both sides of a Duplex share one); making it records
// stream.new. Called only when tracing.
function traceIdFor(stream, side) {
  var other = side === 'readable' ? stream._writableState : stream._readableState;
  if (other && other.traceId) return other.traceId;
  var trace = require('internal/trace');
  var asyncIds = require('internal/async_ids');
  var id = asyncIds.newAsyncId();
  var type = stream.constructor && stream.constructor.name ? stream.constructor.name : 'Stream';
  var state = side === 'readable' ? stream._readableState : stream._writableState;
  var duplex = !!(stream._readableState && stream._writableState);
  trace.emit(trace.kinds['stream.new'], id, asyncIds.executionAsyncId(), type,
    duplex ? 'duplex' : side, state.highWaterMark, state.objectMode);
  return id;
}

// A stream's trace id, or 0 (not one of ours, or tracing off).
function traceIdOf(stream) {
  if (!stream) return 0;
  var s = stream._writableState || stream._readableState;
  return s && s.traceId ? s.traceId : 0;
}

module.exports = {
  traceIdFor: traceIdFor,
  traceIdOf: traceIdOf,
  kDestroyed: kDestroyed,
  kIsDestroyed: kDestroyed,
  kIsErrored: kIsErrored,
  kIsReadable: kIsReadable,
  kIsWritable: kIsWritable,
  kIsDisturbed: kIsDisturbed,
  isReadableNodeStream: isReadableNodeStream,
  isWritableNodeStream: isWritableNodeStream,
  isDuplexNodeStream: isDuplexNodeStream,
  isNodeStream: isNodeStream,
  isIterable: isIterable,
  isDestroyed: isDestroyed,
  isWritableEnded: isWritableEnded,
  isWritableFinished: isWritableFinished,
  isReadableEnded: isReadableEnded,
  isReadableFinished: isReadableFinished,
  isReadable: isReadable,
  isWritable: isWritable,
  isFinished: isFinished,
  isWritableErrored: isWritableErrored,
  isReadableErrored: isReadableErrored,
  isClosed: isClosed,
  isOutgoingMessage: isOutgoingMessage,
  isServerResponse: isServerResponse,
  willEmitClose: willEmitClose,
  isDisturbed: isDisturbed,
  isErrored: isErrored
};
