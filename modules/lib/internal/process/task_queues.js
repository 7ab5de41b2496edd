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

// The shared id fields (internal/async_ids), used directly on hot paths.
var ids = asyncIds.fields;
var kExecutionId = asyncIds.kExecutionId;
var kIdCounter = asyncIds.kIdCounter;

var K = trace.kinds;
var tracing = trace.enabled;
var emit = trace.emit;
var kTickEnqueue = K['tick.enqueue'];
var kMicrotaskEnqueue = K['microtask.enqueue'];
var kCallbackEnter = K['callback.enter'];
var kCallbackExit = K['callback.exit'];

// A FIFO queue: an array with a moving head, emptied whenever it runs dry.
// (The hot paths below touch items/head directly: a method call costs as
// much as the rest of a nextTick in Duktape.)
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
  var items = this.items;
  if (this.head === items.length) return null;
  var item = items[this.head];
  items[this.head++] = undefined;
  if (this.head === items.length) {
    items.length = 0;
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

// A queued callback: its id, who queued it (cause), the function and its
// arguments (undefined when there are none).
function Task(fn, args, kind) {
  this.id = ++ids[kIdCounter];
  this.cause = ids[kExecutionId];
  this.fn = fn;
  this.args = args;
  this.kind = kind;
}

// Runs one queued callback as the running "execution", recording it.
function runTask(task, kind) {
  var prev = ids[kExecutionId];
  ids[kExecutionId] = task.id;
  if (tracing) emit(kCallbackEnter, task.id, task.cause, kind, task.fn.name);
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
    ids[kExecutionId] = prev;
    if (tracing) emit(kCallbackExit, task.id, task.cause, kind, 0, threw);
  }
}

// process.nextTick(callback, ...args): withRest gathers ...args (see
// modules/native/functions.cpp for why not `arguments`).
var nextTick = internalBinding('functions').withRest(function nextTick(callback, args) {
  if (typeof callback !== 'function') validateFunction(callback, 'callback');
  if (process._exiting) return;
  var task = new Task(callback, args, 'tick');
  ticks.items.push(task);
  tickInfo[kHasTickScheduled] = 1;
  if (tracing) emit(kTickEnqueue, task.id, task.cause);
}, 1);

// Queues a microtask. kind is 'reaction' (a promise callback), 'thenable'
// (adopting a thenable's state) or 'queueMicrotask'. fn is called with args.
function enqueueMicrotask(kind, fn, args) {
  var task = new Task(fn, args, kind);
  microtasks.items.push(task);
  tickInfo[kHasMicrotask] = 1;
  if (tracing) emit(kMicrotaskEnqueue, task.id, task.cause, kind);
  return task;
}

var ranTicks = 0;
var ranMicrotasks = 0;

// V8's RunMicrotasks: every microtask, including ones queued meanwhile.
function runMicrotasks() {
  var queue = microtasks;
  var items = queue.items;
  while (queue.head < items.length) {
    var task = items[queue.head];
    items[queue.head++] = undefined;
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
  items.length = 0;
  queue.head = 0;
  tickInfo[kHasMicrotask] = 0;
}

var drainDepth = 0;

function processTicksAndRejections() {
  var outer = drainDepth++ === 0;
  if (outer) {
    ranTicks = 0;
    ranMicrotasks = 0;
    if (tracing) emit(K['drain.begin'], 0, ids[kExecutionId], ticks.size(), microtasks.size());
  }
  try {
    var queue = ticks;
    var items = queue.items;
    do {
      while (queue.head < items.length) {
        var tock = items[queue.head];
        items[queue.head++] = undefined;
        ranTicks++;
        runTask(tock, 'tick');
      }
      items.length = 0;
      queue.head = 0;
      runMicrotasks();
    } while (queue.head < items.length || lazyPromises().processPromiseRejections());
    setHasTickScheduled(false);
    setHasRejectionToWarn(false);
  } finally {
    drainDepth--;
    if (outer && tracing) emit(K['drain.end'], 0, ids[kExecutionId], ranTicks, ranMicrotasks);
  }
}

// Between two timers or two immediates (Node >= 11).
function runNextTicks() {
  if (tickInfo[kHasTickScheduled] === 0 && tickInfo[kHasRejectionToWarn] === 0 &&
      tickInfo[kHasMicrotask] === 0) {
    return;
  }
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
