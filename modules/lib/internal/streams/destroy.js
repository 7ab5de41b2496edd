'use strict';

// Destroying streams, and async construction (Node's
// lib/internal/streams/destroy.js).
//
// destroy(err): marks the stream destroyed at once (so re-entrant calls are
// no-ops), calls _destroy(err, cb) - after _construct has finished, if one
// is running - and when that calls back, emits 'error' (if there is an
// error nobody has seen yet) and then 'close', both on the next tick:
//
//   destroy(err) -> _destroy(err, onDestroy) -> nextTick: 'error', 'close'
//
// errorOrDestroy(stream, err): how the stream machinery reports an error:
// destroy(err) when autoDestroy is on (the default), else just emit 'error'.
//
// construct(stream, cb): runs _construct(callback) on the next tick; until
// it calls back, reads and writes wait (state.constructed is false).

var streamCodes = require('internal/streams/codes');
var trace = require('internal/trace');
var asyncIds = require('internal/async_ids');

var codes = streamCodes.codes;
var aggregateTwoErrors = streamCodes.aggregateTwoErrors;
var AbortError = streamCodes.AbortError;

var kDestroy = Symbol('kDestroy');
var kConstruct = Symbol('kConstruct');

function checkError(err, w, r) {
  if (err) {
    if (w && !w.errored) w.errored = err;
    if (r && !r.errored) r.errored = err;
  }
}

function traceDestroy(stream, err) {
  var s = stream._writableState || stream._readableState;
  if (s && s.traceId) {
    trace.emit(trace.kinds['stream.destroy'], s.traceId, asyncIds.executionAsyncId(),
      err ? String(err.message !== undefined ? err.message : err) : '');
  }
}

// stream.destroy([err[, cb]]) (cb: undocumented, kept for old modules).
function destroy(err, cb) {
  var r = this._readableState;
  var w = this._writableState;
  var s = w || r;  // a Duplex keeps its lifecycle on the writable side

  if ((w && w.destroyed) || (r && r.destroyed)) {
    if (typeof cb === 'function') cb();
    return this;
  }
  if (trace.enabled) traceDestroy(this, err);

  checkError(err, w, r);
  if (w) w.destroyed = true;
  if (r) r.destroyed = true;

  if (!s.constructed) {
    // Still constructing: destroy when _construct is done.
    this.once(kDestroy, function (er) {
      _destroy(this, aggregateTwoErrors(er, err), cb);
    });
  } else {
    _destroy(this, err, cb);
  }
  return this;
}

function _destroy(self, err, cb) {
  var called = false;

  function onDestroy(err) {
    if (called) return;
    called = true;
    var r = self._readableState;
    var w = self._writableState;
    checkError(err, w, r);
    if (w) w.closed = true;
    if (r) r.closed = true;
    if (typeof cb === 'function') cb(err);
    if (err) {
      process.nextTick(emitErrorCloseNT, self, err);
    } else {
      process.nextTick(emitCloseNT, self);
    }
  }

  try {
    var result = self._destroy(err || null, onDestroy);
    // An async _destroy (returning a promise) calls back when it settles.
    if (result != null && typeof result.then === 'function') {
      result.then(function () { process.nextTick(onDestroy, null); },
        function (e) { process.nextTick(onDestroy, e); });
    }
  } catch (e) {
    onDestroy(e);
  }
}

function emitErrorCloseNT(self, err) {
  emitErrorNT(self, err);
  emitCloseNT(self);
}

function emitCloseNT(self) {
  var r = self._readableState;
  var w = self._writableState;
  if (w) w.closeEmitted = true;
  if (r) r.closeEmitted = true;
  if ((w && w.emitClose) || (r && r.emitClose)) {
    var s = w || r;
    if (trace.enabled && s.traceId) {
      trace.emit(trace.kinds['stream.close'], s.traceId, asyncIds.executionAsyncId());
    }
    self.emit('close');
  }
}

function emitErrorNT(self, err) {
  var r = self._readableState;
  var w = self._writableState;
  if ((w && w.errorEmitted) || (r && r.errorEmitted)) return;
  if (w) w.errorEmitted = true;
  if (r) r.errorEmitted = true;
  self.emit('error', err);
}

// stream._undestroy(): back to the state of a new stream (net sockets
// reuse themselves on reconnect).
function undestroy() {
  var r = this._readableState;
  var w = this._writableState;
  if (r) {
    r.constructed = true;
    r.closed = false;
    r.closeEmitted = false;
    r.destroyed = false;
    r.errored = null;
    r.errorEmitted = false;
    r.reading = false;
    r.ended = r.readable === false;
    r.endEmitted = r.readable === false;
  }
  if (w) {
    w.constructed = true;
    w.destroyed = false;
    w.closed = false;
    w.closeEmitted = false;
    w.errored = null;
    w.errorEmitted = false;
    w.finalCalled = false;
    w.prefinished = false;
    w.ended = w.writable === false;
    w.ending = w.writable === false;
    w.finished = w.writable === false;
  }
}

// sync: the error happened inside the caller's own call (a write after
// end, say), so it is emitted on the next tick rather than right now.
function errorOrDestroy(stream, err, sync) {
  var r = stream._readableState;
  var w = stream._writableState;

  if ((w && w.destroyed) || (r && r.destroyed)) return;

  if ((r && r.autoDestroy) || (w && w.autoDestroy)) {
    stream.destroy(err);
  } else if (err) {
    if (w && !w.errored) w.errored = err;
    if (r && !r.errored) r.errored = err;
    if (sync) {
      process.nextTick(emitErrorNT, stream, err);
    } else {
      emitErrorNT(stream, err);
    }
  }
}

function construct(stream, cb) {
  if (typeof stream._construct !== 'function') return;
  var r = stream._readableState;
  var w = stream._writableState;
  if (r) r.constructed = false;
  if (w) w.constructed = false;
  stream.once(kConstruct, cb);
  if (stream.listenerCount(kConstruct) > 1) return;  // a Duplex: both sides wait for one call
  process.nextTick(constructNT, stream);
}

function constructNT(stream) {
  var called = false;

  function onConstruct(err) {
    if (called) {
      errorOrDestroy(stream, err != null ? err : new codes.ERR_MULTIPLE_CALLBACK());
      return;
    }
    called = true;
    var r = stream._readableState;
    var w = stream._writableState;
    var s = w || r;
    if (r) r.constructed = true;
    if (w) w.constructed = true;
    if (s.destroyed) {
      stream.emit(kDestroy, err);
    } else if (err) {
      errorOrDestroy(stream, err, true);
    } else {
      stream.emit(kConstruct);
    }
  }

  // Node 20 defers the completion by a tick even when _construct calls
  // back synchronously.
  function deferred(err) {
    process.nextTick(onConstruct, err);
  }

  try {
    var result = stream._construct(deferred);
    if (result != null && typeof result.then === 'function') {
      result.then(function () { if (!called) process.nextTick(onConstruct, null); },
        function (e) { if (!called) process.nextTick(onConstruct, e); });
    }
  } catch (e) {
    process.nextTick(onConstruct, e);
  }
}

function isRequest(stream) {
  return stream && stream.setHeader && typeof stream.abort === 'function';
}

function emitCloseLegacy(stream) {
  stream.emit('close');
}

function emitErrorCloseLegacy(stream, err) {
  stream.emit('error', err);
  process.nextTick(emitCloseLegacy, stream);
}

// destroyer(stream, err): destroy anything stream-like, the way pipeline()
// and finished() need it: an unfinished stream is destroyed with an
// AbortError when no error is given.
function destroyer(stream, err) {
  var utils = require('internal/streams/utils');
  if (!stream || utils.isDestroyed(stream)) return;
  if (!err && !utils.isFinished(stream)) err = new AbortError();
  if (isRequest(stream)) {
    stream.abort();
  } else if (isRequest(stream.req)) {
    stream.req.abort();
  } else if (typeof stream.destroy === 'function') {
    stream.destroy(err);
  } else if (typeof stream.close === 'function') {
    stream.close();
  } else if (err) {
    process.nextTick(emitErrorCloseLegacy, stream, err);
  } else {
    process.nextTick(emitCloseLegacy, stream);
  }
  if (!stream.destroyed) stream[utils.kIsDestroyed] = true;
}

module.exports = {
  construct: construct,
  destroyer: destroyer,
  destroy: destroy,
  undestroy: undestroy,
  errorOrDestroy: errorOrDestroy,
  kDestroy: kDestroy,
  kConstruct: kConstruct
};
