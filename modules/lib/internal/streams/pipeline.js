'use strict';

// stream.pipeline(source, ...transforms, destination, callback) (Node's
// lib/internal/streams/pipeline.js): pipe the streams into each other and
// call back once, when the last one has finished or any one failed; on
// failure every stream of the chain is destroyed (a plain pipe() would leave
// the others open).
//
// HOW. Consecutive streams are joined with src.pipe(dst, {end: false}) and
// dst.end() at src's 'end'; each stream is watched with finished() (eos).
// finishCount counts what must complete (two per joint: the source side
// and the destination side); the callback runs on the next tick after the
// last, or after the first error. A source may also be an array or
// iterable (pumped into the next stream with write()/'drain') or a function
// returning one; a last stage may be a function returning a promise.
// Async generators do not exist in this engine, so function stages in the
// middle are not supported.

var eos = require('internal/streams/end-of-stream');
var destroyImpl = require('internal/streams/destroy');
var streamCodes = require('internal/streams/codes');
var validators = require('internal/validators');
var utils = require('internal/streams/utils');

var codes = streamCodes.codes;
var AbortError = streamCodes.AbortError;
var aggregateTwoErrors = streamCodes.aggregateTwoErrors;
var ERR_INVALID_ARG_TYPE = codes.ERR_INVALID_ARG_TYPE;
var ERR_INVALID_RETURN_VALUE = codes.ERR_INVALID_RETURN_VALUE;
var ERR_MISSING_ARGS = codes.ERR_MISSING_ARGS;
var ERR_STREAM_DESTROYED = codes.ERR_STREAM_DESTROYED;
var ERR_STREAM_PREMATURE_CLOSE = codes.ERR_STREAM_PREMATURE_CLOSE;

var isIterable = utils.isIterable;
var isReadable = utils.isReadable;
var isReadableNodeStream = utils.isReadableNodeStream;
var isReadableFinished = utils.isReadableFinished;
var isNodeStream = utils.isNodeStream;

var PassThrough;
var Duplex;

function destroyer(stream, reading, writing) {
  var finished = false;
  stream.on('close', function () {
    finished = true;
  });
  var cleanup = eos(stream, { readable: reading, writable: writing }, function (err) {
    finished = !err;
  });
  return {
    destroy: function (err) {
      if (finished) return;
      finished = true;
      destroyImpl.destroyer(stream, err || new ERR_STREAM_DESTROYED('pipe'));
    },
    cleanup: cleanup
  };
}

function popCallback(streams) {
  validators.validateFunction(streams[streams.length - 1], 'streams[stream.length - 1]');
  return streams.pop();
}

// An iterator over an array, a sync iterable, an async iterator object
// (next() returning promises) or a Readable.
function iteratorOf(val) {
  if (Array.isArray(val)) {
    var i = 0;
    return { next: function () {
      return i < val.length ? { value: val[i++], done: false } : { value: undefined, done: true };
    } };
  }
  if (Symbol.asyncIterator !== undefined && val != null && typeof val[Symbol.asyncIterator] === 'function') {
    return val[Symbol.asyncIterator]();
  }
  if (val != null && typeof val[Symbol.iterator] === 'function') return val[Symbol.iterator]();
  if (isReadableNodeStream(val)) return require('internal/streams/readable').prototype.iterator.call(val);
  if (val != null && typeof val.next === 'function') return val;
  throw new ERR_INVALID_ARG_TYPE('val', ['Readable', 'Iterable', 'AsyncIterable'], val);
}

// Write what an iterable yields into a writable, honouring backpressure
// (Node's pumpToNode, without async functions). Each step goes through a
// promise, as for-await does.
function pumpToNode(iterable, writable, finish, end) {
  var error;
  var onresolve = null;
  var iterator;

  function resume(err) {
    if (err) error = err;
    if (onresolve) {
      var callback = onresolve;
      onresolve = null;
      callback();
    }
  }

  function wait() {
    return new Promise(function (resolve, reject) {
      if (error) {
        reject(error);
      } else {
        onresolve = function () {
          if (error) reject(error);
          else resolve();
        };
      }
    });
  }

  writable.on('drain', resume);
  var cleanup = eos(writable, { readable: false }, resume);

  function done(err) {
    cleanup();
    writable.off('drain', resume);
    if (err !== undefined) {
      if (iterator && typeof iterator.return === 'function') {
        try { iterator.return(); } catch (e) { /* already failing */ }
      }
      finish(error !== err ? aggregateTwoErrors(error, err) : err);
    } else {
      finish();
    }
  }

  function step() {
    var result = iterator.next();
    return Promise.resolve(result).then(function (res) {
      if (res.done) {
        if (end) {
          writable.end();
          return wait().then(function () { done(); });
        }
        done();
        return undefined;
      }
      return Promise.resolve(res.value).then(function (chunk) {
        if (!writable.write(chunk)) return wait().then(step);
        return step();
      });
    });
  }

  var start;
  try {
    iterator = iteratorOf(iterable);
    start = writable.writableNeedDrain ? wait() : Promise.resolve();
  } catch (err) {
    start = Promise.reject(err);
  }
  start.then(step).then(undefined, function (err) { done(err); });
}

function pipeline() {
  var streams = Array.prototype.slice.call(arguments);
  var callback = popCallback(streams);
  var called = false;
  return pipelineImpl(streams, function (err, value) {
    if (called) return;
    called = true;
    callback(err, value);
  });
}

function pipelineImpl(streams, callback, opts) {
  if (streams.length === 1 && Array.isArray(streams[0])) streams = streams[0];
  if (streams.length < 2) throw new ERR_MISSING_ARGS('streams');

  var outerSignal = opts && opts.signal;
  if (outerSignal !== undefined &&
      (outerSignal === null || typeof outerSignal !== 'object' || !('aborted' in outerSignal))) {
    throw new ERR_INVALID_ARG_TYPE('options.signal', 'AbortSignal', outerSignal);
  }
  // Stage functions get { signal }; there is no AbortController here, so a
  // plain object stands in.
  var stageSignal = { aborted: false, reason: undefined,
    addEventListener: function () {}, removeEventListener: function () {} };

  function abort() {
    finishImpl(new AbortError(undefined, { cause: outerSignal && outerSignal.reason }));
  }
  if (outerSignal && typeof outerSignal.addEventListener === 'function') {
    outerSignal.addEventListener('abort', abort);
  }

  var error;
  var value;
  var destroys = [];
  var finishCount = 0;
  var lastStreamCleanup = [];

  function finish(err) {
    finishImpl(err, --finishCount === 0);
  }

  function finishOnlyHandleError(err) {
    finishImpl(err, false);
  }

  function finishImpl(err, final) {
    if (err && (!error || error.code === 'ERR_STREAM_PREMATURE_CLOSE')) error = err;
    if (!error && !final) return;
    while (destroys.length) destroys.shift()(error);
    if (outerSignal && typeof outerSignal.removeEventListener === 'function') {
      outerSignal.removeEventListener('abort', abort);
    }
    stageSignal.aborted = true;
    if (final) {
      if (!error) {
        for (var c = 0; c < lastStreamCleanup.length; c++) lastStreamCleanup[c]();
      }
      process.nextTick(callback, error, value);
    }
  }

  var ret;
  for (var i = 0; i < streams.length; i++) {
    var stream = streams[i];
    var reading = i < streams.length - 1;
    var writing = i > 0;
    var end = reading || !opts || opts.end !== false;
    var isLastStream = i === streams.length - 1;

    if (isNodeStream(stream)) {
      if (end) {
        var d = destroyer(stream, reading, writing);
        destroys.push(d.destroy);
        if (isReadable(stream) && isLastStream) lastStreamCleanup.push(d.cleanup);
      }
      // Errors that happen after the pipe or pump has completed.
      var onError = makeOnError(finishOnlyHandleError);
      stream.on('error', onError);
      if (isReadable(stream) && isLastStream) {
        lastStreamCleanup.push(removeListenerLater(stream, 'error', onError));
      }
    }

    if (i === 0) {
      if (typeof stream === 'function') {
        ret = stream({ signal: stageSignal });
        if (!isIterable(ret)) {
          throw new ERR_INVALID_RETURN_VALUE('Iterable, AsyncIterable or Stream', 'source', ret);
        }
      } else if (isIterable(stream) || isReadableNodeStream(stream)) {
        ret = stream;
      } else {
        ret = lazyDuplex().from(stream);
      }
    } else if (typeof stream === 'function') {
      ret = stream(isIterable(ret) || !isReadableNodeStream(ret) ? ret : iteratorOf(ret),
        { signal: stageSignal });
      if (reading) {
        if (!isIterable(ret, true) && !isNodeStream(ret)) {
          throw new ERR_INVALID_RETURN_VALUE('AsyncIterable', 'transform[' + (i - 1) + ']', ret);
        }
      } else {
        // The last stage is a function: a PassThrough stands in for it so
        // that pipeline() still returns a stream.
        if (!PassThrough) PassThrough = require('internal/streams/passthrough');
        var pt = new PassThrough({ objectMode: true });
        var then = ret != null ? ret.then : undefined;
        if (typeof then === 'function') {
          finishCount++;
          then.call(ret, makeResolved(pt, end, function (val) { value = val; }, finish),
            makeRejected(pt, finish));
        } else if (isIterable(ret, true)) {
          finishCount++;
          pumpToNode(ret, pt, finish, end);
        } else {
          throw new ERR_INVALID_RETURN_VALUE('AsyncIterable or Promise', 'destination', ret);
        }
        ret = pt;
        var dpt = destroyer(ret, false, true);
        destroys.push(dpt.destroy);
        if (isLastStream) lastStreamCleanup.push(dpt.cleanup);
      }
    } else if (isNodeStream(stream)) {
      if (isReadableNodeStream(ret)) {
        finishCount += 2;
        var cleanup = pipe(ret, stream, finish, finishOnlyHandleError, end);
        if (isReadable(stream) && isLastStream) lastStreamCleanup.push(cleanup);
      } else if (isIterable(ret)) {
        finishCount++;
        pumpToNode(ret, stream, finish, end);
      } else {
        throw new ERR_INVALID_ARG_TYPE('val', ['Readable', 'Iterable', 'AsyncIterable'], ret);
      }
      ret = stream;
    } else {
      ret = lazyDuplex().from(stream);
    }
  }

  if (outerSignal && outerSignal.aborted) process.nextTick(abort);
  return ret;
}

function lazyDuplex() {
  if (!Duplex) Duplex = require('internal/streams/duplex');
  return Duplex;
}

function makeOnError(finishOnlyHandleError) {
  return function onError(err) {
    if (err && err.name !== 'AbortError' && err.code !== 'ERR_STREAM_PREMATURE_CLOSE') {
      finishOnlyHandleError(err);
    }
  };
}

function removeListenerLater(stream, name, fn) {
  return function () {
    stream.removeListener(name, fn);
  };
}

function makeResolved(pt, end, setValue, finish) {
  return function (val) {
    setValue(val);
    if (val != null) pt.write(val);
    if (end) pt.end();
    process.nextTick(finish);
  };
}

function makeRejected(pt, finish) {
  return function (err) {
    pt.destroy(err);
    process.nextTick(finish, err);
  };
}

function pipe(src, dst, finish, finishOnlyHandleError, end) {
  var ended = false;
  dst.on('close', function () {
    // The destination closed before the source was done.
    if (!ended) finishOnlyHandleError(new ERR_STREAM_PREMATURE_CLOSE());
  });

  src.pipe(dst, { end: false });  // ended below, at the source's 'end'

  if (end) {
    var endFn = function () {
      ended = true;
      dst.end();
    };
    if (isReadableFinished(src)) process.nextTick(endFn);
    else src.once('end', endFn);
  } else {
    finish();
  }

  eos(src, { readable: true, writable: false }, function (err) {
    var rState = src._readableState;
    if (err && err.code === 'ERR_STREAM_PREMATURE_CLOSE' &&
        rState && rState.ended && !rState.errored && !rState.errorEmitted) {
      // Some streams emit 'close' before 'end'; 'end' still counts.
      src.once('end', finish).once('error', finish);
    } else {
      finish(err);
    }
  });
  return eos(dst, { readable: false, writable: true }, finish);
}

module.exports = {
  pipelineImpl: pipelineImpl,
  pipeline: pipeline
};
