'use strict';

// Sets up the JS world before the main script runs (Node's
// lib/internal/bootstrap/node.js): the process object, the globals (console,
// timers, queueMicrotask, Promise, Buffer, ...), Node-shaped stack traces,
// and the JS functions the runtime calls back (the checkpoint, timers,
// immediates, uncaught exceptions, 'beforeExit' and 'exit').
//
// Called by the C++ bootstrap as (process, require, internalBinding), where
// require loads built-in modules, internal ones included.

// ES2015+ built-ins that V8 has and Duktape lacks, before anything else.
require('internal/es').install();

var EventEmitter = require('events');
var processMethods = internalBinding('process_methods');
var stdio = internalBinding('stdio');

require('internal/errors_stack').install();

// --- process ---------------------------------------------------------------

Object.setPrototypeOf(process, EventEmitter.prototype);
EventEmitter.call(process);

function defineValue(obj, name, value) {
  Object.defineProperty(obj, name, { value: value, writable: true, configurable: true,
    enumerable: true });
}

process.title = 'tickscope';
process.version = processMethods.version;
process.versions = {
  node: processMethods.version.slice(1),
  tickscope: processMethods.tickscopeVersion,
  duktape: processMethods.duktapeVersion,
  uv: processMethods.uvVersion
};
process.arch = 'x64';
process.platform = 'linux';
process.release = { name: 'node', lts: 'Iron', tickscope: true };
process.execPath = processMethods.execPath;
process.execArgv = processMethods.execArgv;
process.argv0 = 'tickscope';
process.pid = processMethods.pid;
process.ppid = processMethods.ppid;
process.exitCode = undefined;
process._exiting = false;
process.config = { variables: {} };
process.features = { inspector: false, debug: false, uv: true, ipv6: true, tls: false };
process.moduleLoadList = [];
process.deterministic = processMethods.deterministic;

// argv: [execPath, absolute main script, ...script args]; the main script is
// made absolute when the CommonJS loader starts (internal/main).
process.argv = [process.execPath].concat(processMethods.args);

// process.env: the environment, with Node's string coercion on assignment.
var rawEnv = processMethods.getEnv();
process.env = new Proxy(rawEnv, {
  set: function (target, key, value) {
    var str = String(value);
    target[key] = str;
    processMethods.setEnv(String(key), str);
    return true;
  },
  deleteProperty: function (target, key) {
    delete target[key];
    processMethods.unsetEnv(String(key));
    return true;
  },
  defineProperty: function (target, key, desc) {
    var str = String(desc.value);
    target[key] = str;
    processMethods.setEnv(String(key), str);
    return true;
  }
});

process.cwd = function cwd() {
  return processMethods.cwd();
};

process.chdir = function chdir(directory) {
  require('internal/validators').validateString(directory, 'directory');
  processMethods.chdir(directory);
};

process.umask = function umask(mask) {
  if (mask === undefined) return processMethods.umask(undefined);
  if (typeof mask === 'string') mask = parseInt(mask, 8);
  return processMethods.umask(mask);
};

process.hrtime = function hrtime(time) {
  var now = processMethods.hrtime();
  if (time !== undefined) {
    if (!Array.isArray(time)) {
      throw new (require('internal/errors').codes.ERR_INVALID_ARG_TYPE)('time', 'Array', time);
    }
    var sec = now[0] - time[0];
    var nsec = now[1] - time[1];
    if (nsec < 0) {
      sec -= 1;
      nsec += 1e9;
    }
    return [sec, nsec];
  }
  return now;
};

process.hrtime.bigint = function bigint() {
  throw new (require('internal/errors').codes.ERR_NOT_SUPPORTED)('process.hrtime.bigint()',
    'there is no BigInt; use process.hrtime()');
};

process.uptime = function uptime() {
  return processMethods.uptime();
};

process.memoryUsage = function memoryUsage() {
  return processMethods.memoryUsage();
};
process.memoryUsage.rss = function rss() {
  return processMethods.memoryUsage().rss;
};

process.cpuUsage = function cpuUsage(prev) {
  var now = processMethods.cpuUsage();
  if (prev) return { user: now.user - prev.user, system: now.system - prev.system };
  return now;
};

process.exit = function exit(code) {
  if (code !== undefined) process.exitCode = code;
  if (!process._exiting) {
    process._exiting = true;
    process.emit('exit', process.exitCode === undefined ? 0 : process.exitCode | 0);
  }
  processMethods.reallyExit(process.exitCode === undefined ? 0 : process.exitCode | 0);
};

process.reallyExit = function reallyExit(code) {
  processMethods.reallyExit(code | 0);
};

// process.binding(name): the deprecated window onto native bindings (Node's
// processBindingAllowList); tickscope answers for the ones it has.
var bindingAllowList = ['async_wrap', 'buffer', 'cares_wrap', 'config', 'constants', 'contextify',
  'crypto', 'fs', 'fs_event_wrap', 'http_parser', 'icu', 'inspector', 'js_stream', 'natives', 'os',
  'pipe_wrap', 'process_wrap', 'signal_wrap', 'spawn_sync', 'stream_wrap', 'tcp_wrap', 'tls_wrap',
  'tty_wrap', 'udp_wrap', 'url', 'util', 'uv', 'v8', 'zlib'];
process.binding = function binding(name) {
  name = String(name);
  if (bindingAllowList.indexOf(name) !== -1) {
    try {
      return internalBinding(name);
    } catch (e) {
      // Allowed in Node, not built here: fall through to the error.
    }
  }
  throw new Error('No such module: ' + name);
};

process.abort = function abort() {
  processMethods.reallyExit(134);
};

process.emitWarning = function emitWarning(warning, type, code) {
  var name = 'Warning';
  if (type !== null && typeof type === 'object' && !Array.isArray(type)) {
    code = type.code;
    name = type.type || name;
  } else if (typeof type === 'string') {
    name = type;
  }
  if (typeof warning === 'string') {
    var w = new Error(warning);
    w.name = name;
    if (code !== undefined) w.code = code;
    warning = w;
  }
  if (!(warning instanceof Error)) {
    throw new (require('internal/errors').codes.ERR_INVALID_ARG_TYPE)('warning', ['Error', 'string'],
      warning);
  }
  if (warning.name === 'DeprecationWarning' && process.noDeprecation) return;
  var trace = require('internal/trace');
  if (trace.enabled) {
    trace.emit(trace.kinds['process.warning'], 0, require('internal/async_ids').executionAsyncId(),
      warning.name, warning.message);
  }
  process.nextTick(function () {
    process.emit('warning', warning);
  });
};

// Warnings print on stderr when they are emitted, as Node does.
process.on('warning', function (warning) {
  // Node prints "(node:PID)"; a deterministic run leaves the pid out.
  var who = process.deterministic ? '(tickscope) ' : '(tickscope:' + process.pid + ') ';
  var text = who + (warning.code ? '[' + warning.code + '] ' : '') +
    warning.name + ': ' + warning.message + '\n';
  if (!process._warnedOnce) {
    process._warnedOnce = true;
    text += '(Use `tickscope run --trace ...` to see where the warning was created)\n';
  }
  stdio.writeString(2, text);
});

// stdout, stderr and stdin: streams made on first use
// (internal/process/stdio.js); stdout and stderr write synchronously, as
// Node's do on Linux.
function defineStdio(name, create) {
  var stream;
  Object.defineProperty(process, name, {
    configurable: true,
    enumerable: true,
    get: function () {
      if (stream === undefined) stream = create();
      return stream;
    }
  });
}
defineStdio('stdout', function () {
  return require('internal/process/stdio').createWritableStdioStream(1);
});
defineStdio('stderr', function () {
  return require('internal/process/stdio').createWritableStdioStream(2);
});
defineStdio('stdin', function () {
  return require('internal/process/stdio').createStdin();
});

var taskQueues = require('internal/process/task_queues');
process.nextTick = taskQueues.nextTick;

// --- globals -------------------------------------------------------------

var globalObject = globalThis;

// Enumerable or not as in Node: `for (k in globalThis)` lists global, the
// timers, queueMicrotask, structuredClone, atob, btoa and performance, in
// that order.
function defineGlobal(name, value, enumerable) {
  Object.defineProperty(globalObject, name, { value: value, writable: true, configurable: true,
    enumerable: !!enumerable });
}

defineGlobal('global', globalObject, true);
// An accessor, as in Node (assigning replaces what `process` reads as).
var globalProcess = process;
Object.defineProperty(globalObject, 'process', {
  get: function () { return globalProcess; },
  set: function (value) { globalProcess = value; },
  configurable: true,
  enumerable: false
});
defineGlobal('Promise', require('internal/promise').Promise);
defineGlobal('AggregateError', require('internal/promise').AggregateError);

// ES2015 collections, which Duktape lacks (internal/collections).
var collections = require('internal/collections');
defineGlobal('Map', collections.Map);
defineGlobal('Set', collections.Set);
defineGlobal('WeakMap', collections.WeakMap);
defineGlobal('WeakSet', collections.WeakSet);

var timers = require('timers');
defineGlobal('clearImmediate', timers.clearImmediate, true);
defineGlobal('setImmediate', timers.setImmediate, true);
defineGlobal('clearInterval', timers.clearInterval, true);
defineGlobal('clearTimeout', timers.clearTimeout, true);
defineGlobal('setInterval', timers.setInterval, true);
defineGlobal('setTimeout', timers.setTimeout, true);
defineGlobal('queueMicrotask', taskQueues.queueMicrotask, true);

// Loaded on first use, as Node defines some globals lazily.
function defineLazyGlobal(name, load, enumerable) {
  Object.defineProperty(globalObject, name, {
    get: function () {
      var value = load();
      defineGlobal(name, value, enumerable);
      return value;
    },
    set: function (value) {
      defineGlobal(name, value, enumerable);
    },
    configurable: true,
    enumerable: !!enumerable
  });
}

defineLazyGlobal('console', function () { return require('console'); });
defineLazyGlobal('Buffer', function () { return require('buffer').Buffer; });
// The WHATWG URL classes (internal/url.js).
defineLazyGlobal('URL', function () { return require('internal/url').URL; });
defineLazyGlobal('URLSearchParams', function () { return require('internal/url').URLSearchParams; });

// Web-platform globals (Node's bootstrap/web/exposed-*.js). Duktape's own
// `performance` (now() only) gives way to Node's, which takes its clock and
// so must load first; re-adding it also puts it after btoa in for-in order.
var perf = require('internal/perf/performance');
delete globalObject.performance;
defineGlobal('structuredClone', require('internal/structured_clone').structuredClone, true);
defineLazyGlobal('atob', function () { return require('buffer').atob; }, true);
defineLazyGlobal('btoa', function () { return require('buffer').btoa; }, true);
defineLazyGlobal('performance', function () { return perf.performance; }, true);
// Web Crypto's getRandomValues and randomUUID (no subtle): crypto.webcrypto.
defineLazyGlobal('crypto', function () { return require('crypto').webcrypto; }, true);
var eventTarget = require('internal/event_target');
defineGlobal('EventTarget', eventTarget.EventTarget);
defineGlobal('Event', eventTarget.Event);
defineGlobal('CustomEvent', eventTarget.CustomEvent);
defineLazyGlobal('AbortController', function () {
  return require('internal/abort_controller').AbortController;
});
defineLazyGlobal('AbortSignal', function () {
  return require('internal/abort_controller').AbortSignal;
});
defineLazyGlobal('DOMException', function () {
  return require('internal/per_context/domexception').DOMException;
});
['Performance', 'PerformanceEntry', 'PerformanceMark', 'PerformanceMeasure'].forEach(function (name) {
  defineLazyGlobal(name, function () { return perf[name]; });
});
// Duktape's own TextEncoder/TextDecoder, as lazy globals like Node's.
['TextEncoder', 'TextDecoder'].forEach(function (name) {
  var engineClass = globalObject[name];
  defineLazyGlobal(name, function () { return engineClass; });
});

// --- callbacks from the runtime -----------------------------------------------

internalBinding('task_queue').setTickCallback(taskQueues.processTicksAndRejections);
internalBinding('errors').setUncaughtHandler(require('internal/process/execution').onUncaught);

function emitBeforeExit() {
  if (process._exiting) return;
  var code = process.exitCode === undefined ? 0 : process.exitCode | 0;
  process.emit('beforeExit', code);
}

// Emits 'exit' once and returns the exit code.
function emitExit() {
  var code = process.exitCode === undefined ? 0 : process.exitCode | 0;
  if (!process._exiting) {
    process._exiting = true;
    process.emit('exit', code);
  }
  return process.exitCode === undefined ? 0 : process.exitCode | 0;
}

processMethods.setEmitHooks(emitBeforeExit, emitExit);

// Signals (process.on('SIGINT')), process.kill, and a forked child's IPC
// channel or cluster worker set-up (internal/process/signals.js).
var processSignals = require('internal/process/signals');
processSignals.setup(process);
processSignals.setupChild(process);
