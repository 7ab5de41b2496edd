'use strict';

// HOW and WHY timers and immediates work (Node's lib/internal/timers.js).
//
// Timers. Every setTimeout/setInterval is a Timeout object in a linked list
// of timers *with the same duration*; the lists are kept in a map keyed by
// duration and in a priority queue ordered by (expiry, list id):
//
//   timerListMap: { '10': TimersList ─▶ t1 ─▶ t2,   '100': TimersList ─▶ t3 }
//   timerListQueue (binary heap): [ list 10 (expires 12), list 100 (expires 101) ]
//
// Appending keeps each list sorted, because a timer added later to the same
// duration expires later. C++ keeps ONE uv_timer_t armed for the earliest
// list (loop/timer_handle.cpp); when it fires in the timers phase it calls
// processTimers(now), which runs every due timer of every due list, in
// expiry order, and returns the next expiry. Between two timers it runs
// runNextTicks(): nextTicks and microtasks queued by one timer run before the
// next timer (Node >= 11).
//
// A delay outside [1, 2^31-1] (0, negative, NaN, too big) becomes 1 ms, so
// setTimeout(fn, 0) is setTimeout(fn, 1): that is why a 0 ms timer and an
// immediate race at startup.
//
// Immediates. setImmediate appends to one list; the check phase runs
// processImmediate(), which *detaches* the list first, so an immediate queued
// by an immediate waits for the next iteration's check phase. nextTicks and
// microtasks run between two immediates. While any ref'd immediate is queued,
// C++ keeps an idle handle running so that poll does not block.

var binding = internalBinding('timers');
var immediateInfo = binding.immediateInfo;
var scheduleTimer = binding.scheduleTimer;
var toggleTimerRef = binding.toggleTimerRef;
var getLibuvNow = binding.getLibuvNow;

var L = require('internal/linkedlist');
var PriorityQueue = require('internal/priority_queue');
var asyncIds = require('internal/async_ids');
var trace = require('internal/trace');
var K = trace.kinds;
var tracing = trace.enabled;

// *Must* match ImmediateInfoField in engine/runtime.hpp.
var kCount = 0;
var kRefCount = 1;
var kHasOutstanding = 2;

// Timeout values > TIMEOUT_MAX are set to 1.
var TIMEOUT_MAX = Math.pow(2, 31) - 1;

var timerListId = Number.MIN_SAFE_INTEGER;

var kRefed = Symbol('refed');
var kHasPrimitive = Symbol('kHasPrimitive');

var nextExpiry = Infinity;
var refCount = 0;

// Lists ordered by expiry, then by which was created first.
var timerListQueue = new PriorityQueue(compareTimersLists, setPosition);

// Duration (ms) -> TimersList.
var timerListMap = Object.create(null);

// Timeouts whose id was used as a primitive (clearTimeout(+timeout)).
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
  this._idlePrev = this;
  this._idleNext = this;
  this._idleStart = null;
  this._onTimeout = callback;
  this._timerArgs = args;
  this._repeat = isRepeat ? after : null;
  this._destroyed = false;
  if (isRefed) incRefCount();
  this[kRefed] = isRefed;
  this[kHasPrimitive] = false;
  initAsyncResource(this);
}

var asyncIdSymbol = Symbol('asyncId');
var triggerIdSymbol = Symbol('triggerId');

function initAsyncResource(resource) {
  resource[asyncIdSymbol] = asyncIds.newAsyncId();
  resource[triggerIdSymbol] = asyncIds.executionAsyncId();
}

Timeout.prototype.refresh = function () {
  if (this[kRefed]) {
    active(this);
  } else {
    unrefActive(this);
  }
  if (tracing) trace.emit(K['timer.refresh'], this[asyncIdSymbol], asyncIds.executionAsyncId(),
    this._idleStart + this._idleTimeout);
  return this;
};

Timeout.prototype.unref = function () {
  if (this[kRefed]) {
    this[kRefed] = false;
    if (!this._destroyed) decRefCount();
    if (tracing) trace.emit(K['timer.ref'], this[asyncIdSymbol], asyncIds.executionAsyncId(), false);
  }
  return this;
};

Timeout.prototype.ref = function () {
  if (!this[kRefed]) {
    this[kRefed] = true;
    if (!this._destroyed) incRefCount();
    if (tracing) trace.emit(K['timer.ref'], this[asyncIdSymbol], asyncIds.executionAsyncId(), true);
  }
  return this;
};

Timeout.prototype.hasRef = function () {
  return this[kRefed];
};

Timeout.prototype.close = function () {
  require('timers').clearTimeout(this);
  return this;
};

if (typeof Symbol === 'function' && Symbol.toPrimitive) {
  Timeout.prototype[Symbol.toPrimitive] = function () {
    var id = this[asyncIdSymbol];
    if (!this[kHasPrimitive]) {
      this[kHasPrimitive] = true;
      knownTimersById[id] = this;
    }
    return id;
  };
}

function TimersList(expiry, msecs) {
  this._idleNext = this;
  this._idlePrev = this;
  this.expiry = expiry;
  this.id = timerListId++;
  this.msecs = msecs;
  this.priorityQueuePosition = null;
}

function ImmediateList() {
  this.head = null;
  this.tail = null;
}

ImmediateList.prototype.append = function (item) {
  if (this.tail !== null) {
    this.tail._idleNext = item;
    item._idlePrev = this.tail;
  } else {
    this.head = item;
  }
  this.tail = item;
};

ImmediateList.prototype.remove = function (item) {
  if (item._idleNext) item._idleNext._idlePrev = item._idlePrev;
  if (item._idlePrev) item._idlePrev._idleNext = item._idleNext;
  if (item === this.head) this.head = item._idleNext;
  if (item === this.tail) this.tail = item._idlePrev;
  item._idleNext = null;
  item._idlePrev = null;
};

var immediateQueue = new ImmediateList();

function incRefCount() {
  if (refCount++ === 0) toggleTimerRef(true);
}

function decRefCount() {
  if (--refCount === 0) toggleTimerRef(false);
}

function active(item) {
  insertGuarded(item, true);
}

function unrefActive(item) {
  insertGuarded(item, false);
}

function insertGuarded(item, refed, start) {
  var msecs = item._idleTimeout;
  if (msecs < 0 || msecs === undefined) return;
  insert(item, msecs, start);
  var isDestroyed = item._destroyed;
  if (isDestroyed || !item[asyncIdSymbol]) {
    item._destroyed = false;
    initAsyncResource(item);
  }
  if (isDestroyed) {
    if (refed) incRefCount();
  } else if (refed === !item[kRefed]) {
    if (refed) {
      incRefCount();
    } else {
      decRefCount();
    }
  }
  item[kRefed] = refed;
}

function insert(item, msecs, start) {
  if (start === undefined) start = getLibuvNow();
  // Truncate so that accuracy of sub-millisecond timers is not assumed.
  msecs = Math.trunc(msecs);
  item._idleStart = start;
  var list = timerListMap[msecs];
  if (list === undefined) {
    var expiry = start + msecs;
    timerListMap[msecs] = list = new TimersList(expiry, msecs);
    timerListQueue.insert(list);
    if (tracing) trace.emit(K['timer.list.create'], 0, asyncIds.executionAsyncId(), msecs, expiry);
    if (nextExpiry > expiry) {
      scheduleTimer(msecs);
      nextExpiry = expiry;
    }
  }
  L.append(list, item);
  if (tracing) {
    trace.emit(K['timer.insert'], item[asyncIdSymbol] || 0, asyncIds.executionAsyncId(), msecs,
      start + msecs, item._repeat !== null && item._repeat !== undefined);
  }
}

function compareTimersLists(a, b) {
  var expiryDiff = a.expiry - b.expiry;
  if (expiryDiff === 0) {
    if (a.id < b.id) return -1;
    if (a.id > b.id) return 1;
  }
  return expiryDiff;
}

function setPosition(node, pos) {
  node.priorityQueuePosition = pos;
}

// Removes a timer (clearTimeout/clearInterval).
function unenroll(item) {
  if (item._destroyed) return;
  item._destroyed = true;
  if (item[kHasPrimitive]) delete knownTimersById[item[asyncIdSymbol]];
  L.remove(item);
  var list = timerListMap[item._idleTimeout];
  if (list !== undefined && L.isEmpty(list)) {
    timerListQueue.removeAt(list.priorityQueuePosition);
    delete timerListMap[list.msecs];
    if (tracing) trace.emit(K['timer.list.delete'], 0, asyncIds.executionAsyncId(), list.msecs);
  }
  if (item[kRefed]) decRefCount();
  if (tracing) trace.emit(K['timer.clear'], item[asyncIdSymbol], asyncIds.executionAsyncId(),
    item._idleTimeout);
  // If active is called later, then we want to make sure not to insert again
  item._idleTimeout = -1;
}

function getTimerCallbacks(runNextTicks) {
  // If an immediate threw, the rest of its batch waits here until the error
  // has been handled (if the process is still alive).
  var outstandingQueue = new ImmediateList();

  function processImmediate() {
    var queue = outstandingQueue.head !== null ? outstandingQueue : immediateQueue;
    var immediate = queue.head;
    // Detach the list first: immediates queued while these run wait for the
    // next iteration.
    if (queue !== outstandingQueue) {
      queue.head = queue.tail = null;
      immediateInfo[kHasOutstanding] = 1;
      if (tracing) {
        var n = 0;
        for (var it = immediate; it !== null; it = it._idleNext) n++;
        trace.emit(K['immediate.batch'], 0, 0, n);
      }
    }
    var prevImmediate;
    var ranAtLeastOneImmediate = false;
    while (immediate !== null) {
      if (ranAtLeastOneImmediate) {
        runNextTicks();
      } else {
        ranAtLeastOneImmediate = true;
      }
      // The immediate may have been cleared while the ticks above ran.
      if (immediate._destroyed) {
        outstandingQueue.head = immediate = prevImmediate._idleNext;
        continue;
      }
      immediate._destroyed = true;
      immediateInfo[kCount]--;
      if (immediate[kRefed]) immediateInfo[kRefCount]--;
      immediate[kRefed] = null;
      prevImmediate = immediate;
      var id = immediate[asyncIdSymbol];
      var prev = asyncIds.enter(id);
      if (tracing) trace.emit(K['callback.enter'], id, immediate[triggerIdSymbol], 'immediate',
        immediate._onImmediate.name || '');
      var threw = true;
      try {
        var argv = immediate._argv;
        if (!argv) {
          immediate._onImmediate();
        } else {
          immediate._onImmediate.apply(immediate, argv);
        }
        threw = false;
      } finally {
        immediate._onImmediate = null;
        asyncIds.restore(prev);
        if (tracing) trace.emit(K['callback.exit'], id, immediate[triggerIdSymbol], 'immediate', 0,
          threw);
        outstandingQueue.head = immediate = immediate._idleNext;
      }
    }
    if (queue === outstandingQueue) outstandingQueue.head = null;
    immediateInfo[kHasOutstanding] = 0;
  }

  function processTimers(now) {
    nextExpiry = Infinity;
    var list;
    var ranAtLeastOneList = false;
    while ((list = timerListQueue.peek()) !== undefined) {
      if (list.expiry > now) {
        nextExpiry = list.expiry;
        return refCount > 0 ? nextExpiry : -nextExpiry;
      }
      if (ranAtLeastOneList) {
        runNextTicks();
      } else {
        ranAtLeastOneList = true;
      }
      listOnTimeout(list, now);
    }
    return 0;
  }

  function listOnTimeout(list, now) {
    var msecs = list.msecs;
    var ranAtLeastOneTimer = false;
    var timer;
    while ((timer = L.peek(list)) !== null) {
      var diff = now - timer._idleStart;
      // Too early for this timer: the rest of the list is later still.
      if (diff < msecs) {
        list.expiry = Math.max(timer._idleStart + msecs, now + 1);
        list.id = timerListId++;
        timerListQueue.percolateDown(1);
        return;
      }
      if (ranAtLeastOneTimer) {
        runNextTicks();
      } else {
        ranAtLeastOneTimer = true;
      }
      L.remove(timer);
      var id = timer[asyncIdSymbol];
      if (!timer._onTimeout) {
        if (!timer._destroyed) {
          timer._destroyed = true;
          if (timer[kRefed]) refCount--;
        }
        continue;
      }
      var start;
      if (timer._repeat) start = getLibuvNow();
      var prev = asyncIds.enter(id);
      if (tracing) {
        trace.emit(K['timer.fire'], id, timer[triggerIdSymbol], msecs,
          now - (timer._idleStart + msecs));
        trace.emit(K['callback.enter'], id, timer[triggerIdSymbol],
          timer._repeat ? 'interval' : 'timeout', timer._onTimeout.name || '');
      }
      var threw = true;
      try {
        var args = timer._timerArgs;
        if (args === undefined) {
          timer._onTimeout();
        } else {
          timer._onTimeout.apply(timer, args);
        }
        threw = false;
      } finally {
        asyncIds.restore(prev);
        if (tracing) trace.emit(K['callback.exit'], id, timer[triggerIdSymbol],
          timer._repeat ? 'interval' : 'timeout', 0, threw);
        if (timer._repeat && timer._idleTimeout !== -1) {
          timer._idleTimeout = timer._repeat;
          insert(timer, timer._idleTimeout, start);
        } else if (!timer._idleNext && !timer._idlePrev && !timer._destroyed) {
          timer._destroyed = true;
          if (timer[kRefed]) refCount--;
        }
      }
    }
    // The list is empty: remove it (unless a new one replaced it meanwhile).
    if (list === timerListMap[msecs]) {
      delete timerListMap[msecs];
      timerListQueue.shift();
      if (tracing) trace.emit(K['timer.list.delete'], 0, 0, msecs);
    }
  }

  return { processImmediate: processImmediate, processTimers: processTimers };
}

module.exports = {
  TIMEOUT_MAX: TIMEOUT_MAX,
  kTimeout: Symbol('timeout'),
  asyncIdSymbol: asyncIdSymbol,
  triggerIdSymbol: triggerIdSymbol,
  kRefed: kRefed,
  kHasPrimitive: kHasPrimitive,
  Timeout: Timeout,
  ImmediateList: ImmediateList,
  immediateQueue: immediateQueue,
  immediateInfo: immediateInfo,
  immediateInfoFields: { kCount: kCount, kRefCount: kRefCount, kHasOutstanding: kHasOutstanding },
  knownTimersById: knownTimersById,
  timerListMap: timerListMap,
  timerListQueue: timerListQueue,
  active: active,
  unrefActive: unrefActive,
  insert: insert,
  unenroll: unenroll,
  getTimerCallbacks: getTimerCallbacks,
  initAsyncResource: initAsyncResource
};
