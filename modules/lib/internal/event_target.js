'use strict';

// EventTarget, Event and CustomEvent (Node's lib/internal/event_target.js),
// the web-platform event API that AbortSignal is built on.
//
// As in Node there is no tree: an event is only ever at its target, so
// capture and bubbling are flags kept for the spec's sake, eventPhase is
// AT_TARGET (2) while dispatching and NONE (0) otherwise, and composedPath()
// is [target] or [].
//
// Listeners of one type form a doubly linked list, keyed by
// (listener, capture) as the spec says: adding the same pair twice is a
// no-op, removing one during a dispatch stops it from running in that
// dispatch (the `removed` flag), and one added during a dispatch runs from
// the next one. A listener that throws does not stop the others: the error
// is rethrown on the next tick, where it is an uncaught exception (Node's
// emitUncaughtException).
//
// State lives in one non-enumerable object per instance (Node uses
// symbols and private fields), so user code sees no extra keys.

var errors = require('internal/errors');
var ERR_INVALID_ARG_TYPE = errors.codes.ERR_INVALID_ARG_TYPE;
var ERR_EVENT_RECURSION = errors.registerCode('ERR_EVENT_RECURSION',
  'The event "%s" is already being dispatched', Error);
var ERR_INVALID_THIS = errors.codes.ERR_INVALID_THIS;
var ERR_MISSING_ARGS = errors.codes.ERR_MISSING_ARGS;
var validateObject = require('internal/validators').validateObject;
var customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');
var kIsEventTarget = Symbol.for('nodejs.event_target');

var kEventState = Symbol('kEventState');
var kTargetState = Symbol('kTargetState');
var kHandlers = Symbol('kHandlers');
// Options and hooks the library uses (AbortSignal, events.once ...).
var kTrustEvent = Symbol('kTrustEvent');
var kNewListener = Symbol('kNewListener');
var kRemoveListener = Symbol('kRemoveListener');
// Node holds such listeners weakly; ES5 has no WeakRef, so they are strong.
var kWeakHandler = Symbol('kWeak');
var kResistStopPropagation = Symbol('kResistStopPropagation');

var lazyNow;
function now() {
  if (lazyNow === undefined) lazyNow = require('internal/perf/performance').now;
  return lazyNow();
}

function lazyInspect() {
  return require('internal/util/inspect').inspect;
}

function hiddenValue(obj, key, value) {
  Object.defineProperty(obj, key, { value: value, writable: true, configurable: true,
    enumerable: false });
}

// Node's `${name} ${inspect(state, depth - 1)}` for these classes.
function inspectAs(self, depth, options, shown) {
  var name = self.constructor && self.constructor.name || 'Object';
  if (depth < 0) return name;
  var opts = {};
  for (var k in options) opts[k] = options[k];
  if (typeof options.depth === 'number' && options.depth % 1 === 0) opts.depth = options.depth - 1;
  return name + ' ' + lazyInspect()(shown, opts);
}

function defineMethods(proto, methods, enumerable) {
  Object.keys(methods).forEach(function (name) {
    Object.defineProperty(proto, name, { value: methods[name], writable: true, configurable: true,
      enumerable: enumerable });
  });
}

// [name, method | { get, set }] pairs, defined as WebIDL does: enumerable,
// on the prototype.
function defineMembers(proto, members) {
  members.forEach(function (m) {
    var desc = { configurable: true, enumerable: true };
    if (typeof m[1] === 'function') {
      desc.value = m[1];
      desc.writable = true;
    } else {
      desc.get = m[1].get;
      if (m[1].set) desc.set = m[1].set;
    }
    Object.defineProperty(proto, m[0], desc);
  });
}

function defineToStringTag(proto, tag) {
  Object.defineProperty(proto, Symbol.toStringTag, { value: tag, writable: false,
    enumerable: false, configurable: true });
}

// --- Event -------------------------------------------------------------------

function eventState(event) {
  var state = event !== null && (typeof event === 'object' || typeof event === 'function') ?
    event[kEventState] : undefined;
  if (state === undefined) throw new ERR_INVALID_THIS('Event');
  return state;
}

function Event(type, options) {
  if (!(this instanceof Event)) {
    throw new TypeError("Class constructor Event cannot be invoked without 'new'");
  }
  if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
  if (options === undefined) options = null;
  validateObject(options, 'options', { allowArray: true, allowFunction: true, nullable: true });
  hiddenValue(this, kEventState, {
    type: '' + type,
    bubbles: !!(options && options.bubbles),
    cancelable: !!(options && options.cancelable),
    composed: !!(options && options.composed),
    defaultPrevented: false,
    timeStamp: now(),
    propagationStopped: false,
    stop: false,             // stopImmediatePropagation() was called
    target: null,
    dispatching: false,
    trusted: !!(options && options[kTrustEvent])
  });
}

Event.prototype.constructor = Event;

// Methods and accessors in Node's order (Object.getOwnPropertyNames shows it).
defineMembers(Event.prototype, [
  ['initEvent', function initEvent(type, bubbles, cancelable) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    var s = eventState(this);
    if (s.dispatching) return;
    s.type = '' + type;
    s.bubbles = !!bubbles;
    s.cancelable = !!cancelable;
  }],
  ['stopImmediatePropagation', function stopImmediatePropagation() {
    var s = eventState(this);
    s.propagationStopped = true;
    s.stop = true;
  }],
  ['preventDefault', function preventDefault() {
    eventState(this).defaultPrevented = true;
  }],
  ['target', { get: function () { return eventState(this).target; } }],
  ['currentTarget', { get: function () {
    var s = eventState(this);
    return s.dispatching ? s.target : null;
  } }],
  ['srcElement', { get: function () { return eventState(this).target; } }],
  ['type', { get: function () { return eventState(this).type; } }],
  ['cancelable', { get: function () { return eventState(this).cancelable; } }],
  ['defaultPrevented', { get: function () {
    var s = eventState(this);
    return s.cancelable && s.defaultPrevented;
  } }],
  ['timeStamp', { get: function () { return eventState(this).timeStamp; } }],
  ['composedPath', function composedPath() {
    var s = eventState(this);
    return s.dispatching ? [s.target] : [];
  }],
  ['returnValue', { get: function () {
    var s = eventState(this);
    return !(s.cancelable && s.defaultPrevented);
  } }],
  ['bubbles', { get: function () { return eventState(this).bubbles; } }],
  ['composed', { get: function () { return eventState(this).composed; } }],
  ['eventPhase', { get: function () { return eventState(this).dispatching ? 2 : 0; } }],
  ['cancelBubble', {
    get: function () { return eventState(this).propagationStopped; },
    set: function (value) {
      if (value) eventState(this).propagationStopped = true;
    }
  }],
  ['stopPropagation', function stopPropagation() {
    eventState(this).propagationStopped = true;
  }],
  // Unforgeable in the spec; false on anything but a trusted event (the
  // prototype included), as Node.
  ['isTrusted', { get: function () {
    var s = this !== null && typeof this === 'object' ? this[kEventState] : undefined;
    return s !== undefined && s.trusted;
  } }]
]);

Event.prototype[customInspectSymbol] = function (depth, options) {
  var s = eventState(this);
  return inspectAs(this, depth, options, { type: s.type, defaultPrevented: s.defaultPrevented,
    cancelable: s.cancelable, timeStamp: s.timeStamp });
};
Object.defineProperty(Event.prototype, customInspectSymbol, { enumerable: false });
defineToStringTag(Event.prototype, 'Event');

[['NONE', 0], ['CAPTURING_PHASE', 1], ['AT_TARGET', 2], ['BUBBLING_PHASE', 3]].forEach(function (c) {
  Object.defineProperty(Event, c[0], { value: c[1], writable: false, enumerable: true,
    configurable: false });
});

// CustomEvent(type, { detail }): an Event carrying a value.
function CustomEvent(type, options) {
  if (!(this instanceof CustomEvent)) {
    throw new TypeError("Class constructor CustomEvent cannot be invoked without 'new'");
  }
  if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
  Event.call(this, type, options);
  this[kEventState].detail = options && options.detail !== undefined ? options.detail : null;
}
CustomEvent.prototype = Object.create(Event.prototype, {
  constructor: { value: CustomEvent, writable: true, configurable: true, enumerable: false }
});
Object.setPrototypeOf(CustomEvent, Event);
defineMembers(CustomEvent.prototype, [
  ['detail', { get: function () { return eventState(this).detail; } }]
]);
defineToStringTag(CustomEvent.prototype, 'CustomEvent');

// --- EventTarget --------------------------------------------------------------

function Listener(previous, listener, once, capture, passive, resistStop) {
  this.next = undefined;
  if (previous !== undefined) previous.next = this;
  this.previous = previous;
  this.listener = listener;
  this.once = once;
  this.capture = capture;
  this.passive = passive;
  this.resistStop = resistStop;
  this.removed = false;
  this.callback = typeof listener === 'function' ? listener : null;  // null: handleEvent
}

Listener.prototype.same = function (listener, capture) {
  return this.listener === listener && this.capture === capture;
};

Listener.prototype.remove = function () {
  if (this.previous !== undefined) this.previous.next = this.next;
  if (this.next !== undefined) this.next.previous = this.previous;
  this.removed = true;
};

function targetState(target) {
  var state = target !== null && (typeof target === 'object' || typeof target === 'function') ?
    target[kTargetState] : undefined;
  if (state === undefined) throw new ERR_INVALID_THIS('EventTarget');
  return state;
}

// Also used by AbortSignal, which is an EventTarget made without `new`.
function initEventTarget(self) {
  // events: type -> { size, next: first Listener }.
  hiddenValue(self, kTargetState, { events: Object.create(null) });
}

function EventTarget() {
  if (!(this instanceof EventTarget)) {
    throw new TypeError("Class constructor EventTarget cannot be invoked without 'new'");
  }
  initEventTarget(this);
}

Object.defineProperty(EventTarget, kIsEventTarget, { value: true, writable: true,
  configurable: true, enumerable: false });

// A listener may be a function or an object with a handleEvent method;
// null and undefined are ignored with a warning, anything else throws.
function shouldAddListener(listener) {
  if (typeof listener === 'function' ||
      (listener !== null && typeof listener === 'object' &&
       typeof listener.handleEvent === 'function')) {
    return true;
  }
  if (listener == null) return false;
  throw new ERR_INVALID_ARG_TYPE('listener', 'EventListener', listener);
}

function validateEventListenerOptions(options) {
  if (typeof options === 'boolean') return { capture: options };
  if (options === null) return {};
  validateObject(options, 'options', { allowArray: true, allowFunction: true });
  return {
    once: !!options.once,
    capture: !!options.capture,
    passive: !!options.passive,
    signal: options.signal,
    resistStop: !!options[kResistStopPropagation]
  };
}

function rethrowLater(err) {
  process.nextTick(function () {
    throw err;
  });
}

// A listener returning a thenable: a rejection becomes an uncaught exception.
function addCatch(promise) {
  var then = promise.then;
  if (typeof then === 'function') {
    then.call(promise, undefined, function (err) {
      rethrowLater(err);
    });
  }
}

defineMethods(EventTarget.prototype, {
  addEventListener: function addEventListener(type, listener, options) {
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('type', 'listener');
    var opts = validateEventListenerOptions(options === undefined ? {} : options);
    if (!shouldAddListener(listener)) {
      var w = new Error('addEventListener called with ' + listener + ' which has no effect.');
      w.name = 'AddEventListenerArgumentTypeWarning';
      w.target = this;
      w.type = type;
      process.emitWarning(w);
      return;
    }
    type = String(type);
    var self = this;
    var state = targetState(this);
    var signal = opts.signal;
    if (signal) {
      if (signal.aborted) return;
      signal.addEventListener('abort', function () {
        self.removeEventListener(type, listener, options);
      }, { once: true });
    }
    var once = !!opts.once;
    var capture = !!opts.capture;
    var root = state.events[type];
    if (root === undefined) {
      root = { size: 1, next: undefined };
      new Listener(root, listener, once, capture, !!opts.passive, !!opts.resistStop);
      state.events[type] = root;
      this[kNewListener](root.size, type, listener, once, capture);
      return;
    }
    var handler = root.next;
    var previous = root;
    while (handler !== undefined && !handler.same(listener, capture)) {
      previous = handler;
      handler = handler.next;
    }
    if (handler !== undefined) return;  // the same (listener, capture): ignored
    new Listener(previous, listener, once, capture, !!opts.passive, !!opts.resistStop);
    root.size++;
    this[kNewListener](root.size, type, listener, once, capture);
  },

  removeEventListener: function removeEventListener(type, listener, options) {
    if (!shouldAddListener(listener)) return;
    type = String(type);
    // As Node: only an options object's `capture: true` counts (a bare
    // `true` does not).
    var capture = options != null && options.capture === true;
    var state = targetState(this);
    var root = state.events[type];
    if (root === undefined || root.next === undefined) return;
    for (var handler = root.next; handler !== undefined; handler = handler.next) {
      if (handler.same(listener, capture)) {
        handler.remove();
        root.size--;
        if (root.size === 0) delete state.events[type];
        this[kRemoveListener](root.size, type, listener, capture);
        break;
      }
    }
  },

  dispatchEvent: function dispatchEvent(event) {
    if (!(event instanceof Event)) throw new ERR_INVALID_ARG_TYPE('event', 'Event', event);
    var state = targetState(this);
    var es = event[kEventState];
    if (es.dispatching) throw new ERR_EVENT_RECURSION(es.type);
    es.target = this;
    es.dispatching = true;
    var type = es.type;
    var root = state.events[type];
    var handler = root !== undefined ? root.next : undefined;
    while (handler !== undefined && (handler.passive || handler.resistStop || es.stop !== true)) {
      var next = handler.next;  // the current one may remove itself
      if (handler.removed) {
        handler = next;
        continue;
      }
      if (handler.once) {
        handler.remove();
        root.size--;
        if (root.size === 0 && state.events[type] === root) delete state.events[type];
        this[kRemoveListener](root.size, type, handler.listener, handler.capture);
      }
      try {
        var result;
        if (handler.callback !== null) {
          result = handler.callback.call(this, event);
        } else {
          result = handler.listener.handleEvent(event);
        }
        if (result !== undefined && result !== null) addCatch(result);
      } catch (err) {
        rethrowLater(err);
      }
      handler = next;
    }
    es.dispatching = false;
    return !(es.cancelable && es.defaultPrevented);
  }
}, true);

// Hooks for subclasses (AbortSignal): called with the new listener count.
defineMethods(EventTarget.prototype, {
  constructor: EventTarget
}, false);
EventTarget.prototype[kNewListener] = function (size, type, listener, once, capture) {
  var limit = require('events').defaultMaxListeners;
  var state = this[kTargetState];
  if (limit > 0 && size > limit && !state.maxWarned) {
    state.maxWarned = true;
    var w = new Error('Possible EventTarget memory leak detected. ' + size + ' ' + type +
      ' listeners added to ' + lazyInspect()(this, { depth: -1 }) +
      '. Use events.setMaxListeners() to increase limit');
    w.name = 'MaxListenersExceededWarning';
    w.target = this;
    w.type = type;
    w.count = size;
    process.emitWarning(w);
  }
};
EventTarget.prototype[kRemoveListener] = function () {};
EventTarget.prototype[customInspectSymbol] = function (depth, options) {
  return inspectAs(this, depth, options, {});
};
[kNewListener, kRemoveListener, customInspectSymbol].forEach(function (key) {
  Object.defineProperty(EventTarget.prototype, key, { enumerable: false });
});
defineToStringTag(EventTarget.prototype, 'EventTarget');

// The number of listeners of `type` (events.getEventListeners and tests).
function listenerCount(target, type) {
  var root = targetState(target).events[String(type)];
  return root === undefined ? 0 : root.size;
}

// The listeners of `type`, in order (events.getEventListeners).
function getListeners(target, type) {
  var root = targetState(target).events[String(type)];
  var out = [];
  for (var h = root === undefined ? undefined : root.next; h !== undefined; h = h.next) {
    out.push(h.listener);
  }
  return out;
}

function isEventTarget(obj) {
  return obj != null && obj.constructor != null && obj.constructor[kIsEventTarget] === true;
}

// on<name> attributes (signal.onabort): setting one adds a listener the
// first time, which keeps its place in the list when the handler is
// replaced; null clears it.
function makeEventHandler(handler) {
  function eventHandler(event) {
    if (typeof eventHandler.handler !== 'function') return undefined;
    return eventHandler.handler.call(this, event);
  }
  eventHandler.handler = handler;
  return eventHandler;
}

function defineEventHandler(proto, name) {
  Object.defineProperty(proto, 'on' + name, {
    get: function () {
      var handlers = this[kHandlers];
      var wrapped = handlers && handlers[name];
      return wrapped ? wrapped.handler : null;
    },
    set: function (value) {
      if (typeof value !== 'function' && (value === null || typeof value !== 'object')) {
        value = null;
      }
      if (!this[kHandlers]) hiddenValue(this, kHandlers, Object.create(null));
      var wrapped = this[kHandlers][name];
      if (wrapped) {
        var root = targetState(this).events[name];
        if (typeof wrapped.handler === 'function' && root) root.size--;
        wrapped.handler = value;
        if (typeof value === 'function' && root) root.size++;
      } else {
        wrapped = makeEventHandler(value);
        this.addEventListener(name, wrapped);
      }
      this[kHandlers][name] = wrapped;
    },
    configurable: true,
    enumerable: true
  });
}

module.exports = {
  Event: Event,
  CustomEvent: CustomEvent,
  EventTarget: EventTarget,
  defineEventHandler: defineEventHandler,
  initEventTarget: initEventTarget,
  isEventTarget: isEventTarget,
  listenerCount: listenerCount,
  getListeners: getListeners,
  kTrustEvent: kTrustEvent,
  kNewListener: kNewListener,
  kRemoveListener: kRemoveListener,
  kWeakHandler: kWeakHandler,
  kResistStopPropagation: kResistStopPropagation
};
