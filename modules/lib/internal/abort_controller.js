'use strict';

// AbortController and AbortSignal (Node's lib/internal/abort_controller.js).
//
// An AbortSignal is an EventTarget that fires one 'abort' event, at most
// once, when its controller's abort(reason) is called (or its timeout
// fires); `aborted` and `reason` then stay set. APIs that take a
// `{ signal }` (timers/promises, events.once, fs.readFile, child_process,
// readline, streams) listen for that event.
//
// AbortSignal.timeout(ms) aborts from an unref'd timer, so the signal alone
// never keeps the process alive. Node also lets the signal be collected
// before the timer fires (WeakRef + FinalizationRegistry); ES5 has neither,
// so here the timer holds the signal until it fires: the same behaviour,
// held a little longer.

var eventTarget = require('internal/event_target');
var EventTarget = eventTarget.EventTarget;
var Event = eventTarget.Event;
var errors = require('internal/errors');
var ERR_ILLEGAL_CONSTRUCTOR = errors.codes.ERR_ILLEGAL_CONSTRUCTOR;
var ERR_INVALID_ARG_TYPE = errors.codes.ERR_INVALID_ARG_TYPE;
var ERR_INVALID_THIS = errors.codes.ERR_INVALID_THIS;
var ERR_OUT_OF_RANGE = errors.codes.ERR_OUT_OF_RANGE;
var DOMException = require('internal/per_context/domexception').DOMException;
var customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');

var kState = Symbol('kAbortSignalState');
var kSignal = Symbol('kSignal');
var kDontThrow = {};  // the token that lets the library make a signal

function lazyInspect() {
  return require('internal/util/inspect').inspect;
}

function hiddenValue(obj, key, value) {
  Object.defineProperty(obj, key, { value: value, writable: true, configurable: true,
    enumerable: false });
}

function customInspect(self, shown, depth, options) {
  if (depth < 0) return self;
  var opts = {};
  for (var k in options) opts[k] = options[k];
  opts.depth = options.depth === null ? null : options.depth - 1;
  return self.constructor.name + ' ' + lazyInspect()(shown, opts);
}

function signalState(signal) {
  var state = signal !== null && typeof signal === 'object' ? signal[kState] : undefined;
  if (state === undefined) throw new ERR_INVALID_THIS('AbortSignal');
  return state;
}

function AbortSignal(token, init) {
  if (token !== kDontThrow) throw new ERR_ILLEGAL_CONSTRUCTOR();
  eventTarget.initEventTarget(this);
  hiddenValue(this, kState, {
    aborted: !!(init && init.aborted),
    reason: init ? init.reason : undefined,
    // Signals made by AbortSignal.any() that follow this one.
    dependants: null
  });
}

AbortSignal.prototype = Object.create(EventTarget.prototype, {
  constructor: { value: AbortSignal, writable: true, configurable: true, enumerable: false }
});
Object.setPrototypeOf(AbortSignal, EventTarget);

Object.defineProperty(AbortSignal.prototype, 'aborted', {
  get: function () { return signalState(this).aborted; },
  enumerable: true,
  configurable: true
});
Object.defineProperty(AbortSignal.prototype, 'reason', {
  get: function () { return signalState(this).reason; },
  enumerable: true,
  configurable: true
});
Object.defineProperty(AbortSignal.prototype, 'throwIfAborted', {
  value: function throwIfAborted() {
    var state = signalState(this);
    if (state.aborted) throw state.reason;
  },
  writable: true,
  enumerable: true,
  configurable: true
});
eventTarget.defineEventHandler(AbortSignal.prototype, 'abort');
Object.defineProperty(AbortSignal.prototype, customInspectSymbol, {
  value: function (depth, options) {
    return customInspect(this, { aborted: this.aborted }, depth, options);
  },
  writable: true,
  configurable: true,
  enumerable: false
});
Object.defineProperty(AbortSignal.prototype, Symbol.toStringTag, { value: 'AbortSignal',
  writable: false, enumerable: false, configurable: true });

function defaultReason() {
  return new DOMException('This operation was aborted', 'AbortError');
}

function defineStatic(name, fn) {
  Object.defineProperty(AbortSignal, name, { value: fn, writable: true, configurable: true,
    enumerable: true });
}

// AbortSignal.abort([reason]): a signal that is already aborted.
defineStatic('abort', function abort(reason) {
  return new AbortSignal(kDontThrow, { aborted: true,
    reason: reason === undefined ? defaultReason() : reason });
});

// AbortSignal.timeout(ms): aborts with a TimeoutError after ms.
defineStatic('timeout', function timeout(delay) {
  if (typeof delay !== 'number') throw new ERR_INVALID_ARG_TYPE('delay', 'number', delay);
  if (delay % 1 !== 0) {
    throw new ERR_OUT_OF_RANGE('delay', 'an integer', delay);
  }
  if (delay < 0 || delay > 4294967295) {
    throw new ERR_OUT_OF_RANGE('delay', '>= 0 && <= 4294967295', delay);
  }
  var signal = new AbortSignal(kDontThrow);
  var timer = require('timers').setTimeout(function () {
    abortSignal(signal, new DOMException('The operation was aborted due to timeout',
      'TimeoutError'));
  }, delay);
  timer.unref();
  return signal;
});

// AbortSignal.any(signals): aborts when the first of them does.
defineStatic('any', function any(signals) {
  if (signals === null || typeof signals !== 'object' || typeof signals.length !== 'number') {
    throw new ERR_INVALID_ARG_TYPE('signals', 'AbortSignal[]', signals);
  }
  var list = Array.prototype.slice.call(signals);
  for (var i = 0; i < list.length; i++) {
    if (list[i] === null || typeof list[i] !== 'object' || list[i][kState] === undefined) {
      throw new ERR_INVALID_ARG_TYPE('signals[' + i + ']', 'AbortSignal', list[i]);
    }
  }
  var result = new AbortSignal(kDontThrow);
  for (var j = 0; j < list.length; j++) {
    var state = list[j][kState];
    if (state.aborted) {
      abortSignal(result, state.reason);
      return result;
    }
  }
  for (var n = 0; n < list.length; n++) {
    var s = list[n][kState];
    if (s.dependants === null) s.dependants = [];
    s.dependants.push(result);
  }
  return result;
});

// The spec's "signal abort": set the reason, abort the dependants (their
// state first, then their events, as the spec orders it), fire 'abort'.
function abortSignal(signal, reason) {
  var state = signal[kState];
  if (state.aborted) return;
  state.aborted = true;
  state.reason = reason;
  var toAbort = [];
  if (state.dependants !== null) {
    for (var i = 0; i < state.dependants.length; i++) {
      var ds = state.dependants[i][kState];
      if (!ds.aborted) {
        ds.aborted = true;
        ds.reason = reason;
        toAbort.push(state.dependants[i]);
      }
    }
    state.dependants = null;
  }
  runAbort(signal);
  for (var j = 0; j < toAbort.length; j++) runAbort(toAbort[j]);
}

function runAbort(signal) {
  var options = {};
  options[eventTarget.kTrustEvent] = true;
  signal.dispatchEvent(new Event('abort', options));
}

function AbortController() {
  if (!(this instanceof AbortController)) {
    throw new TypeError("Class constructor AbortController cannot be invoked without 'new'");
  }
  hiddenValue(this, kSignal, undefined);
}

function controllerSignal(controller) {
  if (controller === null || typeof controller !== 'object' || !(kSignal in controller)) {
    throw new ERR_INVALID_THIS('AbortController');
  }
  if (controller[kSignal] === undefined) controller[kSignal] = new AbortSignal(kDontThrow);
  return controller[kSignal];
}

Object.defineProperty(AbortController.prototype, 'signal', {
  get: function () { return controllerSignal(this); },
  enumerable: true,
  configurable: true
});
Object.defineProperty(AbortController.prototype, 'abort', {
  value: function abort(reason) {
    abortSignal(controllerSignal(this), reason === undefined ? defaultReason() : reason);
  },
  writable: true,
  enumerable: true,
  configurable: true
});
Object.defineProperty(AbortController.prototype, customInspectSymbol, {
  value: function (depth, options) {
    return customInspect(this, { signal: this.signal }, depth, options);
  },
  writable: true,
  configurable: true,
  enumerable: false
});
Object.defineProperty(AbortController.prototype, Symbol.toStringTag, { value: 'AbortController',
  writable: false, enumerable: false, configurable: true });

// aborted(signal, resource): a promise resolved when the signal aborts
// (util.aborted).
function aborted(signal, resource) {
  if (signal === null || typeof signal !== 'object' || signal[kState] === undefined) {
    throw new ERR_INVALID_ARG_TYPE('signal', 'AbortSignal', signal);
  }
  if (resource === null || (typeof resource !== 'object' && typeof resource !== 'function')) {
    throw new ERR_INVALID_ARG_TYPE('resource', 'Object', resource);
  }
  if (signal.aborted) return Promise.resolve();
  return new Promise(function (resolve) {
    var opts = { once: true };
    opts[eventTarget.kResistStopPropagation] = true;
    signal.addEventListener('abort', function () { resolve(); }, opts);
  });
}

module.exports = {
  AbortController: AbortController,
  AbortSignal: AbortSignal,
  aborted: aborted
};
