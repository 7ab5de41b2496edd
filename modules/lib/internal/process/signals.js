'use strict';

// Signals, process.kill, and the start of a forked or cluster child (Node's
// startListeningIfSignal in lib/internal/bootstrap/node.js, process.kill in
// lib/internal/process/per_thread.js, and setupChildProcessIpcChannel in
// lib/internal/process/pre_execution.js). Called once by the bootstrap.
//
// process.on('SIGINT', fn): the first listener of a signal starts a Signal
// handle (modules/native/signal_wrap.cpp), unref'd: watching a signal never
// keeps the process alive. The handle stops when the last listener goes.
// Listeners get the signal's name and number.
//
// A forked child finds its IPC channel's fd in NODE_CHANNEL_FD (and a cluster
// worker its id in NODE_UNIQUE_ID); both are removed from process.env, as
// Node does, before the main module runs.

var signalWraps = Object.create(null);
var signals;
var Signal;

function signalTable() {
  if (signals === undefined) signals = require('os').constants.signals;
  return signals;
}

function isSignal(type) {
  return typeof type === 'string' && type.length > 3 && type.charCodeAt(0) === 83 /* S */ &&
    type.slice(0, 3) === 'SIG' && signalTable()[type] !== undefined;
}

function startListeningIfSignal(type) {
  if (isSignal(type) && signalWraps[type] === undefined) {
    if (Signal === undefined) Signal = internalBinding('signal_wrap').Signal;
    var wrap = new Signal();
    wrap.unref();
    wrap.onsignal = function (signum) { process.emit(type, type, signum); };
    var err = wrap.start(signalTable()[type]);
    if (err) {
      wrap.close();
      throw require('internal/uv_errors').errnoException(err, 'uv_signal_start');
    }
    signalWraps[type] = wrap;
  }
}

function stopListeningIfSignal(type) {
  var wrap = signalWraps[type];
  if (wrap !== undefined && process.listenerCount(type) === 0) {
    wrap.close();
    delete signalWraps[type];
  }
}

function kill(pid, sig) {
  var err;
  if (pid != (pid | 0)) {  // eslint-disable-line eqeqeq
    throw new (require('internal/errors').codes.ERR_INVALID_ARG_TYPE)('pid', 'number', pid);
  }
  if (sig === (sig | 0)) {
    err = process._kill(pid, sig);
  } else {
    sig = sig || 'SIGTERM';
    if (signalTable()[sig]) {
      err = process._kill(pid, signalTable()[sig]);
    } else {
      throw new (require('internal/errors').codes.ERR_UNKNOWN_SIGNAL)(sig);
    }
  }
  if (err) throw require('internal/uv_errors').errnoException(err, 'kill');
  return true;
}

function setup(process) {
  process.kill = kill;
  process._kill = function _kill(pid, sig) {
    return internalBinding('process_wrap').kill(pid, sig);
  };
  process.on('newListener', startListeningIfSignal);
  process.on('removeListener', stopListeningIfSignal);
}

// Before the main module: a forked child's IPC channel, a cluster worker.
function setupChild(process) {
  var env = process.env;
  if (env.NODE_CHANNEL_FD) {
    var fd = parseInt(env.NODE_CHANNEL_FD, 10);
    delete env.NODE_CHANNEL_FD;
    var mode = env.NODE_CHANNEL_SERIALIZATION_MODE || 'json';
    delete env.NODE_CHANNEL_SERIALIZATION_MODE;
    if (fd >= 0) require('child_process')._forkChild(fd, mode);
  }
  if (env.NODE_UNIQUE_ID) {
    var cluster = require('cluster');
    cluster._setupWorker();
    delete env.NODE_UNIQUE_ID;
  }
}

module.exports = {
  setup: setup,
  setupChild: setupChild
};
