'use strict';

// Promise, as ECMAScript 2021 specifies it (§27.2), in ES5.
//
// Duktape 2.7 has no working Promise, so tickscope brings its own. It follows
// the spec's abstract operations step by step, because the *number of
// microtask hops* decides the order in which callbacks run, and that order
// must match V8's (Node's). In particular:
//   - then() on a settled promise queues one reaction job;
//   - resolving a promise with another promise (or any thenable) queues a
//     NewPromiseResolveThenableJob, which calls thenable.then(...), which
//     queues another job: two extra hops before the outer promise settles;
//   - finally() goes through PromiseResolve(C, onFinally()).then(...).
// Jobs go to the runtime's microtask queue (internal/process/task_queues),
// which records each one with its cause: the callback that resolved the
// promise, or that called then() on an already-settled one.

var taskQueues = require('internal/process/task_queues');
var rejections = require('internal/process/promises');
var asyncIds = require('internal/async_ids');
var trace = require('internal/trace');
var K = trace.kinds;
var tracing = trace.enabled;

var enqueueMicrotask = taskQueues.enqueueMicrotask;

// Internal slots, kept on symbol-keyed properties that util.inspect knows.
var kState = Symbol('PromiseState');
var kResult = Symbol('PromiseResult');
var kFulfillReactions = Symbol('PromiseFulfillReactions');
var kRejectReactions = Symbol('PromiseRejectReactions');
var kIsHandled = Symbol('PromiseIsHandled');
var kId = Symbol('PromiseId');

var PENDING = 'pending';
var FULFILLED = 'fulfilled';
var REJECTED = 'rejected';

function isObject(x) {
  return x !== null && (typeof x === 'object' || typeof x === 'function');
}

function isPromise(x) {
  return isObject(x) && x[kState] !== undefined;
}

function hiddenSlot(obj, key, value) {
  Object.defineProperty(obj, key, { value: value, writable: true, configurable: true,
    enumerable: false });
}

function initPromise(promise) {
  hiddenSlot(promise, kState, PENDING);
  hiddenSlot(promise, kResult, undefined);
  hiddenSlot(promise, kFulfillReactions, []);
  hiddenSlot(promise, kRejectReactions, []);
  hiddenSlot(promise, kIsHandled, false);
  if (tracing) hiddenSlot(promise, kId, asyncIds.newAsyncId());
}

function promiseId(promise) {
  return promise[kId] || 0;
}

function Promise(executor) {
  if (!(this instanceof Promise) || this[kState] !== undefined) {
    throw new TypeError("Promise constructor cannot be invoked without 'new'");
  }
  if (typeof executor !== 'function') {
    throw new TypeError('Promise resolver ' + describe(executor) + ' is not a function');
  }
  initPromise(this);
  var fns = createResolvingFunctions(this);
  try {
    executor(fns.resolve, fns.reject);
  } catch (e) {
    fns.reject(e);
  }
}

function describe(value) {
  if (value === undefined) return 'undefined';
  if (value === null) return 'null';
  if (typeof value === 'object') return '#<' + (value.constructor && value.constructor.name || 'Object') + '>';
  return String(value);
}

// §27.2.1.3 CreateResolvingFunctions
function createResolvingFunctions(promise) {
  var alreadyResolved = false;
  function resolve(resolution) {
    if (alreadyResolved) return;
    alreadyResolved = true;
    resolvePromise(promise, resolution);
  }
  function reject(reason) {
    if (alreadyResolved) return;
    alreadyResolved = true;
    rejectPromise(promise, reason);
  }
  return { resolve: resolve, reject: reject };
}

// The body of a promise's resolve function (§27.2.1.3.2 steps 7-16).
function resolvePromise(promise, resolution) {
  if (resolution === promise) {
    rejectPromise(promise, new TypeError('Chaining cycle detected for promise #<Promise>'));
    return;
  }
  if (!isObject(resolution)) {
    fulfillPromise(promise, resolution);
    return;
  }
  var then;
  try {
    then = resolution.then;
  } catch (e) {
    rejectPromise(promise, e);
    return;
  }
  if (typeof then !== 'function') {
    fulfillPromise(promise, resolution);
    return;
  }
  // §27.2.2.2 NewPromiseResolveThenableJob
  enqueueMicrotask('thenable', promiseResolveThenableJob, [promise, resolution, then]);
}

function promiseResolveThenableJob(promise, thenable, then) {
  var fns = createResolvingFunctions(promise);
  try {
    then.call(thenable, fns.resolve, fns.reject);
  } catch (e) {
    fns.reject(e);
  }
}

// §27.2.1.4 FulfillPromise
function fulfillPromise(promise, value) {
  var reactions = promise[kFulfillReactions];
  promise[kResult] = value;
  promise[kFulfillReactions] = undefined;
  promise[kRejectReactions] = undefined;
  promise[kState] = FULFILLED;
  if (tracing) trace.emit(K['promise.settle'], promise[kId], asyncIds.executionAsyncId(), FULFILLED, reactions.length);
  triggerReactions(reactions, value);
}

// §27.2.1.7 RejectPromise
function rejectPromise(promise, reason) {
  var reactions = promise[kRejectReactions];
  promise[kResult] = reason;
  promise[kFulfillReactions] = undefined;
  promise[kRejectReactions] = undefined;
  promise[kState] = REJECTED;
  if (tracing) trace.emit(K['promise.settle'], promise[kId], asyncIds.executionAsyncId(), REJECTED, reactions.length);
  if (!promise[kIsHandled]) rejections.promiseRejectHandler(rejections.kRejectWithNoHandler, promise, reason);
  triggerReactions(reactions, reason);
}

// §27.2.1.8 TriggerPromiseReactions
function triggerReactions(reactions, argument) {
  for (var i = 0; i < reactions.length; i++) {
    enqueueMicrotask('reaction', promiseReactionJob, [reactions[i], argument]);
  }
}

// §27.2.2.1 NewPromiseReactionJob
function promiseReactionJob(reaction, argument) {
  var capability = reaction.capability;
  var handler = reaction.handler;
  var result;
  var threw = false;
  if (handler === undefined) {
    result = argument;
    threw = reaction.type === REJECTED;
  } else {
    try {
      result = handler(argument);
    } catch (e) {
      result = e;
      threw = true;
    }
  }
  if (capability === undefined) return;
  if (threw) {
    capability.reject(result);
  } else {
    capability.resolve(result);
  }
}

// §27.2.1.5 NewPromiseCapability
function newPromiseCapability(C) {
  if (C === Promise) {
    // The common case, without a detour through the constructor.
    var promise = Object.create(Promise.prototype);
    initPromise(promise);
    var fns = createResolvingFunctions(promise);
    return { promise: promise, resolve: fns.resolve, reject: fns.reject };
  }
  if (typeof C !== 'function') throw new TypeError('Promise capability constructor is not a function');
  var capability = { promise: undefined, resolve: undefined, reject: undefined };
  capability.promise = new C(function (resolve, reject) {
    if (capability.resolve !== undefined || capability.reject !== undefined) {
      throw new TypeError('Promise executor has already been invoked with non-undefined arguments');
    }
    capability.resolve = resolve;
    capability.reject = reject;
  });
  if (typeof capability.resolve !== 'function' || typeof capability.reject !== 'function') {
    throw new TypeError('Promise resolve or reject function is not callable');
  }
  return capability;
}

// §7.3.22 SpeciesConstructor
function speciesConstructor(o, defaultConstructor) {
  var C = o.constructor;
  if (C === undefined) return defaultConstructor;
  if (!isObject(C)) throw new TypeError('The .constructor property is not an object');
  var S = Symbol.species !== undefined ? C[Symbol.species] : undefined;
  if (S === undefined || S === null) return defaultConstructor;
  if (typeof S === 'function') return S;
  throw new TypeError('object.constructor[Symbol.species] is not a constructor');
}

// §27.2.5.4.1 PerformPromiseThen
function performPromiseThen(promise, onFulfilled, onRejected, capability) {
  var fulfillReaction = { capability: capability, type: FULFILLED,
    handler: typeof onFulfilled === 'function' ? onFulfilled : undefined };
  var rejectReaction = { capability: capability, type: REJECTED,
    handler: typeof onRejected === 'function' ? onRejected : undefined };
  var state = promise[kState];
  if (state === PENDING) {
    promise[kFulfillReactions].push(fulfillReaction);
    promise[kRejectReactions].push(rejectReaction);
  } else if (state === FULFILLED) {
    enqueueMicrotask('reaction', promiseReactionJob, [fulfillReaction, promise[kResult]]);
  } else {
    if (!promise[kIsHandled]) {
      rejections.promiseRejectHandler(rejections.kHandlerAddedAfterReject, promise);
    }
    enqueueMicrotask('reaction', promiseReactionJob, [rejectReaction, promise[kResult]]);
  }
  promise[kIsHandled] = true;
  return capability === undefined ? undefined : capability.promise;
}

function then(onFulfilled, onRejected) {
  if (!isPromise(this)) {
    throw new TypeError('Method Promise.prototype.then called on incompatible receiver ' +
      describe(this));
  }
  var C = speciesConstructor(this, Promise);
  return performPromiseThen(this, onFulfilled, onRejected, newPromiseCapability(C));
}

function promiseCatch(onRejected) {
  return this.then(undefined, onRejected);
}

// §27.2.5.3 Promise.prototype.finally
function promiseFinally(onFinally) {
  if (!isObject(this)) {
    throw new TypeError('Method Promise.prototype.finally called on incompatible receiver ' +
      describe(this));
  }
  var C = speciesConstructor(this, Promise);
  if (typeof onFinally !== 'function') return this.then(onFinally, onFinally);
  var thenFinally = function (value) {
    var result = onFinally();
    return promiseResolve(C, result).then(function () { return value; });
  };
  var catchFinally = function (reason) {
    var result = onFinally();
    return promiseResolve(C, result).then(function () { throw reason; });
  };
  return this.then(thenFinally, catchFinally);
}

// §27.2.4.7.1 PromiseResolve
function promiseResolve(C, x) {
  if (isPromise(x) && x.constructor === C) return x;
  var capability = newPromiseCapability(C);
  capability.resolve(x);
  return capability.promise;
}

function staticResolve(x) {
  if (!isObject(this)) throw new TypeError('PromiseResolve called on non-object');
  return promiseResolve(this, x);
}

function staticReject(r) {
  var capability = newPromiseCapability(this);
  capability.reject(r);
  return capability.promise;
}

// Iterates an array, an array-like or (where Duktape allows) an iterable.
function toList(iterable) {
  if (Array.isArray(iterable)) return iterable;
  if (typeof iterable === 'string') return iterable.split('');
  if (isObject(iterable) && typeof Symbol !== 'undefined' && Symbol.iterator &&
      typeof iterable[Symbol.iterator] === 'function') {
    var out = [];
    var it = iterable[Symbol.iterator]();
    for (var step = it.next(); !step.done; step = it.next()) out.push(step.value);
    return out;
  }
  throw new TypeError(describe(iterable) + ' is not iterable (cannot read property ' +
    'Symbol(Symbol.iterator))');
}

// The shared shape of all/allSettled/any/race: errors while iterating reject
// the returned promise instead of throwing.
function combinator(C, iterable, body) {
  var capability = newPromiseCapability(C);
  try {
    var resolveFn = C.resolve;
    if (typeof resolveFn !== 'function') throw new TypeError('Promise resolve is not a function');
    body(capability, toList(iterable), resolveFn);
  } catch (e) {
    capability.reject(e);
  }
  return capability.promise;
}

function all(iterable) {
  var C = this;
  return combinator(C, iterable, function (capability, list, resolveFn) {
    var values = new Array(list.length);
    var remaining = 1;
    list.forEach(function (item, index) {
      var alreadyCalled = false;
      remaining++;
      resolveFn.call(C, item).then(function (value) {
        if (alreadyCalled) return;
        alreadyCalled = true;
        values[index] = value;
        if (--remaining === 0) capability.resolve(values);
      }, capability.reject);
    });
    if (--remaining === 0) capability.resolve(values);
  });
}

function allSettled(iterable) {
  var C = this;
  return combinator(C, iterable, function (capability, list, resolveFn) {
    var values = new Array(list.length);
    var remaining = 1;
    list.forEach(function (item, index) {
      var alreadyCalled = false;
      remaining++;
      resolveFn.call(C, item).then(function (value) {
        if (alreadyCalled) return;
        alreadyCalled = true;
        values[index] = { status: 'fulfilled', value: value };
        if (--remaining === 0) capability.resolve(values);
      }, function (reason) {
        if (alreadyCalled) return;
        alreadyCalled = true;
        values[index] = { status: 'rejected', reason: reason };
        if (--remaining === 0) capability.resolve(values);
      });
    });
    if (--remaining === 0) capability.resolve(values);
  });
}

function AggregateError(errors, message) {
  if (!(this instanceof AggregateError)) return new AggregateError(errors, message);
  var err = new Error(message);
  Object.setPrototypeOf(err, AggregateError.prototype);
  Object.defineProperty(err, 'errors', { value: toList(errors).slice(), writable: true,
    configurable: true, enumerable: false });
  return err;
}
AggregateError.prototype = Object.create(Error.prototype, {
  constructor: { value: AggregateError, writable: true, configurable: true },
  name: { value: 'AggregateError', writable: true, configurable: true },
  message: { value: '', writable: true, configurable: true }
});

function any(iterable) {
  var C = this;
  return combinator(C, iterable, function (capability, list, resolveFn) {
    var errors = new Array(list.length);
    var remaining = 1;
    list.forEach(function (item, index) {
      var alreadyCalled = false;
      remaining++;
      resolveFn.call(C, item).then(capability.resolve, function (reason) {
        if (alreadyCalled) return;
        alreadyCalled = true;
        errors[index] = reason;
        if (--remaining === 0) capability.reject(new AggregateError(errors, 'All promises were rejected'));
      });
    });
    if (--remaining === 0) capability.reject(new AggregateError(errors, 'All promises were rejected'));
  });
}

function race(iterable) {
  var C = this;
  return combinator(C, iterable, function (capability, list, resolveFn) {
    list.forEach(function (item) {
      resolveFn.call(C, item).then(capability.resolve, capability.reject);
    });
  });
}

function define(obj, name, fn) {
  Object.defineProperty(obj, name, { value: fn, writable: true, configurable: true,
    enumerable: false });
}

define(Promise.prototype, 'then', then);
define(Promise.prototype, 'catch', promiseCatch);
define(Promise.prototype, 'finally', promiseFinally);
define(Promise, 'resolve', staticResolve);
define(Promise, 'reject', staticReject);
define(Promise, 'all', all);
define(Promise, 'allSettled', allSettled);
define(Promise, 'any', any);
define(Promise, 'race', race);
if (typeof Symbol === 'function' && Symbol.toStringTag) {
  Object.defineProperty(Promise.prototype, Symbol.toStringTag, { value: 'Promise',
    configurable: true });
}
if (typeof Symbol === 'function' && Symbol.species) {
  Object.defineProperty(Promise, Symbol.species, { get: function () { return this; },
    configurable: true });
}

// For util.inspect: [state, result] of a promise, or undefined.
function getPromiseDetails(promise) {
  if (!isPromise(promise)) return undefined;
  return [promise[kState], promise[kResult]];
}

module.exports = {
  Promise: Promise,
  AggregateError: AggregateError,
  isPromise: isPromise,
  getPromiseDetails: getPromiseDetails,
  promiseId: promiseId,
  symbols: [kState, kResult, kFulfillReactions, kRejectReactions, kIsHandled, kId]
};
