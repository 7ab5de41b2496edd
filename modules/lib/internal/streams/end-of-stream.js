'use strict';

// stream.finished(stream[, options], callback) (Node's
// lib/internal/streams/end-of-stream.js): call back once when a stream is
// done - ended (readable side), finished (writable side), errored, or
// closed too early (ERR_STREAM_PREMATURE_CLOSE). Returns a function that
// removes the listeners. pipeline() is built on it.
//
// HOW. It listens for 'end', 'finish', 'error' and 'close'. A stream that
// will emit 'close' by itself (autoDestroy + emitClose, the default) is
// reported at 'close', after 'end'/'finish'; others at 'end'/'finish'. A
// stream that is already done is reported on the next tick.

var streamCodes = require('internal/streams/codes');
var validators = require('internal/validators');
var utils = require('internal/streams/utils');

var codes = streamCodes.codes;
var AbortError = streamCodes.AbortError;
var ERR_INVALID_ARG_TYPE = codes.ERR_INVALID_ARG_TYPE;
var ERR_STREAM_PREMATURE_CLOSE = codes.ERR_STREAM_PREMATURE_CLOSE;

var isClosed = utils.isClosed;
var isReadable = utils.isReadable;
var isReadableNodeStream = utils.isReadableNodeStream;
var isReadableFinished = utils.isReadableFinished;
var isReadableErrored = utils.isReadableErrored;
var isWritable = utils.isWritable;
var isWritableNodeStream = utils.isWritableNodeStream;
var isWritableFinished = utils.isWritableFinished;
var isWritableErrored = utils.isWritableErrored;
var isNodeStream = utils.isNodeStream;

function isRequest(stream) {
  return stream.setHeader && typeof stream.abort === 'function';
}

function nop() {}

var emptyOptions = {};

function eos(stream, options, callback) {
  if (callback === undefined && typeof options === 'function') {
    callback = options;
    options = emptyOptions;
  } else if (options == null) {
    options = emptyOptions;
  } else {
    validators.validateObject(options, 'options');
  }
  validators.validateFunction(callback, 'callback');
  var signal = options.signal;
  if (signal !== undefined && (signal === null || typeof signal !== 'object' || !('aborted' in signal))) {
    throw new ERR_INVALID_ARG_TYPE('options.signal', 'AbortSignal', signal);
  }

  var called = false;
  var userCallback = callback;
  callback = function (err) {
    if (called) return;
    called = true;
    if (err === undefined) userCallback.call(stream);
    else userCallback.call(stream, err);
  };

  if (!isNodeStream(stream)) {
    throw new ERR_INVALID_ARG_TYPE('stream', ['ReadableStream', 'WritableStream', 'Stream'], stream);
  }

  var readable = options.readable != null ? options.readable : isReadableNodeStream(stream);
  var writable = options.writable != null ? options.writable : isWritableNodeStream(stream);

  var wState = stream._writableState;
  var rState = stream._readableState;

  function onlegacyfinish() {
    if (!stream.writable) onfinish();
  }

  // A stream that emits 'close' by itself is reported there, after the
  // last of 'end'/'finish'.
  var willEmitClose = utils.willEmitClose(stream) &&
    isReadableNodeStream(stream) === readable &&
    isWritableNodeStream(stream) === writable;

  var writableFinished = isWritableFinished(stream, false);
  function onfinish() {
    writableFinished = true;
    // Destroyed already: user code did something unusual; do not wait
    // for a 'close' that may not come.
    if (stream.destroyed) willEmitClose = false;
    if (willEmitClose && (!stream.readable || readable)) return;
    if (!readable || readableFinished) callback();
  }

  var readableFinished = isReadableFinished(stream, false);
  function onend() {
    readableFinished = true;
    if (stream.destroyed) willEmitClose = false;
    if (willEmitClose && (!stream.writable || writable)) return;
    if (!writable || writableFinished) callback();
  }

  function onerror(err) {
    callback(err);
  }

  var closed = isClosed(stream);

  function onclose() {
    closed = true;
    var errored = isWritableErrored(stream) || isReadableErrored(stream);
    if (errored && typeof errored !== 'boolean') return callback(errored);
    if (readable && !readableFinished && isReadableNodeStream(stream, true)) {
      if (!isReadableFinished(stream, false)) return callback(new ERR_STREAM_PREMATURE_CLOSE());
    }
    if (writable && !writableFinished) {
      if (!isWritableFinished(stream, false)) return callback(new ERR_STREAM_PREMATURE_CLOSE());
    }
    callback();
  }

  function onclosed() {
    closed = true;
    var errored = isWritableErrored(stream) || isReadableErrored(stream);
    if (errored && typeof errored !== 'boolean') return callback(errored);
    callback();
  }

  function onrequest() {
    stream.req.on('finish', onfinish);
  }

  if (isRequest(stream)) {
    stream.on('complete', onfinish);
    if (!willEmitClose) stream.on('abort', onclose);
    if (stream.req) onrequest();
    else stream.on('request', onrequest);
  } else if (writable && !wState) {
    // Old-style streams.
    stream.on('end', onlegacyfinish);
    stream.on('close', onlegacyfinish);
  }

  // Not all streams emit 'close' after 'aborted'.
  if (!willEmitClose && typeof stream.aborted === 'boolean') stream.on('aborted', onclose);

  stream.on('end', onend);
  stream.on('finish', onfinish);
  if (options.error !== false) stream.on('error', onerror);
  stream.on('close', onclose);

  if (closed) {
    process.nextTick(onclose);
  } else if ((wState && wState.errorEmitted) || (rState && rState.errorEmitted)) {
    if (!willEmitClose) process.nextTick(onclosed);
  } else if (!readable && (!willEmitClose || isReadable(stream)) &&
             (writableFinished || isWritable(stream) === false)) {
    process.nextTick(onclosed);
  } else if (!writable && (!willEmitClose || isWritable(stream)) &&
             (readableFinished || isReadable(stream) === false)) {
    process.nextTick(onclosed);
  } else if (rState && stream.req && stream.aborted) {
    process.nextTick(onclosed);
  }

  function cleanup() {
    callback = nop;
    stream.removeListener('aborted', onclose);
    stream.removeListener('complete', onfinish);
    stream.removeListener('abort', onclose);
    stream.removeListener('request', onrequest);
    if (stream.req) stream.req.removeListener('finish', onfinish);
    stream.removeListener('end', onlegacyfinish);
    stream.removeListener('close', onlegacyfinish);
    stream.removeListener('finish', onfinish);
    stream.removeListener('end', onend);
    stream.removeListener('error', onerror);
    stream.removeListener('close', onclose);
  }

  if (signal && !closed) {
    var abort = function () {
      var endCallback = callback;
      cleanup();
      endCallback(new AbortError(undefined, { cause: signal.reason }));
    };
    if (signal.aborted) {
      process.nextTick(abort);
    } else {
      var inner = callback;
      callback = function (err) {
        signal.removeEventListener('abort', abort);
        inner(err);
      };
      signal.addEventListener('abort', abort);
    }
  }

  return cleanup;
}

// The promise form (stream/promises.finished): options.cleanup removes the
// listeners once it settles.
function finished(stream, opts) {
  var autoCleanup = false;
  if (opts === null) opts = emptyOptions;
  if (opts && opts.cleanup) {
    validators.validateBoolean(opts.cleanup, 'cleanup');
    autoCleanup = opts.cleanup;
  }
  return new Promise(function (resolve, reject) {
    var cleanup = eos(stream, opts, function (err) {
      if (autoCleanup) cleanup();
      if (err) reject(err);
      else resolve();
    });
  });
}

module.exports = eos;
module.exports.finished = finished;
