'use strict';

// Readable.from(iterable[, options]) (Node's lib/internal/streams/from.js):
// a Readable (objectMode, highWaterMark 1 unless told otherwise) that
// pushes what the iterable yields. A string or Buffer is one chunk, not
// iterated. Promises among the values are awaited. Async iterables are
// taken when the engine has Symbol.asyncIterator (Duktape has not: arrays,
// sync iterables and hand-made iterator objects whose next() returns a
// promise are what ES5 code can pass).

var codes = require('internal/streams/codes').codes;
var ERR_INVALID_ARG_TYPE = codes.ERR_INVALID_ARG_TYPE;
var ERR_STREAM_NULL_VALUES = codes.ERR_STREAM_NULL_VALUES;

function isThenable(v) {
  return v != null && typeof v.then === 'function';
}

function from(Readable, iterable, opts) {
  var Buffer = require('buffer').Buffer;
  var k;
  if (typeof iterable === 'string' || iterable instanceof Buffer) {
    var single = { objectMode: true };
    if (opts) for (k in opts) single[k] = opts[k];
    single.read = function () {
      this.push(iterable);
      this.push(null);
    };
    return new Readable(single);
  }

  var iterator;
  var isAsync;
  if (iterable && Symbol.asyncIterator !== undefined && iterable[Symbol.asyncIterator]) {
    isAsync = true;
    iterator = iterable[Symbol.asyncIterator]();
  } else if (iterable && iterable[Symbol.iterator]) {
    isAsync = false;
    iterator = iterable[Symbol.iterator]();
  } else if (Array.isArray(iterable)) {
    // Duktape's arrays have no Symbol.iterator.
    isAsync = false;
    var index = 0;
    iterator = { next: function () {
      return index < iterable.length ? { value: iterable[index++], done: false } :
        { value: undefined, done: true };
    } };
  } else {
    throw new ERR_INVALID_ARG_TYPE('iterable', ['Iterable'], iterable);
  }

  var options = { objectMode: true, highWaterMark: 1 };
  if (opts) for (k in opts) options[k] = opts[k];
  var readable = new Readable(options);

  var reading = false;
  var isAsyncValues = false;

  readable._read = function () {
    if (!reading) {
      reading = true;
      if (isAsync) nextAsync();
      else if (isAsyncValues) nextSyncWithAsyncValues();
      else nextSyncWithSyncValues();
    }
  };

  readable._destroy = function (error, cb) {
    close(error).then(function () { process.nextTick(cb, error); },
      function (e) { process.nextTick(cb, e || error); });
  };

  // Let the iterator clean up: throw(error) on failure, then return().
  // Like Node's async close(), the first call happens synchronously.
  function close(error) {
    var hadError = error !== undefined && error !== null;
    var hasThrow = typeof iterator.throw === 'function';
    function callReturn() {
      if (typeof iterator.return !== 'function') return undefined;
      return Promise.resolve(iterator.return()).then(function (res) {
        return res && res.value;
      });
    }
    try {
      if (hadError && hasThrow) {
        return Promise.resolve(iterator.throw(error)).then(function (res) {
          return Promise.resolve(res && res.value).then(function () {
            if (res && res.done) return undefined;
            return callReturn();
          });
        });
      }
      return Promise.resolve(callReturn());
    } catch (e) {
      return Promise.reject(e);
    }
  }

  function nextSyncWithSyncValues() {
    for (;;) {
      try {
        var res = iterator.next();
        if (res.done) {
          readable.push(null);
          return;
        }
        var value = res.value;
        if (isThenable(value)) {
          changeToAsyncValues(value);
          return;
        }
        if (value === null) {
          reading = false;
          throw new ERR_STREAM_NULL_VALUES();
        }
        if (readable.push(value)) continue;
        reading = false;
      } catch (err) {
        readable.destroy(err);
      }
      break;
    }
  }

  function changeToAsyncValues(value) {
    isAsyncValues = true;
    Promise.resolve(value).then(function (res) {
      if (res === null) {
        reading = false;
        throw new ERR_STREAM_NULL_VALUES();
      }
      if (readable.push(res)) {
        nextSyncWithAsyncValues();
        return;
      }
      reading = false;
    }).then(undefined, function (err) {
      readable.destroy(err);
    });
  }

  function nextSyncWithAsyncValues() {
    var res;
    try {
      res = iterator.next();
    } catch (err) {
      readable.destroy(err);
      return;
    }
    if (res.done) {
      readable.push(null);
      return;
    }
    Promise.resolve(res.value).then(function (value) {
      if (value === null) {
        reading = false;
        throw new ERR_STREAM_NULL_VALUES();
      }
      if (readable.push(value)) nextSyncWithAsyncValues();
      else reading = false;
    }).then(undefined, function (err) {
      readable.destroy(err);
    });
  }

  function nextAsync() {
    var p;
    try {
      p = Promise.resolve(iterator.next());
    } catch (err) {
      readable.destroy(err);
      return;
    }
    p.then(function (res) {
      if (res.done) {
        readable.push(null);
        return undefined;
      }
      return Promise.resolve(res.value).then(function (value) {
        if (value === null) {
          reading = false;
          throw new ERR_STREAM_NULL_VALUES();
        }
        if (readable.push(value)) nextAsync();
        else reading = false;
      });
    }).then(undefined, function (err) {
      readable.destroy(err);
    });
  }

  return readable;
}

module.exports = from;
