'use strict';

// The timers module: setTimeout, setInterval, setImmediate and their clear
// functions (Node's lib/timers.js). The machinery is in internal/timers.js.

var internalTimers = require('internal/timers');
var asyncIds = require('internal/async_ids');
var trace = require('internal/trace');
var validateFunction = require('internal/validators').validateFunction;
var binding = internalBinding('timers');

var K = trace.kinds;
var tracing = trace.enabled;
var Timeout = internalTimers.Timeout;
var insert = internalTimers.insert;
var unenroll = internalTimers.unenroll;
var immediateQueue = internalTimers.immediateQueue;
var immediateInfo = internalTimers.immediateInfo;
var kCount = internalTimers.immediateInfoFields.kCount;
var kRefCount = internalTimers.immediateInfoFields.kRefCount;
var kRefed = internalTimers.kRefed;
var asyncIdSymbol = internalTimers.asyncIdSymbol;
var triggerIdSymbol = internalTimers.triggerIdSymbol;

function restArgs(args, from) {
  if (args.length <= from) return undefined;
  var out = new Array(args.length - from);
  for (var i = from; i < args.length; i++) out[i - from] = args[i];
  return out;
}

function setTimeout(callback, after) {
  validateFunction(callback, 'callback');
  var timeout = new Timeout(callback, after, restArgs(arguments, 2), false, true);
  insert(timeout, timeout._idleTimeout);
  return timeout;
}

function setInterval(callback, repeat) {
  validateFunction(callback, 'callback');
  var timeout = new Timeout(callback, repeat, restArgs(arguments, 2), true, true);
  insert(timeout, timeout._idleTimeout);
  return timeout;
}

function clearTimeout(timer) {
  if (timer && timer._onTimeout) {
    timer._onTimeout = null;
    unenroll(timer);
    return;
  }
  if (typeof timer === 'number' || typeof timer === 'string') {
    var timerInstance = internalTimers.knownTimersById[timer];
    if (timerInstance !== undefined) {
      timerInstance._onTimeout = null;
      unenroll(timerInstance);
    }
  }
}

function clearInterval(timer) {
  // clearTimeout and clearInterval can be used to clear timers created from
  // both setTimeout and setInterval, as specified by HTML Living Standard.
  clearTimeout(timer);
}

function Immediate(callback, args) {
  this._idleNext = null;
  this._idlePrev = null;
  this._onImmediate = callback;
  this._argv = args;
  this._destroyed = false;
  this[kRefed] = false;
  internalTimers.initAsyncResource(this);
  this.ref();
  immediateInfo[kCount]++;
  immediateQueue.append(this);
  if (tracing) trace.emit(K['immediate.enqueue'], this[asyncIdSymbol], this[triggerIdSymbol]);
}

Immediate.prototype.ref = function () {
  if (this[kRefed] === false) {
    this[kRefed] = true;
    if (immediateInfo[kRefCount]++ === 0) binding.toggleImmediateRef(true);
    if (tracing && this._onImmediate && immediateInfo[kCount] > 0) {
      trace.emit(K['immediate.ref'], this[asyncIdSymbol], asyncIds.executionAsyncId(), true);
    }
  }
  return this;
};

Immediate.prototype.unref = function () {
  if (this[kRefed] === true) {
    this[kRefed] = false;
    if (--immediateInfo[kRefCount] === 0) binding.toggleImmediateRef(false);
    if (tracing) trace.emit(K['immediate.ref'], this[asyncIdSymbol], asyncIds.executionAsyncId(), false);
  }
  return this;
};

Immediate.prototype.hasRef = function () {
  return !!this[kRefed];
};

function setImmediate(callback) {
  validateFunction(callback, 'callback');
  return new Immediate(callback, restArgs(arguments, 1));
}

function clearImmediate(immediate) {
  if (!immediate || immediate._destroyed) return;
  immediateInfo[kCount]--;
  immediate._destroyed = true;
  if (immediate[kRefed] && --immediateInfo[kRefCount] === 0) binding.toggleImmediateRef(false);
  immediate[kRefed] = null;
  immediate._onImmediate = null;
  immediateQueue.remove(immediate);
  if (tracing) trace.emit(K['immediate.clear'], immediate[asyncIdSymbol], asyncIds.executionAsyncId());
}

module.exports = {
  setTimeout: setTimeout,
  clearTimeout: clearTimeout,
  setInterval: setInterval,
  clearInterval: clearInterval,
  setImmediate: setImmediate,
  clearImmediate: clearImmediate
};
