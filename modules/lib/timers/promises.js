'use strict';

// require('timers/promises') (Node's lib/timers/promises.js): setTimeout and
// setImmediate that return a promise, setInterval as an async iterator, and
// scheduler.wait() / scheduler.yield().
//
// HOW: each is an ordinary Timeout or Immediate whose callback settles the
// promise, so a trace shows the timer firing in the timers phase (or the
// immediate in check) and the promise's reactions running in the checkpoint
// right after that callback. A bad argument is a rejected promise, not a
// throw, as in Node.

var timers = require('timers');
var validators = require('internal/validators');
var AbortError = require('internal/streams/codes').AbortError;

// Checks options and returns { signal, ref }; throws Node's errors.
function readOptions(options) {
  if (options === undefined) options = {};
  validators.validateObject(options, 'options');
  var signal = options.signal;
  var ref = options.ref === undefined ? true : options.ref;
  validators.validateAbortSignal(signal, 'options.signal');
  validators.validateBoolean(ref, 'options.ref');
  return { signal: signal, ref: ref };
}

function abortError(signal) {
  return new AbortError(undefined, { cause: signal.reason });
}

// A promise settled by a timer (schedule = setTimeout) or an immediate.
// `start(onFire)` starts it and returns the handle; `clear` cancels it.
// With a signal, Node returns the promise's finally() (which removes the
// abort listener), so its reactions run two microtask hops later than
// without one; keeping that shape keeps orderings the same as Node's.
function whenFired(opts, value, start, clear) {
  var signal = opts.signal;
  if (signal !== undefined && signal.aborted) return Promise.reject(abortError(signal));
  var onAbort;
  var ret = new Promise(function (resolve, reject) {
    var handle = start(function () {
      resolve(value);
    });
    if (!opts.ref) handle.unref();
    if (signal !== undefined) {
      onAbort = function () {
        clear(handle);
        reject(abortError(signal));
      };
      var listenerOptions = {};
      listenerOptions[require('internal/event_target').kResistStopPropagation] = true;
      signal.addEventListener('abort', onAbort, listenerOptions);
    }
  });
  if (onAbort === undefined) return ret;
  return ret['finally'](function () {
    signal.removeEventListener('abort', onAbort);
  });
}

function setTimeout(after, value, options) {
  var opts;
  try {
    opts = readOptions(options);
  } catch (err) {
    return Promise.reject(err);
  }
  return whenFired(opts, value, function (fire) {
    return timers.setTimeout(fire, after);
  }, timers.clearTimeout);
}

function setImmediate(value, options) {
  var opts;
  try {
    opts = readOptions(options);
  } catch (err) {
    return Promise.reject(err);
  }
  return whenFired(opts, value, function (fire) {
    return timers.setImmediate(fire);
  }, timers.clearImmediate);
}

// setInterval(after, value, options): an async iterator whose next() settles
// with { value, done: false } at each tick of an interval (ticks that came
// while nobody waited are counted and handed out at once, as Node does);
// return() stops the interval. ES5 has no `for await`, so call next().
function setInterval(after, value, options) {
  var opts = readOptions(options);
  var signal = opts.signal;
  var pending = 0;       // ticks not yet handed out
  var waiting = [];      // next() calls waiting for a tick: { resolve, reject }
  var done = false;
  var interval = timers.setInterval(function () {
    pending++;
    flush();
  }, after);
  if (!opts.ref) interval.unref();
  function flush() {
    while (pending > 0 && waiting.length > 0) {
      pending--;
      waiting.shift().resolve({ value: value, done: false });
    }
  }
  function stop() {
    done = true;
    timers.clearInterval(interval);
    while (waiting.length > 0) waiting.shift().resolve({ value: undefined, done: true });
  }
  function onAbort() {
    timers.clearInterval(interval);
    done = true;
    while (waiting.length > 0) waiting.shift().reject(abortError(signal));
  }
  if (signal !== undefined) {
    if (signal.aborted) onAbort();
    else signal.addEventListener('abort', onAbort, { once: true });
  }
  var iterator = {
    next: function () {
      if (done) {
        return signal !== undefined && signal.aborted ? Promise.reject(abortError(signal))
                                                      : Promise.resolve({ value: undefined, done: true });
      }
      return new Promise(function (resolve, reject) {
        waiting.push({ resolve: resolve, reject: reject });
        flush();
      });
    },
    return: function () {
      stop();
      return Promise.resolve({ value: undefined, done: true });
    }
  };
  if (typeof Symbol.asyncIterator === 'symbol') {
    iterator[Symbol.asyncIterator] = function () { return this; };
  }
  return iterator;
}

var scheduler = {
  // scheduler.wait(delay[, options]): setTimeout without a value.
  wait: function wait(delay, options) {
    return setTimeout(delay, undefined, options);
  },
  // scheduler.yield(): let the loop run, continue in the check phase.
  yield: function yield_() {
    return setImmediate();
  }
};

module.exports = {
  setTimeout: setTimeout,
  setImmediate: setImmediate,
  setInterval: setInterval,
  scheduler: scheduler
};
