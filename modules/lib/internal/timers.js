'use strict';

// Timeout and Immediate objects (Node's lib/internal/timers.js).
//
// The schedule itself lives in C++ (loop/timers.hpp and loop/immediates.hpp
// explain HOW timers and immediates run, and WHY there): Node's duration
// lists, the heap of lists and the single uv_timer_t, the immediate queue
// detached at each check phase. What JS keeps is what a script can see:
// each Timeout holds its callback (_onTimeout), arguments (_timerArgs),
// duration (_idleTimeout) and repeat (_repeat), and an id that C++ knows it
// by (which is also its numeric value: +timeout).
//
// A delay outside [1, 2^31-1] (0, negative, NaN, too big) becomes 1 ms.
//
// setTimeout, setInterval and setImmediate build these objects natively in
// the common case (modules/native/timers.cpp, the fast paths): the property
// order below is also written there, and must stay the same.

var binding = internalBinding('timers');
var startTimer = binding.startTimer;

// Timeout values > TIMEOUT_MAX are set to 1.
var TIMEOUT_MAX = Math.pow(2, 31) - 1;

var kId = Symbol('asyncId');
var kRefed = Symbol('refed');
var kHasPrimitive = Symbol('kHasPrimitive');

// Timeouts whose numeric id a script has seen (clearTimeout(+timeout)).
var knownTimersById = Object.create(null);

function Timeout(callback, after, args, isRepeat, isRefed) {
  after *= 1;  // Coalesce to number or NaN
  if (!(after >= 1 && after <= TIMEOUT_MAX)) {
    if (after > TIMEOUT_MAX) {
      process.emitWarning(after + ' does not fit into a 32-bit signed integer.' +
        '\nTimeout duration was set to 1.', 'TimeoutOverflowWarning');
    }
    after = 1;  // Schedule on next tick, follows browser behavior
  }
  this._idleTimeout = after;
  this._onTimeout = callback;
  this._timerArgs = args;
  this._repeat = isRepeat ? after : null;
  this[kRefed] = isRefed;
  this[kId] = startTimer(this, after, isRepeat, isRefed);
}

Timeout.prototype.refresh = function () {
  // A cleared timer stays cleared (Node sets _idleTimeout to -1).
  if (this._idleTimeout !== -1) {
    binding.refreshTimer(this, this[kId], this._idleTimeout, this._repeat !== null,
      this[kRefed]);
  }
  return this;
};

Timeout.prototype.unref = function () {
  if (this[kRefed]) {
    this[kRefed] = false;
    binding.refTimer(this[kId], false);
  }
  return this;
};

Timeout.prototype.ref = function () {
  if (!this[kRefed]) {
    this[kRefed] = true;
    binding.refTimer(this[kId], true);
  }
  return this;
};

Timeout.prototype.hasRef = function () {
  return this[kRefed];
};

Timeout.prototype.close = function () {
  clearTimeout(this);
  return this;
};

Timeout.prototype[Symbol.toPrimitive] = function () {
  var id = this[kId];
  if (!this[kHasPrimitive]) {
    this[kHasPrimitive] = true;
    knownTimersById[id] = this;
  }
  return id;
};

function clearTimeout(timer) {
  if (timer && timer._onTimeout) {
    timer._onTimeout = null;
    unenroll(timer);
    return;
  }
  if (typeof timer === 'number' || typeof timer === 'string') {
    var timerInstance = knownTimersById[timer];
    if (timerInstance !== undefined) {
      timerInstance._onTimeout = null;
      unenroll(timerInstance);
    }
  }
}

function unenroll(timer) {
  if (timer[kHasPrimitive]) delete knownTimersById[timer[kId]];
  binding.clearTimer(timer[kId]);
  // If refresh() is called later, it must not bring the timer back.
  timer._idleTimeout = -1;
}

function Immediate(callback, args) {
  this._onImmediate = callback;
  this._argv = args;
  this[kRefed] = true;
  this[kId] = binding.enqueueImmediate(this);
}

Immediate.prototype.ref = function () {
  if (!this[kRefed]) {
    this[kRefed] = true;
    binding.refImmediate(this[kId], true);
  }
  return this;
};

Immediate.prototype.unref = function () {
  if (this[kRefed]) {
    this[kRefed] = false;
    binding.refImmediate(this[kId], false);
  }
  return this;
};

Immediate.prototype.hasRef = function () {
  return binding.immediateHasRef(this[kId]);
};

function clearImmediate(immediate) {
  if (!immediate || immediate._onImmediate === null || immediate[kId] === undefined) return;
  binding.clearImmediate(immediate[kId]);
  immediate._onImmediate = null;
}

module.exports = {
  TIMEOUT_MAX: TIMEOUT_MAX,
  kId: kId,
  kRefed: kRefed,
  Timeout: Timeout,
  Immediate: Immediate,
  clearTimeout: clearTimeout,
  clearImmediate: clearImmediate,
  getLibuvNow: binding.getLibuvNow
};
