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
//
// The nextTick queue is native (engine/tick_queue.hpp): process.nextTick is
// binding.nextTick and runTicks is binding.runTicks, which records each tick
// as runTask below records a microtask. The queue's length and the count of
// ticks run are read from tickFields. The microtask queue is here.

var binding = internalBinding('task_queue');
var tickInfo = binding.tickInfo;
var asyncIds = require('internal/async_ids');
var trace = require('internal/trace');
var validateFunction = require('internal/validators').validateFunction;

// *Must* match TickInfoField in engine/runtime.hpp.
var kHasTickScheduled = 0;
var kHasRejectionToWarn = 1;
var kHasMicrotask = 2;

// *Must* match TickQueue::Field in engine/tick_queue.hpp.
var tickFields = binding.tickQueueFields;
var kTicksQueued = 0;
var kTicksRan = 1;

// The shared id fields (internal/async_ids), used directly on hot paths.
var ids = asyncIds.fields;
var kExecutionId = asyncIds.kExecutionId;
var kIdCounter = asyncIds.kIdCounter;

var K = trace.kinds;
var tracing = trace.enabled;
var emit = trace.emit;
var kMicrotaskEnqueue = K['microtask.enqueue'];
var kCallbackEnter = K['callback.enter'];
var kCallbackExit = K['callback.exit'];

// Hot paths and Duktape. Reading a variable of an enclosing function (every
// module-level name in this file) is a lookup by name in Duktape, ~0.1 us:
// ten times a property read on a local object, and a microtask used to make
// a dozen of them. So what the hot functions touch lives in the queue's
// object, read once into a local; the array slots behind kExecutionId and
// friends are copied into it as plain properties.
//
// The queue is a flat array read from a moving head, an entry being
// consecutive slots rather than an object (an object per task would cost
// more than the rest of the microtask), emptied whenever it is drained:
//   fn, args, id, cause, kind   (stride 5)
// args is undefined when the callback takes none; id is the callback's id in
// the trace, cause the id of the callback that queued it; kind is the
// microtask's kind (see enqueueMicrotask).
function TaskQueue(stride, traceKind, enqueueEvent) {
  this.items = [];
  this.head = 0;
  this.stride = stride;
  this.traceKind = traceKind;      // the callback kind in the trace
  this.enqueueEvent = enqueueEvent;
  this.ran = 0;                    // callbacks run in this drain
  // shared with the rest of the runtime:
  this.fields = ids;               // [kExecutionId, kIdCounter]
  this.tickInfo = tickInfo;
  this.tracing = tracing;
  this.emit = emit;
  this.process = process;
}

TaskQueue.prototype.size = function () {
  return (this.items.length - this.head) / this.stride;
};

var microtasks = new TaskQueue(5, 'microtask', kMicrotaskEnqueue);

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

// The name a trace shows for a task: the function's, except for a promise
// reaction, whose job (promiseReactionJob) is the same for every reaction:
// there it is the handler given to then()/catch(), so that lessons, checks
// (`callback NAME`) and the visualizer can name promise callbacks too.
function taskName(fn, args, taskKind) {
  if (taskKind === 'reaction' && args !== undefined) {
    var reaction = args[0];
    if (reaction !== null && typeof reaction === 'object' && typeof reaction.handler === 'function' &&
        reaction.handler.name) {
      return reaction.handler.name;
    }
  }
  return fn.name;
}

// Runs one callback of queue q as the running "execution", recording it.
// (0 and 1 below: kExecutionId and kIdCounter, see the note above.)
function runTask(q, fn, args, id, cause, taskKind) {
  var fields = q.fields;
  var prev = fields[0];
  fields[0] = id;
  if (q.tracing) q.emit(kCallbackEnter, id, cause, q.traceKind, taskName(fn, args, taskKind));
  var threw = true;
  try {
    if (args === undefined) {
      fn();
    } else {
      switch (args.length) {
        case 1: fn(args[0]); break;
        case 2: fn(args[0], args[1]); break;
        case 3: fn(args[0], args[1], args[2]); break;
        default: fn.apply(undefined, args);
      }
    }
    threw = false;
  } finally {
    // After a throw the running id stays this task's until the exception is
    // handled: 'uncaughtException' listeners run on behalf of the callback
    // that threw, as in Node. Whoever catches it restores the id.
    if (!threw) fields[0] = prev;
    if (q.tracing) q.emit(kCallbackExit, id, cause, q.traceKind, 0, threw);
  }
}

// process.nextTick(callback, ...args): native (engine/tick_queue.cpp), as
// Node's: a bad callback gets validateFunction's error, and nothing is queued
// once process._exiting is set.
binding.setupTickQueue(process, validateFunction);
var nextTick = binding.nextTick;
var runTicks = binding.runTicks;

// Queues a microtask. kind is 'reaction' (a promise callback), 'thenable'
// (adopting a thenable's state) or 'queueMicrotask'. fn is called with args
// (an array, or undefined for none).
function enqueueMicrotask(kind, fn, args) {
  var q = microtasks;
  var fields = q.fields;
  var id = ++fields[1];
  var cause = fields[0];
  var items = q.items;
  var n = items.length;
  items[n] = fn;
  items[n + 1] = args;
  items[n + 2] = id;
  items[n + 3] = cause;
  items[n + 4] = kind;
  q.tickInfo[2] = 1;  // kHasMicrotask
  if (q.tracing) q.emit(q.enqueueEvent, id, cause, kind);
}

// V8's RunMicrotasks: every microtask, including ones queued meanwhile.
function runMicrotasks() {
  var q = microtasks;
  var items = q.items;
  var run = runTask;
  while (q.head < items.length) {
    var at = q.head;
    var fn = items[at];
    var args = items[at + 1];
    var kind = items[at + 4];
    items[at] = undefined;  // let the callback and its arguments go
    items[at + 1] = undefined;
    q.head = at + 5;
    q.ran++;
    if (kind === 'queueMicrotask') {
      var prev = q.fields[0];
      try {
        run(q, fn, args, items[at + 2], items[at + 3], kind);
      } catch (err) {
        // As Node's runMicrotask(): the error goes to 'uncaughtException'
        // and the remaining microtasks still run.
        triggerUncaughtException(err, false);
        q.fields[0] = prev;
      }
    } else {
      run(q, fn, args, items[at + 2], items[at + 3], kind);
    }
  }
  items.length = 0;
  q.head = 0;
  q.tickInfo[2] = 0;  // kHasMicrotask
}

var drainDepth = 0;

function processTicksAndRejections() {
  var outer = drainDepth++ === 0;
  if (outer) {
    tickFields[kTicksRan] = 0;
    microtasks.ran = 0;
    if (tracing) emit(K['drain.begin'], 0, ids[kExecutionId], tickFields[kTicksQueued], microtasks.size());
  }
  try {
    do {
      runTicks();
      runMicrotasks();
    } while (tickFields[kTicksQueued] > 0 || lazyPromises().processPromiseRejections());
    setHasTickScheduled(false);
    setHasRejectionToWarn(false);
  } finally {
    drainDepth--;
    if (outer && tracing) emit(K['drain.end'], 0, ids[kExecutionId], tickFields[kTicksRan], microtasks.ran);
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
  return { ticks: tickFields[kTicksQueued], microtasks: microtasks.size() };
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
  queueSizes: queueSizes
};
