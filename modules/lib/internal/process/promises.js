'use strict';

// Unhandled promise rejections, as Node v20 handles them
// (lib/internal/process/promises.js, default mode "throw").
//
// When a promise is rejected with no handler, the Promise implementation
// calls promiseRejectHandler(kRejectWithNoHandler). The rejection is only a
// *maybe*: a handler may still be attached before the current checkpoint
// ends. processPromiseRejections() runs at the end of every checkpoint
// (processTicksAndRejections); for each rejection still unhandled it emits
// process 'unhandledRejection' and, when nobody listens, raises it as an
// uncaught exception: the error is printed and the exit code is 1.
// A handler attached later emits 'rejectionHandled' (or a warning).

var taskQueues = require('internal/process/task_queues');
var trace = require('internal/trace');
var K = trace.kinds;
var codes = require('internal/errors').codes;

var kRejectWithNoHandler = 0;
var kHandlerAddedAfterReject = 1;

var kInfo = typeof Symbol === 'function' ? Symbol('unhandledRejectionInfo') : '__unhandledInfo';

var pendingUnhandledRejections = [];
var asyncHandledRejections = [];
var maybeUnhandledCount = 0;
var lastPromiseId = 0;

function promiseRejectHandler(type, promise, reason) {
  if (type === kRejectWithNoHandler) {
    unhandledRejection(promise, reason);
  } else if (type === kHandlerAddedAfterReject) {
    handledRejection(promise);
  }
}

function unhandledRejection(promise, reason) {
  // Non-enumerable, so that util.inspect does not list it (V8 keeps this
  // bookkeeping out of sight).
  Object.defineProperty(promise, kInfo, { value: { reason: reason, uid: ++lastPromiseId,
    warned: false }, writable: true, configurable: true, enumerable: false });
  maybeUnhandledCount++;
  pendingUnhandledRejections.push(promise);
  taskQueues.setHasRejectionToWarn(true);
}

function handledRejection(promise) {
  var info = promise[kInfo];
  if (info !== undefined) {
    promise[kInfo] = undefined;
    maybeUnhandledCount--;
    if (info.warned) {
      if (trace.enabled) trace.emit(K['promise.handledLater'], promiseId(promise), 0);
      var warning = new Error('Promise rejection was handled asynchronously (rejection id: ' +
        info.uid + ')');
      warning.name = 'PromiseRejectionHandledWarning';
      warning.id = info.uid;
      asyncHandledRejections.push({ promise: promise, warning: warning });
      taskQueues.setHasRejectionToWarn(true);
      return;
    }
  }
  if (maybeUnhandledCount === 0 && asyncHandledRejections.length === 0) {
    taskQueues.setHasRejectionToWarn(false);
  }
}

function promiseId(promise) {
  return require('internal/promise').promiseId(promise);
}

function isErrorLike(o) {
  return typeof o === 'object' && o !== null && Object.prototype.hasOwnProperty.call(o, 'stack');
}

// Returns true if it may have queued more ticks or microtasks.
function processPromiseRejections() {
  var maybeScheduledTicksOrMicrotasks = asyncHandledRejections.length > 0;
  while (asyncHandledRejections.length > 0) {
    var handled = asyncHandledRejections.shift();
    if (!process.emit('rejectionHandled', handled.promise)) {
      process.emitWarning(handled.warning);
    }
  }
  var len = pendingUnhandledRejections.length;
  while (len--) {
    var promise = pendingUnhandledRejections.shift();
    var info = promise[kInfo];
    if (info === undefined) continue;
    info.warned = true;
    var reason = info.reason;
    if (trace.enabled) {
      trace.emit(K['promise.unhandled'], promiseId(promise), 0,
        reason instanceof Error ? String(reason.message) : String(reason));
    }
    if (!process.emit('unhandledRejection', reason, promise)) {
      var err = isErrorLike(reason) || reason instanceof Error ? reason :
        new codes.ERR_UNHANDLED_REJECTION(safeToString(reason));
      if (err !== reason) {
        // Node's UnhandledPromiseRejection: its stack's first line carries
        // that name; the frames are where the rejection was processed.
        err.name = 'UnhandledPromiseRejection';
        var stack = typeof err.stack === 'string' ? err.stack : '';
        var frames = stack.indexOf('\n    at ');
        var lines = frames >= 0 ? stack.slice(frames + 1).split('\n') : [];
        lines = lines.filter(function (line) { return line.indexOf('(node:internal/errors:') < 0; });
        err.stack = [err.name + ': ' + err.message].concat(lines).join('\n');
      }
      taskQueues.triggerUncaughtException(err, true);
    }
    maybeScheduledTicksOrMicrotasks = true;
  }
  return maybeScheduledTicksOrMicrotasks || pendingUnhandledRejections.length !== 0;
}

function safeToString(value) {
  try {
    return require('internal/util/inspect').inspect(value);
  } catch (e) {
    return String(value);
  }
}

module.exports = {
  kRejectWithNoHandler: kRejectWithNoHandler,
  kHandlerAddedAfterReject: kHandlerAddedAfterReject,
  promiseRejectHandler: promiseRejectHandler,
  processPromiseRejections: processPromiseRejections
};
