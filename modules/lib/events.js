'use strict';

// The events module: EventEmitter and its helpers (Node's lib/events.js).
//
// HOW listeners are stored: `emitter._events` is a prototype-less object
// mapping an event name (string or symbol) to either one function or, from
// the second listener on, an array of functions; `_eventsCount` counts the
// names. Programs and other modules (streams) peek at these fields, so the
// layout is Node's.
//
// Semantics worth knowing:
//  - emit() calls the listeners synchronously, in order, on a snapshot of the
//    array: listeners added or removed meanwhile only count from the next
//    emit.
//  - 'newListener' is emitted before a listener is added, 'removeListener'
//    after one is removed (removeAllListeners() emits it for each, newest
//    first, and removes the 'removeListener' listeners last).
//  - emit('error', x) without an 'error' listener throws x when it is an
//    Error, else an ERR_UNHANDLED_ERROR carrying x as `context`. Listeners for
//    events.errorMonitor see the error first and do not count as handling it.
//  - once() wraps the listener; the wrapper has a `listener` property with
//    the original, so removeListener(original) and listeners() see through
//    it while rawListeners() shows the wrapper.
//  - more than getMaxListeners() listeners for one name emits one
//    MaxListenersExceededWarning (per name and emitter) through
//    process.emitWarning; 0 means no limit.
//  - "shape mode": when a subclass has put `_events` on the instance before
//    calling EventEmitter (as streams do), removing a listener stores
//    undefined instead of deleting the key, as Node does.
//  - captureRejections: a listener returning a rejected promise makes the
//    emitter emit 'error' (or call its [Symbol.for('nodejs.rejection')]).
//
// Not supported (no EventTarget/AbortSignal/async_hooks in tickscope):
// EventTarget arguments; AbortSignals are handled by duck typing (`aborted`,
// addEventListener/removeEventListener); EventEmitterAsyncResource has
// async ids but no async_hooks callbacks.

var errors = require('internal/errors');
var codes = errors.codes;
var validators = require('internal/validators');

var ERR_INVALID_ARG_TYPE = codes.ERR_INVALID_ARG_TYPE;
var ERR_UNHANDLED_ERROR = codes.ERR_UNHANDLED_ERROR;
var validateBoolean = validators.validateBoolean;
var validateFunction = validators.validateFunction;
var validateNumber = validators.validateNumber;
var validateInteger = validators.validateInteger;

var kCapture = Symbol('kCapture');
var kErrorMonitor = Symbol('events.errorMonitor');
var kShapeMode = Symbol('shapeMode');
var kMaxEventTargetListeners = Symbol('events.maxEventTargetListeners');
var kMaxEventTargetListenersWarned = Symbol('events.maxEventTargetListenersWarned');
var kRejection = Symbol.for('nodejs.rejection');

var defaultMaxListeners = 10;

function EventEmitter(opts) {
  EventEmitter.init.call(this, opts);
}

module.exports = EventEmitter;
// The module-level helpers (function declarations further down) come first
// so that Object.keys(require('events')) lists them in Node's order.
EventEmitter.addAbortListener = addAbortListener;
EventEmitter.once = once;
EventEmitter.on = on;
EventEmitter.getEventListeners = getEventListeners;
EventEmitter.getMaxListeners = getMaxListeners;

// ------------------------------------------------------------ internals --

function newEventMap() {
  return Object.create(null);
}

function hasEvents(emitter, type) {
  var events = emitter._events;
  if (events === undefined) return false;
  return type === undefined || events[type] !== undefined;
}

function limitOf(emitter) {
  return emitter._maxListeners === undefined ? EventEmitter.defaultMaxListeners :
    emitter._maxListeners;
}

// What inspect(emitter, { depth: -1 }) prints: '[EventEmitter]', '[MyClass]'.
function shortName(obj) {
  var proto = Object.getPrototypeOf(obj);
  if (proto === null) return '[Object: null prototype]';
  for (; proto !== null; proto = Object.getPrototypeOf(proto)) {
    var desc = Object.getOwnPropertyDescriptor(proto, 'constructor');
    if (desc && typeof desc.value === 'function' && desc.value.name) {
      return '[' + desc.value.name + ']';
    }
  }
  return '[Object]';
}

function leakWarning(emitter, type, count, limit) {
  var w = new Error('Possible EventEmitter memory leak detected. ' + count + ' ' + String(type) +
    ' listeners added to ' + shortName(emitter) + '. MaxListeners is ' + limit +
    '. Use emitter.setMaxListeners() to increase limit');
  w.name = 'MaxListenersExceededWarning';
  w.emitter = emitter;
  w.type = type;
  w.count = count;
  return w;
}

// Adds `listener` for `type`, at the front when `atFront`.
function addListenerTo(emitter, type, listener, atFront) {
  validateFunction(listener, 'listener');
  var events = emitter._events;
  if (events === undefined) {
    events = emitter._events = newEventMap();
    emitter._eventsCount = 0;
  } else if (events.newListener !== undefined) {
    // Announce first; the handler may even replace _events, so reload it.
    emitter.emit('newListener', type, listener.listener !== undefined && listener.listener !== null ?
      listener.listener : listener);
    events = emitter._events;
  }
  var current = events[type];
  if (current === undefined) {
    events[type] = listener;  // one listener: no array
    emitter._eventsCount++;
    return emitter;
  }
  var list;
  if (typeof current === 'function') {
    list = events[type] = atFront ? [listener, current] : [current, listener];
  } else {
    list = current;
    if (atFront) list.unshift(listener);
    else list.push(listener);
  }
  var limit = limitOf(emitter);
  if (limit > 0 && list.length > limit && !list.warned) {
    list.warned = true;
    process.emitWarning(leakWarning(emitter, type, list.length, limit));
  }
  return emitter;
}

// once(): a wrapper that unregisters itself before calling the listener.
// It is bound to a small record, so the wrapper can find itself to remove.
// (withRest: see emit below.)
var callOnce = internalBinding('functions').withRest(function callOnce(args) {
  if (this.fired) return undefined;
  this.target.removeListener(this.type, this.wrapper);
  this.fired = true;
  return args === undefined ? this.listener.call(this.target) : this.listener.apply(this.target, args);
}, 0);

function makeOnceWrapper(target, type, listener) {
  var record = { fired: false, wrapper: undefined, target: target, type: type, listener: listener };
  var wrapper = callOnce.bind(record);
  wrapper.listener = listener;
  record.wrapper = wrapper;
  return wrapper;
}

function matches(fn, listener) {
  return fn === listener || fn.listener === listener;
}

function copyList(list) {
  return Array.prototype.slice.call(list);
}

function originalsOf(list) {
  var out = copyList(list);
  for (var i = 0; i < out.length; i++) {
    if (typeof out[i].listener === 'function') out[i] = out[i].listener;
  }
  return out;
}

function listenersFor(emitter, type, unwrap) {
  if (!hasEvents(emitter, type)) return [];
  var entry = emitter._events[type];
  if (typeof entry === 'function') return [unwrap ? entry.listener || entry : entry];
  return unwrap ? originalsOf(entry) : copyList(entry);
}

function countListeners(type, listener) {
  var events = this._events;
  if (events === undefined) return 0;
  var entry = events[type];
  if (entry === undefined) return 0;
  if (typeof entry === 'function') {
    if (listener === undefined || listener === null) return 1;
    return matches(entry, listener) ? 1 : 0;
  }
  if (listener === undefined || listener === null) return entry.length;
  var n = 0;
  for (var i = 0; i < entry.length; i++) {
    if (matches(entry[i], listener)) n++;
  }
  return n;
}

// captureRejections: route a rejection of a listener's promise to 'error'.
function watchResult(emitter, result, type, args) {
  if (!emitter[kCapture]) return;
  try {
    var then = result.then;  // may be a getter that throws
    if (typeof then === 'function') {
      then.call(result, undefined, function (err) {
        // nextTick so that a throwing 'error' handler does not become a
        // rejection of this very promise chain.
        process.nextTick(deliverRejection, emitter, err, type, args);
      });
    }
  } catch (err) {
    emitter.emit('error', err);
  }
}

function deliverRejection(emitter, err, type, args) {
  if (typeof emitter[kRejection] === 'function') {
    emitter[kRejection].apply(emitter, [err, type].concat(args));
    return;
  }
  // Without capture while emitting, or an 'error' listener's own rejected
  // promise would loop.
  var saved = emitter[kCapture];
  try {
    emitter[kCapture] = false;
    emitter.emit('error', err);
  } finally {
    emitter[kCapture] = saved;
  }
}

function unhandledError(value) {
  if (value instanceof Error) return value;
  var err = new ERR_UNHANDLED_ERROR(value);
  if (value === undefined) {
    // Node inspects the value first, so even undefined is shown.
    var msg = 'Unhandled error. (undefined)';
    var stack = typeof err.stack === 'string' ? err.stack : '';
    err.message = msg;
    Object.defineProperty(err, 'stack', {
      value: 'Error [ERR_UNHANDLED_ERROR]: ' + msg + errors.stackTail(stack),
      writable: true, configurable: true, enumerable: false });
  }
  err.context = value;
  return err;
}

// ------------------------------------------------------------- statics --

EventEmitter.EventEmitter = EventEmitter;  // for `require('events').EventEmitter`
EventEmitter.usingDomains = false;
EventEmitter.captureRejectionSymbol = kRejection;

Object.defineProperty(EventEmitter, 'captureRejections', {
  enumerable: true,
  get: function () { return EventEmitter.prototype[kCapture]; },
  set: function (value) {
    validateBoolean(value, 'EventEmitter.captureRejections');
    EventEmitter.prototype[kCapture] = value;
  }
});

Object.defineProperty(EventEmitter, 'EventEmitterAsyncResource', {
  enumerable: true,
  configurable: true,
  get: lazyEventEmitterAsyncResource
});

EventEmitter.errorMonitor = kErrorMonitor;

Object.defineProperty(EventEmitter, 'defaultMaxListeners', {
  enumerable: true,
  get: function () { return defaultMaxListeners; },
  set: function (n) {
    validateNumber(n, 'defaultMaxListeners', 0);
    defaultMaxListeners = n;
  }
});

Object.defineProperty(EventEmitter, 'kMaxEventTargetListeners', { value: kMaxEventTargetListeners });
Object.defineProperty(EventEmitter, 'kMaxEventTargetListenersWarned',
  { value: kMaxEventTargetListenersWarned });

// events.setMaxListeners(n, ...emitters): the default when no emitter is
// given, else each emitter's limit.
EventEmitter.setMaxListeners = function (n) {
  if (n === undefined) n = defaultMaxListeners;
  validateNumber(n, 'setMaxListeners', 0);
  if (arguments.length <= 1) {
    defaultMaxListeners = n;
    return;
  }
  for (var i = 1; i < arguments.length; i++) {
    var target = arguments[i];
    if (target !== null && target !== undefined && typeof target.setMaxListeners === 'function') {
      target.setMaxListeners(n);
    } else {
      throw new ERR_INVALID_ARG_TYPE('eventTargets', ['EventEmitter', 'EventTarget'], target);
    }
  }
};

EventEmitter.init = function (opts) {
  var inherited = this._events === undefined ||
    this._events === Object.getPrototypeOf(this)._events;
  if (inherited) {
    this._events = newEventMap();
    this._eventsCount = 0;
  }
  this[kShapeMode] = !inherited;
  this._maxListeners = this._maxListeners || undefined;
  if (opts && opts.captureRejections) {
    validateBoolean(opts.captureRejections, 'options.captureRejections');
    this[kCapture] = true;
  } else {
    this[kCapture] = EventEmitter.prototype[kCapture];
  }
};

// Deprecated form of emitter.listenerCount(type).
EventEmitter.listenerCount = function (emitter, type) {
  if (typeof emitter.listenerCount === 'function') return emitter.listenerCount(type);
  return countListeners.call(emitter, type);
};

// ----------------------------------------------------------- prototype --

Object.defineProperty(EventEmitter.prototype, kCapture, { value: false, writable: true });

EventEmitter.prototype._events = undefined;
EventEmitter.prototype._eventsCount = 0;
EventEmitter.prototype._maxListeners = undefined;

EventEmitter.prototype.setMaxListeners = function setMaxListeners(n) {
  validateNumber(n, 'setMaxListeners', 0);
  this._maxListeners = n;
  return this;
};

EventEmitter.prototype.getMaxListeners = function getMaxListeners() {
  return limitOf(this);
};

// emit(type, ...args): withRest gathers ...args into an array, or undefined
// when there are none (modules/native/functions.cpp: cheaper than
// `arguments`, and emit is the hottest function of streams and sockets).
EventEmitter.prototype.emit = internalBinding('functions').withRest(function emit(type, args) {
  var events = this._events;
  var isError = type === 'error';
  if (events === undefined) {
    if (!isError) return false;
  } else if (isError) {
    if (events[kErrorMonitor] !== undefined) this.emit.apply(this, [kErrorMonitor].concat(args || []));
    isError = events.error === undefined;
  }
  if (isError) {
    throw unhandledError(args === undefined ? undefined : args[0]);  // Unhandled 'error' event
  }

  var entry = events[type];
  if (entry === undefined) return false;
  var result;
  if (typeof entry === 'function') {
    result = args === undefined ? entry.call(this) : entry.apply(this, args);
    if (result !== undefined && result !== null) watchResult(this, result, type, args || []);
    return true;
  }
  var snapshot = copyList(entry);
  for (var i = 0; i < snapshot.length; i++) {
    result = args === undefined ? snapshot[i].call(this) : snapshot[i].apply(this, args);
    if (result !== undefined && result !== null) watchResult(this, result, type, args || []);
  }
  return true;
}, 1);

EventEmitter.prototype.addListener = function addListener(type, listener) {
  return addListenerTo(this, type, listener, false);
};

EventEmitter.prototype.on = EventEmitter.prototype.addListener;

EventEmitter.prototype.prependListener = function prependListener(type, listener) {
  return addListenerTo(this, type, listener, true);
};

EventEmitter.prototype.once = function once(type, listener) {
  validateFunction(listener, 'listener');
  this.on(type, makeOnceWrapper(this, type, listener));
  return this;
};

EventEmitter.prototype.prependOnceListener = function prependOnceListener(type, listener) {
  validateFunction(listener, 'listener');
  this.prependListener(type, makeOnceWrapper(this, type, listener));
  return this;
};

// Removes the most recently added registration of `listener` (or of a once
// wrapper around it).
EventEmitter.prototype.removeListener = function removeListener(type, listener) {
  validateFunction(listener, 'listener');
  if (!hasEvents(this, type)) return this;
  var events = this._events;
  var entry = events[type];

  if (matches(entry, listener)) {
    this._eventsCount--;
    if (this[kShapeMode]) {
      events[type] = undefined;
    } else if (this._eventsCount === 0) {
      this._events = newEventMap();
    } else {
      delete events[type];
      if (events.removeListener) this.emit('removeListener', type, entry.listener || listener);
    }
    return this;
  }
  if (typeof entry === 'function') return this;

  var at = entry.length - 1;
  while (at >= 0 && !matches(entry[at], listener)) at--;
  if (at < 0) return this;
  entry.splice(at, 1);
  if (entry.length === 1) events[type] = entry[0];
  if (events.removeListener !== undefined) this.emit('removeListener', type, listener);
  return this;
};

EventEmitter.prototype.off = EventEmitter.prototype.removeListener;

EventEmitter.prototype.removeAllListeners = function removeAllListeners(type) {
  if (!hasEvents(this)) return this;
  var events = this._events;
  var all = arguments.length === 0;

  if (events.removeListener === undefined) {
    // Nobody to tell: just drop them.
    if (all) {
      this._events = newEventMap();
      this._eventsCount = 0;
    } else if (events[type] !== undefined) {
      this._eventsCount--;
      if (this._eventsCount === 0) this._events = newEventMap();
      else delete events[type];
    }
    this[kShapeMode] = false;
    return this;
  }

  if (all) {
    var names = Reflect.ownKeys(events);
    for (var i = 0; i < names.length; i++) {
      if (names[i] !== 'removeListener') this.removeAllListeners(names[i]);
    }
    this.removeAllListeners('removeListener');
    this._events = newEventMap();
    this._eventsCount = 0;
    this[kShapeMode] = false;
    return this;
  }

  var entry = events[type];
  if (typeof entry === 'function') {
    this.removeListener(type, entry);
  } else if (entry !== undefined) {
    for (var j = entry.length - 1; j >= 0; j--) this.removeListener(type, entry[j]);  // newest first
  }
  return this;
};

EventEmitter.prototype.listeners = function listeners(type) {
  return listenersFor(this, type, true);
};

EventEmitter.prototype.rawListeners = function rawListeners(type) {
  return listenersFor(this, type, false);
};

EventEmitter.prototype.listenerCount = countListeners;

EventEmitter.prototype.eventNames = function eventNames() {
  return this._eventsCount > 0 ? Reflect.ownKeys(this._events) : [];
};

// ------------------------------------------- EventEmitterAsyncResource --

// An EventEmitter that runs its listeners in its own async context: emit()
// makes the resource's asyncId the current execution id while listeners
// run. tickscope has no async_hooks module, so the resource is a small
// object with Node's AsyncResource methods over internal/async_ids.
var EventEmitterAsyncResource;
var kAsyncResource = Symbol('kAsyncResource');

function lazyEventEmitterAsyncResource() {
  if (EventEmitterAsyncResource !== undefined) return EventEmitterAsyncResource;
  var asyncIds = require('internal/async_ids');

  function AsyncResourceLite(emitter, type, options) {
    this.type = type;
    this._asyncId = asyncIds.newAsyncId();
    this._triggerAsyncId = options && typeof options.triggerAsyncId === 'number' ?
      options.triggerAsyncId : asyncIds.executionAsyncId();
    this._emitter = emitter;
  }
  AsyncResourceLite.prototype.asyncId = function () { return this._asyncId; };
  AsyncResourceLite.prototype.triggerAsyncId = function () { return this._triggerAsyncId; };
  AsyncResourceLite.prototype.emitDestroy = function () { return this; };
  AsyncResourceLite.prototype.runInAsyncScope = function (fn, thisArg) {
    var prev = asyncIds.enter(this._asyncId);
    try {
      return fn.apply(thisArg, Array.prototype.slice.call(arguments, 2));
    } finally {
      asyncIds.restore(prev);
    }
  };
  Object.defineProperty(AsyncResourceLite.prototype, 'eventEmitter', {
    get: function () { return this._emitter; }, configurable: true
  });

  function checkThis(self, what) {
    if (!self || self[kAsyncResource] === undefined) throw new codes.ERR_INVALID_THIS(what);
  }

  EventEmitterAsyncResource = function EventEmitterAsyncResource(options) {
    var name;
    if (typeof options === 'string') {
      name = options;
      options = undefined;
    } else {
      if (this.constructor === EventEmitterAsyncResource) {
        validators.validateString(options && options.name, 'options.name');
      }
      name = (options && options.name) || this.constructor.name;
    }
    EventEmitter.call(this, options);
    this[kAsyncResource] = new AsyncResourceLite(this, name, options);
  };
  EventEmitterAsyncResource.prototype = Object.create(EventEmitter.prototype, {
    constructor: { value: EventEmitterAsyncResource, writable: true, configurable: true }
  });
  Object.setPrototypeOf(EventEmitterAsyncResource, EventEmitter);
  EventEmitterAsyncResource.prototype.emit = function emit() {
    checkThis(this, 'EventEmitterAsyncResource');
    var resource = this[kAsyncResource];
    return resource.runInAsyncScope.apply(resource,
      [EventEmitter.prototype.emit, this].concat(Array.prototype.slice.call(arguments)));
  };
  EventEmitterAsyncResource.prototype.emitDestroy = function emitDestroy() {
    checkThis(this, 'EventEmitterAsyncResource');
    this[kAsyncResource].emitDestroy();
  };
  Object.defineProperties(EventEmitterAsyncResource.prototype, {
    asyncId: { get: function () {
      checkThis(this, 'EventEmitterAsyncResource');
      return this[kAsyncResource].asyncId();
    }, configurable: true },
    triggerAsyncId: { get: function () {
      checkThis(this, 'EventEmitterAsyncResource');
      return this[kAsyncResource].triggerAsyncId();
    }, configurable: true },
    asyncResource: { get: function () {
      checkThis(this, 'EventEmitterAsyncResource');
      return this[kAsyncResource];
    }, configurable: true }
  });
  return EventEmitterAsyncResource;
}

// ------------------------------------------------- module-level helpers --

function AbortError(cause) {
  var err = new Error('The operation was aborted');
  err.name = 'AbortError';
  err.code = 'ABORT_ERR';
  if (cause !== undefined) err.cause = cause;
  return err;
}

function checkSignal(signal) {
  if (signal !== undefined && (signal === null || typeof signal !== 'object' || !('aborted' in signal))) {
    throw new ERR_INVALID_ARG_TYPE('options.signal', 'AbortSignal', signal);
  }
}

function listen(emitter, name, fn, onceOnly) {
  if (typeof emitter.on === 'function') {
    if (onceOnly) emitter.once(name, fn);
    else emitter.on(name, fn);
  } else if (typeof emitter.addEventListener === 'function') {
    emitter.addEventListener(name, fn, { once: onceOnly });
  } else {
    throw new ERR_INVALID_ARG_TYPE('emitter', 'EventEmitter', emitter);
  }
}

function unlisten(emitter, name, fn) {
  if (typeof emitter.removeListener === 'function') {
    emitter.removeListener(name, fn);
  } else if (typeof emitter.removeEventListener === 'function') {
    emitter.removeEventListener(name, fn);
  } else {
    throw new ERR_INVALID_ARG_TYPE('emitter', 'EventEmitter', emitter);
  }
}

// events.once(emitter, name[, { signal }]): a promise for the arguments of
// the next `name` event; an 'error' event first rejects it.
function once(emitter, name, options) {
  var signal = options ? options.signal : undefined;
  try {
    checkSignal(signal);
  } catch (err) {
    return Promise.reject(err);
  }
  if (signal && signal.aborted) return Promise.reject(AbortError(signal.reason));
  var pending = new Promise(function (resolve, reject) {
    function onError(err) {
      unlisten(emitter, name, onEvent);
      if (signal) unlisten(signal, 'abort', onAbort);
      reject(err);
    }
    function onEvent() {
      if (typeof emitter.removeListener === 'function') emitter.removeListener('error', onError);
      if (signal) unlisten(signal, 'abort', onAbort);
      resolve(Array.prototype.slice.call(arguments));
    }
    function onAbort() {
      unlisten(emitter, name, onEvent);
      unlisten(emitter, 'error', onError);
      reject(AbortError(signal.reason));
    }
    listen(emitter, name, onEvent, true);
    // EventTargets have no 'error' convention; only EventEmitters get one.
    if (name !== 'error' && typeof emitter.once === 'function') emitter.once('error', onError);
    if (signal) listen(signal, 'abort', onAbort, true);
  });
  // Node's once() is an async function returning this promise: resolving
  // through it costs two more microtask turns, which decide the order
  // against other promise callbacks.
  return new Promise(function (resolve) { resolve(pending); });
}

// events.on(emitter, name[, options]): an async iterator over the
// arguments of each `name` event. Events that arrive before next() is
// called wait in a queue; 'error' ends the iteration with a rejection;
// options.close lists events that end it normally.
function on(emitter, event, options) {
  if (options === undefined) options = {};
  var signal = options.signal;
  checkSignal(signal);
  if (signal && signal.aborted) throw AbortError(signal.reason);
  var high = options.highWaterMark !== undefined ? options.highWaterMark :
    options.highWatermark !== undefined ? options.highWatermark : Number.MAX_SAFE_INTEGER;
  validateInteger(high, 'options.highWaterMark', 1);
  var low = options.lowWaterMark !== undefined ? options.lowWaterMark :
    options.lowWatermark !== undefined ? options.lowWatermark : 1;
  validateInteger(low, 'options.lowWaterMark', 1);

  var queued = [];   // event argument arrays nobody asked for yet
  var waiting = [];  // {resolve, reject} of next() calls nobody answered yet
  var registered = [];
  var failure = null;
  var done = false;
  var paused = false;

  function result(value, isDone) {
    return { value: value, done: isDone };
  }
  function add(target, name, fn) {
    listen(target, name, fn, false);
    registered.push([target, name, fn]);
  }
  function onEvent() {
    var args = Array.prototype.slice.call(arguments);
    if (waiting.length > 0) {
      waiting.shift().resolve(result(args, false));
      return;
    }
    queued.push(args);
    if (!paused && queued.length > high && typeof emitter.pause === 'function') {
      paused = true;
      emitter.pause();
    }
  }
  function onError(err) {
    if (waiting.length > 0) waiting.shift().reject(err);
    else failure = err;
    finish();
  }
  function finish() {
    while (registered.length > 0) {
      var r = registered.pop();
      unlisten(r[0], r[1], r[2]);
    }
    done = true;
    while (waiting.length > 0) waiting.shift().resolve(result(undefined, true));
    return Promise.resolve(result(undefined, true));
  }

  var iterator = {
    next: function () {
      if (queued.length > 0) {
        var value = queued.shift();
        if (paused && queued.length < low && typeof emitter.resume === 'function') {
          paused = false;
          emitter.resume();
        }
        return Promise.resolve(result(value, false));
      }
      if (failure) {
        var p = Promise.reject(failure);
        failure = null;
        return p;
      }
      if (done) return finish();
      return new Promise(function (resolve, reject) {
        waiting.push({ resolve: resolve, reject: reject });
      });
    },
    'return': function () {
      return finish();
    },
    'throw': function (err) {
      if (!(err instanceof Error)) {
        throw new ERR_INVALID_ARG_TYPE('EventEmitter.AsyncIterator', 'Error', err);
      }
      onError(err);
    }
  };
  if (typeof Symbol.asyncIterator === 'symbol') {
    iterator[Symbol.asyncIterator] = function () { return this; };
  }

  add(emitter, event, onEvent);
  if (event !== 'error' && typeof emitter.on === 'function') add(emitter, 'error', onError);
  var closeEvents = options.close;
  if (closeEvents && closeEvents.length) {
    for (var i = 0; i < closeEvents.length; i++) add(emitter, closeEvents[i], finish);
  }
  if (signal) {
    add(signal, 'abort', function () { onError(AbortError(signal.reason)); });
  }
  return iterator;
}

function getEventListeners(emitterOrTarget, type) {
  if (emitterOrTarget !== null && emitterOrTarget !== undefined &&
      typeof emitterOrTarget.listeners === 'function') {
    return emitterOrTarget.listeners(type);
  }
  throw new ERR_INVALID_ARG_TYPE('emitter', ['EventEmitter', 'EventTarget'], emitterOrTarget);
}

function getMaxListeners(emitterOrTarget) {
  if (emitterOrTarget !== null && emitterOrTarget !== undefined) {
    if (typeof emitterOrTarget.getMaxListeners === 'function') return limitOf(emitterOrTarget);
    if (emitterOrTarget[kMaxEventTargetListeners]) return emitterOrTarget[kMaxEventTargetListeners];
  }
  throw new ERR_INVALID_ARG_TYPE('emitter', ['EventEmitter', 'EventTarget'], emitterOrTarget);
}

// events.addAbortListener(signal, listener): calls listener once when the
// signal aborts (at once, on a later tick, if it already has). Returns a
// disposable whose [Symbol.dispose] (or dispose) stops listening.
function addAbortListener(signal, listener) {
  if (signal === undefined) throw new ERR_INVALID_ARG_TYPE('signal', 'AbortSignal', signal);
  checkSignal(signal);
  validateFunction(listener, 'listener');
  var removed = false;
  function stop() {
    if (!removed) {
      removed = true;
      if (typeof signal.removeEventListener === 'function') signal.removeEventListener('abort', listener);
    }
  }
  if (signal.aborted) {
    process.nextTick(function () { listener(); });
  } else if (typeof signal.addEventListener === 'function') {
    signal.addEventListener('abort', listener, { once: true });
  }
  var disposable = { dispose: stop };
  if (typeof Symbol.dispose === 'symbol') disposable[Symbol.dispose] = stop;
  return disposable;
}
