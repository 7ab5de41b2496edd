'use strict';

// HOW and WHY nextTick and microtasks run when they do
// (Node's lib/internal/process/task_queues.js, with V8's microtask queue
// brought into JS, because Duktape has none).
//
// Two queues:
//   - the nextTick queue: process.nextTick(fn, ...args);
//   - the microtask queue: promise reactions (then/catch/finally callbacks),
//     thenable adoption jobs, and queueMicrotask(fn).
//
// The checkpoint, processTicksAndRejections(), drains them in Node's order:
//
//   do {
//     run every nextTick (including ones queued while running);
//     run every microtask (including ones queued while running);
//   } while (a nextTick was queued by a microtask, or an unhandled
//            rejection was processed);
//
// The runtime calls it after the main script, after every callback from the
// loop (engine/call.cpp, Node's InternalCallbackScope), and the timers and
// immediates code calls runNextTicks() between two consecutive timers or
// immediates. So a nextTick always runs before any promise callback queued
// at the same time, and both run before the loop moves on.
//
// C++ reads tickInfo to skip the call when both queues are empty.

var tickInfo = internalBinding('task_queue').tickInfo;
var asyncIds = require('internal/async_ids');
var trace = require('internal/trace');
var validateFunction = require('internal/validators').validateFunction;

// *Must* match TickInfoField in engine/runtime.hpp.
var kHasTickScheduled = 0;
var kHasRejectionToWarn = 1;
var kHasMicrotask = 2;

var K = trace.kinds;
var tracing = trace.enabled;

// A FIFO queue: an array with a moving head, reset whenever it runs empty.
function Queue() {
  this.items = [];
  this.head = 0;
}

Queue.prototype.push = function (item) {
  this.items.push(item);
};

Queue.prototype.isEmpty = function () {
  return this.head === this.items.length;
};

Queue.prototype.size = function () {
  return this.items.length - this.head;
};

Queue.prototype.shift = function () {
  if (this.head === this.items.length) return null;
  var item = this.items[this.head];
  this.items[this.head++] = undefined;
  if (this.head === this.items.length) {
    this.items.length = 0;
    this.head = 0;
  }
  return item;
};

var ticks = new Queue();
var microtasks = new Queue();

function hasTickScheduled() {
  return tickInfo[kHasTickScheduled] === 1;
}

function setHasTickScheduled(value) {
  tickInfo[kHasTickScheduled] = value ? 1 : 0;
}

function hasRejectionToWarn() {
  return tickInfo[kHasRejectionToWarn] === 1;
}

function setHasRejectionToWarn(value) {
  tickInfo[kHasRejectionToWarn] = value ? 1 : 0;
}

// Runs one queued callback as the running "execution", recording it.
function runTask(task, kind) {
  var prev = asyncIds.enter(task.id);
  if (tracing) trace.emit(K['callback.enter'], task.id, task.cause, kind, task.fn.name || '');
  var threw = true;
  try {
    var args = task.args;
    if (args === undefined) {
      task.fn();
    } else {
      switch (args.length) {
        case 1: task.fn(args[0]); break;
        case 2: task.fn(args[0], args[1]); break;
        case 3: task.fn(args[0], args[1], args[2]); break;
        default: task.fn.apply(undefined, args);
      }
    }
    threw = false;
  } finally {
    asyncIds.restore(prev);
    if (tracing) trace.emit(K['callback.exit'], task.id, task.cause, kind, 0, threw);
  }
}

function nextTick(callback) {
  validateFunction(callback, 'callback');
  if (process._exiting) return;
  var args;
  if (arguments.length > 1) {
    args = new Array(arguments.length - 1);
    for (var i = 1; i < arguments.length; i++) args[i - 1] = arguments[i];
  }
  if (ticks.isEmpty()) setHasTickScheduled(true);
  var task = { id: asyncIds.newAsyncId(), cause: asyncIds.executionAsyncId(), fn: callback,
    args: args };
  ticks.push(task);
  if (tracing) trace.emit(K['tick.enqueue'], task.id, task.cause);
}

// Queues a microtask. kind is 'reaction' (a promise callback), 'thenable'
// (adopting a thenable's state) or 'queueMicrotask'. fn is called with args.
function enqueueMicrotask(kind, fn, args) {
  var task = { id: asyncIds.newAsyncId(), cause: asyncIds.executionAsyncId(), fn: fn,
    args: args, kind: kind };
  microtasks.push(task);
  tickInfo[kHasMicrotask] = 1;
  if (tracing) trace.emit(K['microtask.enqueue'], task.id, task.cause, kind);
  return task;
}

var ranTicks = 0;
var ranMicrotasks = 0;

// V8's RunMicrotasks: every microtask, including ones queued meanwhile.
function runMicrotasks() {
  var task;
  while ((task = microtasks.shift()) !== null) {
    ranMicrotasks++;
    if (task.kind === 'queueMicrotask') {
      try {
        runTask(task, 'microtask');
      } catch (err) {
        // As Node's runMicrotask(): the error goes to 'uncaughtException'
        // and the remaining microtasks still run.
        triggerUncaughtException(err, false);
      }
    } else {
      runTask(task, 'microtask');
    }
  }
  tickInfo[kHasMicrotask] = 0;
}

var drainDepth = 0;

function processTicksAndRejections() {
  var outer = drainDepth++ === 0;
  if (outer) {
    ranTicks = 0;
    ranMicrotasks = 0;
    if (tracing) trace.emit(K['drain.begin'], 0, asyncIds.executionAsyncId(), ticks.size(),
      microtasks.size());
  }
  try {
    var tock;
    do {
      while ((tock = ticks.shift()) !== null) {
        ranTicks++;
        runTask(tock, 'tick');
      }
      runMicrotasks();
    } while (!ticks.isEmpty() || lazyPromises().processPromiseRejections());
    setHasTickScheduled(false);
    setHasRejectionToWarn(false);
  } finally {
    drainDepth--;
    if (outer && tracing) trace.emit(K['drain.end'], 0, asyncIds.executionAsyncId(), ranTicks,
      ranMicrotasks);
  }
}

// Between two timers or two immediates (Node >= 11).
function runNextTicks() {
  if (!hasTickScheduled() && !hasRejectionToWarn() && microtasks.isEmpty()) return;
  processTicksAndRejections();
}

function queueMicrotask(callback) {
  validateFunction(callback, 'callback');
  enqueueMicrotask('queueMicrotask', callback, undefined);
}

var promisesModule;
function lazyPromises() {
  if (promisesModule === undefined) promisesModule = require('internal/process/promises');
  return promisesModule;
}

var errorsBinding = internalBinding('errors');
function triggerUncaughtException(err, fromPromise) {
  errorsBinding.triggerUncaughtException(err, fromPromise);
}

// What the queues hold now (the visualizer's queue panel reads events; this
// is for tests and the REPL-minded).
function queueSizes() {
  return { ticks: ticks.size(), microtasks: microtasks.size() };
}

module.exports = {
  nextTick: nextTick,
  queueMicrotask: queueMicrotask,
  enqueueMicrotask: enqueueMicrotask,
  runMicrotasks: runMicrotasks,
  runNextTicks: runNextTicks,
  processTicksAndRejections: processTicksAndRejections,
  setHasRejectionToWarn: setHasRejectionToWarn,
  hasRejectionToWarn: hasRejectionToWarn,
  triggerUncaughtException: triggerUncaughtException,
  queueSizes: queueSizes,
  Queue: Queue
};
