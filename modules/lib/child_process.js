'use strict';

// The child_process module (Node's lib/child_process.js, Node 20's
// behaviour, written anew in ES5): spawn, exec, execFile, fork, and their
// synchronous forms.
//
//   spawn     a ChildProcess (internal/child_process.js) with stdio streams
//   execFile  spawn + buffered stdout/stderr, one callback (err, stdout, stderr);
//             err has code/killed/signal/cmd, and maxBuffer and timeout kill
//   exec      execFile of '/bin/sh -c command'
//   fork      a tickscope child running a module, with an IPC channel. Node
//             runs `node [execArgv] module args`; tickscope's command line is
//             `tickscope run module args [options]`, so fork inserts `run`
//             when the child is tickscope itself (process.execPath). The
//             parent's own trace options are not passed on (the child would
//             write over the parent's trace): a traced parent gives its
//             children TICKSCOPE_TRACE instead, and each child writes its own
//             trace (docs/trace-format.md, "Children").
//   *Sync     the child runs on a loop of its own (modules/native/spawn_sync.cpp)
//             while this one waits.

var internal = require('internal/child_process');
var errors = require('internal/errors');
var validators = require('internal/validators');
var Buffer = require('buffer').Buffer;

var ChildProcess = internal.ChildProcess;
var getValidStdio = internal.getValidStdio;
var stdioStringToArray = internal.stdioStringToArray;
var codes = errors.codes;
var ERR_INVALID_ARG_TYPE = codes.ERR_INVALID_ARG_TYPE;
var ERR_INVALID_ARG_VALUE = codes.ERR_INVALID_ARG_VALUE;
var ERR_OUT_OF_RANGE = codes.ERR_OUT_OF_RANGE;
var ERR_CHILD_PROCESS_IPC_REQUIRED = errors.registerCode('ERR_CHILD_PROCESS_IPC_REQUIRED',
  "Forked processes must have an IPC channel, missing value 'ipc' in %s", Error);
var ERR_CHILD_PROCESS_STDIO_MAXBUFFER = errors.registerCode('ERR_CHILD_PROCESS_STDIO_MAXBUFFER',
  '%s maxBuffer length exceeded', RangeError);

var MAX_BUFFER = 1024 * 1024;

// Options of tickscope itself that describe this process's own outputs.
var perProcessOptions = { '--trace': 1, '--chrome-trace': 1, '--summary': 0 };

function childExecArgv(execArgv) {
  var out = [];
  for (var i = 0; i < execArgv.length; i++) {
    var a = execArgv[i];
    var eq = a.indexOf('=');
    var name = eq > 0 ? a.slice(0, eq) : a;
    if (Object.prototype.hasOwnProperty.call(perProcessOptions, name)) {
      if (eq < 0) i += perProcessOptions[name];
      continue;
    }
    out.push(a);
  }
  return out;
}

function fork(modulePath, args, options) {
  validators.validateString(modulePath, 'modulePath');
  if (args == null) {
    args = [];
  } else if (typeof args === 'object' && !Array.isArray(args)) {
    options = args;
    args = [];
  } else {
    validators.validateArray(args, 'args');
  }
  if (options != null) validators.validateObject(options, 'options');
  options = Object.assign({}, options, { shell: false });
  options.execPath = options.execPath || process.execPath;
  var execArgv;
  var tickscopeChild = options.execPath === process.execPath;
  if (options.execArgv) {
    execArgv = options.execArgv;
  } else {
    execArgv = tickscopeChild ? childExecArgv(process.execArgv) : process.execArgv;
  }
  if (tickscopeChild) {
    // tickscope run MODULE ARGS... -- options go before the module.
    args = ['run'].concat(execArgv, [modulePath, '--'], args);
  } else {
    args = execArgv.concat([modulePath], args);
  }
  if (typeof options.stdio === 'string') {
    options.stdio = stdioStringToArray(options.stdio, 'ipc');
  } else if (!Array.isArray(options.stdio)) {
    options.stdio = stdioStringToArray(options.silent ? 'pipe' : 'inherit', 'ipc');
  } else if (options.stdio.indexOf('ipc') === -1) {
    throw new ERR_CHILD_PROCESS_IPC_REQUIRED('options.stdio');
  }
  return spawn(options.execPath, args, options);
}

function _forkChild(fd, serializationMode) {
  var pipeBinding = internalBinding('pipe_wrap');
  var p = new pipeBinding.Pipe(pipeBinding.constants.IPC);
  p.open(fd);
  p.unref();
  var control = internal.setupChannel(process, p, serializationMode);
  process.on('newListener', function onNewListener(name) {
    if (name === 'message' || name === 'disconnect') control.refCounted();
  });
  process.on('removeListener', function onRemoveListener(name) {
    if (name === 'message' || name === 'disconnect') control.unrefCounted();
  });
}

function normalizeExecArgs(command, options, callback) {
  validators.validateString(command, 'command');
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  options = Object.assign({}, options);
  options.shell = typeof options.shell === 'string' ? options.shell : true;
  return { file: command, options: options, callback: callback };
}

function exec(command, options, callback) {
  var opts = normalizeExecArgs(command, options, callback);
  return module.exports.execFile(opts.file, opts.options, opts.callback);
}

function validateTimeout(timeout) {
  if (timeout != null && !(Number.isInteger(timeout) && timeout >= 0)) {
    throw new ERR_OUT_OF_RANGE('timeout', 'an unsigned integer', timeout);
  }
}

function validateMaxBuffer(maxBuffer) {
  if (maxBuffer != null && !(typeof maxBuffer === 'number' && maxBuffer >= 0)) {
    throw new ERR_OUT_OF_RANGE('options.maxBuffer', 'a positive number', maxBuffer);
  }
}

function sanitizeKillSignal(killSignal) {
  if (typeof killSignal === 'string' || typeof killSignal === 'number') {
    return internal.convertToValidSignal(killSignal);
  } else if (killSignal != null) {
    throw new ERR_INVALID_ARG_TYPE('options.killSignal', ['string', 'number'], killSignal);
  }
  return undefined;
}

function normalizeExecFileArgs(file, args, options, callback) {
  if (Array.isArray(args)) {
    args = args.slice();
  } else if (args != null && typeof args === 'object') {
    callback = options;
    options = args;
    args = null;
  } else if (typeof args === 'function') {
    callback = args;
    options = null;
    args = null;
  }
  if (args == null) args = [];
  if (typeof options === 'function') {
    callback = options;
  } else if (options != null) {
    validators.validateObject(options, 'options');
  }
  if (options == null) options = {};
  if (callback != null) validators.validateFunction(callback, 'callback');
  if (options.argv0 != null) validators.validateString(options.argv0, 'options.argv0');
  return { file: file, args: args, options: options, callback: callback };
}

function genericNodeError(message, props) {
  var err = new Error(message);
  Object.assign(err, props);
  return err;
}

function execFile(file, args, options, callback) {
  var n = normalizeExecFileArgs(file, args, options, callback);
  file = n.file;
  args = n.args;
  callback = n.callback;
  options = Object.assign({ encoding: 'utf8', timeout: 0, maxBuffer: MAX_BUFFER, killSignal: 'SIGTERM',
    cwd: null, env: null, shell: false }, n.options);
  validateTimeout(options.timeout);
  validateMaxBuffer(options.maxBuffer);
  options.killSignal = sanitizeKillSignal(options.killSignal);

  var child = spawn(file, args, {
    cwd: options.cwd,
    env: options.env,
    gid: options.gid,
    shell: options.shell,
    signal: options.signal,
    uid: options.uid,
    windowsHide: !!options.windowsHide,
    windowsVerbatimArguments: !!options.windowsVerbatimArguments
  });

  var encoding = options.encoding !== 'buffer' && Buffer.isEncoding(options.encoding) ?
    options.encoding : null;
  var _stdout = [];
  var _stderr = [];
  var stdoutLen = 0;
  var stderrLen = 0;
  var killed = false;
  var exited = false;
  var timeoutId;
  var ex = null;
  var cmd = file;

  function exithandler(code, signal) {
    if (exited) return;
    exited = true;
    if (timeoutId) {
      clearTimeout(timeoutId);
      timeoutId = null;
    }
    if (!callback) return;
    var stdout;
    var stderr;
    if (encoding || (child.stdout && child.stdout.readableEncoding)) stdout = _stdout.join('');
    else stdout = Buffer.concat(_stdout);
    if (encoding || (child.stderr && child.stderr.readableEncoding)) stderr = _stderr.join('');
    else stderr = Buffer.concat(_stderr);
    if (!ex && code === 0 && signal === null) {
      callback(null, stdout, stderr);
      return;
    }
    if (args && args.length) cmd += ' ' + args.join(' ');
    if (!ex) {
      ex = genericNodeError('Command failed: ' + cmd + '\n' + stderr, {
        code: code < 0 ? require('internal/uv_errors').errname(code) : code,
        killed: child.killed || killed,
        signal: signal
      });
    }
    ex.cmd = cmd;
    callback(ex, stdout, stderr);
  }

  function errorhandler(e) {
    ex = e;
    if (child.stdout) child.stdout.destroy();
    if (child.stderr) child.stderr.destroy();
    exithandler();
  }

  function kill() {
    if (child.stdout) child.stdout.destroy();
    if (child.stderr) child.stderr.destroy();
    killed = true;
    try {
      child.kill(options.killSignal);
    } catch (e) {
      ex = e;
      exithandler();
    }
  }

  if (options.timeout > 0) {
    timeoutId = setTimeout(function delayedKill() {
      kill();
      timeoutId = null;
    }, options.timeout);
  }

  function collector(stream, chunks, which) {
    var len = 0;
    return function (chunk) {
      if (options.maxBuffer === Infinity) {
        chunks.push(chunk);
        return;
      }
      var enc = stream.readableEncoding;
      var length = enc ? Buffer.byteLength(chunk, enc) : chunk.length;
      len += length;
      if (which === 'stdout') stdoutLen = len;
      else stderrLen = len;
      if (len > options.maxBuffer) {
        var truncatedLen = options.maxBuffer - (len - length);
        chunks.push(chunk.slice(0, truncatedLen));
        ex = new ERR_CHILD_PROCESS_STDIO_MAXBUFFER(which);
        kill();
      } else {
        chunks.push(chunk);
      }
    };
  }

  if (child.stdout) {
    if (encoding) child.stdout.setEncoding(encoding);
    child.stdout.on('data', collector(child.stdout, _stdout, 'stdout'));
  }
  if (child.stderr) {
    if (encoding) child.stderr.setEncoding(encoding);
    child.stderr.on('data', collector(child.stderr, _stderr, 'stderr'));
  }
  child.addListener('close', exithandler);
  child.addListener('error', errorhandler);
  return child;
}

var customPromisify = Symbol.for('nodejs.util.promisify.custom');
function promisifyExec(fn) {
  return function () {
    var args = Array.prototype.slice.call(arguments);
    var child;
    var promise = new Promise(function (resolve, reject) {
      args.push(function (err, stdout, stderr) {
        if (err !== null) {
          err.stdout = stdout;
          err.stderr = stderr;
          reject(err);
        } else {
          resolve({ stdout: stdout, stderr: stderr });
        }
      });
      child = fn.apply(null, args);
    });
    promise.child = child;
    return promise;
  };
}
Object.defineProperty(exec, customPromisify, { enumerable: false, value: promisifyExec(exec) });
Object.defineProperty(execFile, customPromisify, { enumerable: false, value: promisifyExec(execFile) });

function normalizeSpawnArguments(file, args, options) {
  validators.validateString(file, 'file');
  if (file.length === 0) throw new ERR_INVALID_ARG_VALUE('file', file, 'cannot be empty');
  if (Array.isArray(args)) {
    args = args.slice();
  } else if (args == null) {
    args = [];
  } else if (typeof args !== 'object') {
    throw new ERR_INVALID_ARG_TYPE('args', 'object', args);
  } else {
    options = args;
    args = [];
  }
  if (options === undefined) options = {};
  else validators.validateObject(options, 'options');
  var cwd = options.cwd;
  if (cwd != null) {
    if (typeof cwd !== 'string') {
      if (cwd && typeof cwd.href === 'string' && cwd.protocol === 'file:') cwd = cwd.pathname;
      else throw new ERR_INVALID_ARG_TYPE('options.cwd', ['string', 'Buffer', 'URL'], cwd);
    }
  }
  if (options.detached != null) validators.validateBoolean(options.detached, 'options.detached');
  if (options.uid != null && !(options.uid === (options.uid | 0))) {
    throw new ERR_INVALID_ARG_TYPE('options.uid', 'int32', options.uid);
  }
  if (options.gid != null && !(options.gid === (options.gid | 0))) {
    throw new ERR_INVALID_ARG_TYPE('options.gid', 'int32', options.gid);
  }
  if (options.shell != null && typeof options.shell !== 'boolean' && typeof options.shell !== 'string') {
    throw new ERR_INVALID_ARG_TYPE('options.shell', ['boolean', 'string'], options.shell);
  }
  if (options.argv0 != null) validators.validateString(options.argv0, 'options.argv0');
  if (options.shell) {
    var command = [file].concat(args).join(' ');
    file = typeof options.shell === 'string' ? options.shell : '/bin/sh';
    args = ['-c', command];
  }
  if (typeof options.argv0 === 'string') args.unshift(options.argv0);
  else args.unshift(file);

  var env = options.env || process.env;
  var envPairs = [];
  var keys = options.env ? [] : Object.keys(env);
  if (options.env) {
    for (var k in env) keys.push(k);
  }
  for (var i = 0; i < keys.length; i++) {
    var value = env[keys[i]];
    if (value !== undefined) envPairs.push(keys[i] + '=' + value);
  }
  return Object.assign({}, options, {
    args: args,
    cwd: cwd,
    detached: !!options.detached,
    envPairs: envPairs,
    file: file,
    windowsHide: !!options.windowsHide,
    windowsVerbatimArguments: !!options.windowsVerbatimArguments
  });
}

function spawn(file, args, options) {
  options = normalizeSpawnArguments(file, args, options);
  validateTimeout(options.timeout);
  var killSignal = sanitizeKillSignal(options.killSignal);
  var child = new ChildProcess();
  child.spawn(options);
  if (options.timeout > 0) {
    var timeoutId = setTimeout(function () {
      if (timeoutId) {
        try {
          child.kill(killSignal);
        } catch (err) {
          child.emit('error', err);
        }
        timeoutId = null;
      }
    }, options.timeout);
    child.once('exit', function () {
      if (timeoutId) {
        clearTimeout(timeoutId);
        timeoutId = null;
      }
    });
  }
  if (options.signal) {
    var signal = options.signal;
    var onAbort = function () {
      if (child.kill(killSignal)) {
        var E = require('internal/streams/codes').AbortError;
        child.emit('error', new E(undefined, { cause: signal.reason }));
      }
    };
    if (signal.aborted) process.nextTick(onAbort);
    else {
      signal.addEventListener('abort', onAbort, { once: true });
      child.once('exit', function () { signal.removeEventListener('abort', onAbort); });
    }
  }
  return child;
}

function spawnSync(file, args, options) {
  options = Object.assign({ maxBuffer: MAX_BUFFER }, normalizeSpawnArguments(file, args, options));
  validateTimeout(options.timeout);
  validateMaxBuffer(options.maxBuffer);
  options.killSignal = sanitizeKillSignal(options.killSignal);
  options.stdio = getValidStdio(options.stdio || 'pipe', true).stdio;
  if (options.input) {
    options.stdio[0] = Object.assign({}, options.stdio[0], { input: options.input });
  }
  for (var i = 0; i < options.stdio.length; i++) {
    var input = options.stdio[i] && options.stdio[i].input;
    if (input != null) {
      var pipe = options.stdio[i] = Object.assign({}, options.stdio[i]);
      if (typeof input === 'string') {
        pipe.input = Buffer.from(input, options.encoding && options.encoding !== 'buffer' ? options.encoding : 'utf8');
      } else if (ArrayBuffer.isView(input)) {
        pipe.input = input;
      } else {
        throw new ERR_INVALID_ARG_TYPE('options.stdio[' + i + ']', ['Buffer', 'TypedArray', 'DataView', 'string'], input);
      }
    }
  }
  return internal.spawnSync(options);
}

function checkExecSyncError(ret, args, cmd) {
  var err;
  if (ret.error) {
    err = ret.error;
    Object.assign(err, ret);
  } else if (ret.status !== 0) {
    var msg = 'Command failed: ';
    msg += cmd || args.join(' ');
    if (ret.stderr && ret.stderr.length > 0) msg += '\n' + ret.stderr.toString();
    err = genericNodeError(msg, ret);
  }
  return err;
}

function execFileSync(file, args, options) {
  var n = normalizeExecFileArgs(file, args, options);
  var inheritStderr = !n.options.stdio;
  var ret = spawnSync(n.file, n.args, n.options);
  if (inheritStderr && ret.stderr) process.stderr.write(ret.stderr);
  var errArgs = [n.options.argv0 || n.file].concat(n.args);
  var err = checkExecSyncError(ret, errArgs);
  if (err) throw err;
  return ret.stdout;
}

function execSync(command, options) {
  var opts = normalizeExecArgs(command, options, null);
  var inheritStderr = !opts.options.stdio;
  var ret = spawnSync(opts.file, opts.options);
  if (inheritStderr && ret.stderr) process.stderr.write(ret.stderr);
  var err = checkExecSyncError(ret, undefined, command);
  if (err) throw err;
  return ret.stdout;
}

module.exports = {
  _forkChild: _forkChild,
  ChildProcess: ChildProcess,
  exec: exec,
  execFile: execFile,
  execFileSync: execFileSync,
  execSync: execSync,
  fork: fork,
  spawn: spawn,
  spawnSync: spawnSync
};
