'use strict';

// ChildProcess and the IPC channel (Node's lib/internal/child_process.js,
// Node 20's behaviour, written anew in ES5).
//
// A ChildProcess owns a Process handle (modules/native/process_wrap.cpp).
// spawn() turns the stdio option into libuv's form: 'pipe' entries get a
// Pipe handle that libuv connects to the child, and each becomes a
// net.Socket (stdin writable, stdout/stderr readable); 'ipc' is a Pipe of the
// IPC type, and the child learns its fd from NODE_CHANNEL_FD.
//
// The order of the last events is Node's: the exit callback (poll phase)
// emits 'exit' (code, signal) at once; 'close' waits until the exit AND
// every stdio pipe and the IPC channel have closed (maybeClose counts them),
// so it comes after 'exit' and after the last 'data'.
//
// IPC (setupChannel): messages are JSON, one per line (Node's default 'json'
// serialization), written with writeUtf8String; a handle (a server or a
// socket) travels with its message ({ cmd: 'NODE_HANDLE', type, msg }) over
// the pipe as SCM_RIGHTS ancillary data (uv_write2), and the receiver
// acknowledges it (NODE_HANDLE_ACK) before the next handle is sent. Received
// messages are emitted on a next tick; internal ones (cmd 'NODE_...') as
// 'internalMessage'. A channel keeps the loop alive in the parent; in a
// forked child it is unref'd until a 'message' or 'disconnect' listener
// exists (control.refCounted), so a child that only sends can exit.
// Every message sent and received is recorded (ipc.send, ipc.recv).

var EventEmitter = require('events');
var net = require('net');
var errors = require('internal/errors');
var uvErrors = require('internal/uv_errors');
var trace = require('internal/trace');
var asyncIds = require('internal/async_ids');
var commons = require('internal/stream_base_commons');
var getSocketList = require('internal/socket_list').getSocketList;
var StringDecoder = require('string_decoder').StringDecoder;
var processWrap = internalBinding('process_wrap');
var pipeBinding = internalBinding('pipe_wrap');
var tcpBinding = internalBinding('tcp_wrap');

var Process = processWrap.Process;
var Pipe = pipeBinding.Pipe;
var PipeConstants = pipeBinding.constants;
var TCP = tcpBinding.TCP;
var uv = uvErrors.uv;
var errnoException = uvErrors.errnoException;
var codes = errors.codes;
var streamState = commons.streamState;
var kLastWriteWasAsync = commons.kLastWriteWasAsync;
var tracing = trace.enabled;
var K = trace.kinds;

var ERR_INVALID_ARG_TYPE = codes.ERR_INVALID_ARG_TYPE;
var ERR_INVALID_ARG_VALUE = codes.ERR_INVALID_ARG_VALUE;
var ERR_MISSING_ARGS = codes.ERR_MISSING_ARGS;
var ERR_UNKNOWN_SIGNAL = codes.ERR_UNKNOWN_SIGNAL;
var ERR_IPC_CHANNEL_CLOSED = errors.registerCode('ERR_IPC_CHANNEL_CLOSED', 'Channel closed', Error);
var ERR_IPC_DISCONNECTED = errors.registerCode('ERR_IPC_DISCONNECTED', 'IPC channel is already disconnected', Error);
var ERR_IPC_ONE_PIPE = errors.registerCode('ERR_IPC_ONE_PIPE', 'Child process can have only one IPC pipe', Error);
var ERR_IPC_SYNC_FORK = errors.registerCode('ERR_IPC_SYNC_FORK', 'IPC cannot be used with synchronous forks', Error);
var ERR_INVALID_HANDLE_TYPE = errors.registerCode('ERR_INVALID_HANDLE_TYPE', 'This handle type cannot be sent', TypeError);
var ERR_INVALID_SYNC_FORK_INPUT = errors.registerCode('ERR_INVALID_SYNC_FORK_INPUT',
  'Asynchronous forks do not support Buffer, TypedArray, DataView or string input: %s', TypeError);

var MAX_HANDLE_RETRANSMISSIONS = 3;

function nop() {}

var signalsTable;
function signals() {
  if (signalsTable === undefined) signalsTable = require('os').constants.signals;
  return signalsTable;
}

function convertToValidSignal(signal) {
  if (typeof signal === 'number') {
    var table = signals();
    for (var name in table) {
      if (table[name] === signal) return signal;
    }
  } else if (typeof signal === 'string') {
    var n = signals()[signal.toUpperCase()];
    if (n) return n;
  }
  throw new ERR_UNKNOWN_SIGNAL(signal);
}

// --- ChildProcess -------------------------------------------------------------------

function ChildProcess() {
  EventEmitter.call(this);
  this._closesNeeded = 1;
  this._closesGot = 0;
  this.connected = false;
  this.signalCode = null;
  this.exitCode = null;
  this.killed = false;
  this.spawnfile = null;
  this._handle = new Process();
  this._handle.owner = this;
  var self = this;
  this._handle.onexit = function (exitCode, signalCode) {
    if (signalCode) self.signalCode = signalCode;
    else self.exitCode = exitCode;
    if (self.stdin) self.stdin.destroy();
    if (self._handle) {
      self._handle.close();
      self._handle = null;
    }
    if (exitCode < 0) {
      var syscall = self.spawnfile ? 'spawn ' + self.spawnfile : 'spawn';
      var err = errnoException(exitCode, syscall);
      if (self.spawnfile) err.path = self.spawnfile;
      err.spawnargs = self.spawnargs.slice(1);
      self.emit('error', err);
    } else {
      self.emit('exit', self.exitCode, self.signalCode);
    }
    process.nextTick(flushStdio, self);
    maybeClose(self);
  };
}
Object.setPrototypeOf(ChildProcess.prototype, EventEmitter.prototype);
Object.setPrototypeOf(ChildProcess, EventEmitter);

function flushStdio(subprocess) {
  var stdio = subprocess.stdio;
  if (stdio == null) return;
  for (var i = 0; i < stdio.length; i++) {
    var stream = stdio[i];
    if (!stream || !stream.readable || stream._isUsedInChildProcess) continue;
    stream.resume();
  }
}

function createSocket(pipe, readable) {
  return net.Socket({ handle: pipe, readable: readable });
}

function getHandleWrapType(stream) {
  if (stream instanceof Pipe) return 'pipe';
  if (stream instanceof TCP) return 'tcp';
  return false;
}

function stdioStringToArray(stdio, channel) {
  var options = [];
  switch (stdio) {
    case 'ignore':
    case 'overlapped':
    case 'pipe': options.push(stdio, stdio, stdio); break;
    case 'inherit': options.push(0, 1, 2); break;
    default: throw new ERR_INVALID_ARG_VALUE('stdio', stdio);
  }
  if (channel) options.push(channel);
  return options;
}

function getValidStdio(stdio, sync) {
  var ipc;
  var ipcFd;
  if (typeof stdio === 'string') {
    stdio = stdioStringToArray(stdio);
  } else if (!Array.isArray(stdio)) {
    throw new ERR_INVALID_ARG_VALUE('stdio', stdio);
  }
  stdio = stdio.slice();
  while (stdio.length < 3) stdio.push(undefined);
  var acc = [];
  function cleanup() {
    for (var j = 0; j < acc.length; j++) {
      if ((acc[j].type === 'pipe' || acc[j].type === 'overlapped') && acc[j].handle) acc[j].handle.close();
    }
  }
  for (var i = 0; i < stdio.length; i++) {
    var s = stdio[i];
    if (s == null) s = i < 3 ? 'pipe' : 'ignore';
    if (s === 'ignore') {
      acc.push({ type: 'ignore' });
    } else if (s === 'pipe' || s === 'overlapped' || (typeof s === 'number' && s < 0)) {
      var a = { type: s === 'overlapped' ? 'overlapped' : 'pipe', readable: i === 0, writable: i !== 0 };
      if (!sync) a.handle = new Pipe(PipeConstants.SOCKET);
      acc.push(a);
    } else if (s === 'ipc') {
      if (sync || ipc !== undefined) {
        cleanup();
        if (!sync) throw new ERR_IPC_ONE_PIPE();
        throw new ERR_IPC_SYNC_FORK();
      }
      ipc = new Pipe(PipeConstants.IPC);
      ipcFd = i;
      acc.push({ type: 'pipe', handle: ipc, ipc: true });
    } else if (s === 'inherit') {
      acc.push({ type: 'inherit', fd: i });
    } else if (typeof s === 'number' || typeof s.fd === 'number') {
      acc.push({ type: 'fd', fd: typeof s === 'number' ? s : s.fd });
    } else if (getHandleWrapType(s) || getHandleWrapType(s.handle) || getHandleWrapType(s._handle)) {
      var handle = getHandleWrapType(s) ? s : getHandleWrapType(s.handle) ? s.handle : s._handle;
      acc.push({ type: 'wrap', wrapType: getHandleWrapType(handle), handle: handle, _stdio: s });
    } else if (ArrayBuffer.isView(s) || typeof s === 'string') {
      if (!sync) {
        cleanup();
        throw new ERR_INVALID_SYNC_FORK_INPUT(require('util').inspect(s));
      }
      acc.push({ type: 'pipe', readable: i === 0, writable: i !== 0, input: s });
    } else {
      cleanup();
      throw new ERR_INVALID_ARG_VALUE('stdio', s);
    }
  }
  return { stdio: acc, ipc: ipc, ipcFd: ipcFd };
}

ChildProcess.prototype.spawn = function (options) {
  if (options === null || typeof options !== 'object') {
    throw new ERR_INVALID_ARG_TYPE('options', 'Object', options);
  }
  var stdio = options.stdio || 'pipe';
  stdio = getValidStdio(stdio, false);
  var ipc = stdio.ipc;
  var ipcFd = stdio.ipcFd;
  stdio = options.stdio = stdio.stdio;
  var serialization = options.serialization || 'json';
  if (serialization !== 'json' && serialization !== 'advanced') {
    throw new ERR_INVALID_ARG_VALUE('options.serialization', serialization,
      "must be one of: undefined, 'json', 'advanced'");
  }
  if (ipc !== undefined) {
    if (options.envPairs === undefined) options.envPairs = [];
    options.envPairs.push('NODE_CHANNEL_FD=' + ipcFd);
    // 'advanced' (V8's serializer) does not exist here: both sides speak JSON.
    options.envPairs.push('NODE_CHANNEL_SERIALIZATION_MODE=json');
  }
  if (typeof options.file !== 'string') {
    throw new ERR_INVALID_ARG_TYPE('options.file', 'string', options.file);
  }
  this.spawnfile = options.file;
  this.spawnargs = options.args === undefined ? [] : options.args;

  var err = this._handle.spawn(options);
  if (err === uv.UV_EACCES || err === uv.UV_EAGAIN || err === uv.UV_EMFILE ||
      err === uv.UV_ENFILE || err === uv.UV_ENOENT) {
    process.nextTick(onErrorNT, this, err);
    if (err === uv.UV_EMFILE || err === uv.UV_ENFILE) return err;
  } else if (err) {
    this._handle.close();
    this._handle = null;
    throw errnoException(err, 'spawn');
  } else {
    process.nextTick(onSpawnNT, this);
  }

  this.pid = this._handle.pid;
  var self = this;
  for (var i = 0; i < stdio.length; i++) {
    var stream = stdio[i];
    if (stream.type === 'ignore') continue;
    if (stream.ipc) {
      this._closesNeeded++;
      continue;
    }
    if (stream.type === 'wrap') {
      stream.handle.reading = false;
      stream.handle.readStop();
      if (stream._stdio && typeof stream._stdio.pause === 'function') {
        stream._stdio.pause();
        stream._stdio.readableFlowing = false;
        stream._stdio._readableState.reading = false;
        stream._stdio._isUsedInChildProcess = true;
      }
      continue;
    }
    if (stream.handle) {
      stream.socket = createSocket(this.pid !== 0 ? stream.handle : null, i > 0);
      if (i > 0 && this.pid !== 0) {
        this._closesNeeded++;
        stream.socket.on('close', function () { maybeClose(self); });
      }
    }
  }
  this.stdin = stdio.length >= 1 && stdio[0].socket !== undefined ? stdio[0].socket : null;
  this.stdout = stdio.length >= 2 && stdio[1].socket !== undefined ? stdio[1].socket : null;
  this.stderr = stdio.length >= 3 && stdio[2].socket !== undefined ? stdio[2].socket : null;
  var streams = [];
  for (i = 0; i < stdio.length; i++) streams.push(stdio[i].socket === undefined ? null : stdio[i].socket);
  this.stdio = streams;
  if (ipc !== undefined) setupChannel(this, ipc, serialization);
  return err;
};

function onSpawnNT(self) {
  self.emit('spawn');
}

function onErrorNT(self, err) {
  self._handle.onexit(err);
}

ChildProcess.prototype.kill = function (sig) {
  var signal = sig === 0 ? sig : convertToValidSignal(sig === undefined ? 'SIGTERM' : sig);
  if (this._handle) {
    var err = this._handle.kill(signal);
    if (err === 0) {
      this.killed = true;
      return true;
    }
    if (err === uv.UV_ESRCH) {
      // Already dead.
    } else if (err === uv.UV_EINVAL || err === uv.UV_ENOSYS) {
      throw errnoException(err, 'kill');
    } else {
      this.emit('error', errnoException(err, 'kill'));
    }
  }
  return false;
};

ChildProcess.prototype.ref = function () {
  if (this._handle) this._handle.ref();
};

ChildProcess.prototype.unref = function () {
  if (this._handle) this._handle.unref();
};

function maybeClose(subprocess) {
  subprocess._closesGot++;
  if (subprocess._closesGot === subprocess._closesNeeded) {
    subprocess.emit('close', subprocess.exitCode, subprocess.signalCode);
  }
}

// --- handles over IPC ---------------------------------------------------------------

var handleConversion = {
  'net.Native': {
    simultaneousAccepts: true,
    send: function (message, handle) { return handle; },
    got: function (message, handle, emit) { emit(handle); }
  },
  'net.Server': {
    simultaneousAccepts: true,
    send: function (message, server) { return server._handle; },
    got: function (message, handle, emit) {
      var server = new net.Server();
      server.listen(handle, function () { emit(server); });
    }
  },
  'net.Socket': {
    send: function (message, socket, options) {
      if (!socket._handle) return undefined;
      if (socket.server) {
        // The child keeps count of the server's sockets it got
        // (internal/socket_list.js): the server's close() waits for them.
        message.key = socket.server._connectionKey;
        var firstTime = !this._channelHandle.sockets.send[message.key];
        var socketList = getSocketList('send', this, message.key);
        if (firstTime) socket.server._setupWorker(socketList);
        if (!options.keepOpen) socket.server._connections--;
      }
      var handle = socket._handle;
      if (!options.keepOpen) {
        handle.onread = nop;
        socket._handle = null;
        socket.setTimeout(0);
      }
      return handle;
    },
    postSend: function (message, handle, options, callback, target) {
      if (handle && !options.keepOpen) {
        if (target) {
          target._pendingMessage = { callback: callback, message: message, handle: handle,
            options: options, retransmissions: 0 };
        } else {
          handle.close();
        }
      }
    },
    got: function (message, handle, emit) {
      var socket = new net.Socket({ handle: handle, readable: true, writable: true });
      if (message.key) getSocketList('got', this, message.key).add({ socket: socket });
      emit(socket);
    }
  }
};

function closePendingHandle(target) {
  target._pendingMessage.handle.close();
  target._pendingMessage = null;
}

// The channel's keep-alive: counted refs (pending writes; in a forked child,
// 'message'/'disconnect' listeners) and explicit ref()/unref().
function Control(channel) {
  EventEmitter.call(this);
  this._channel = channel;
  this._refs = 0;
  this._refExplicitlySet = false;
  this._pendingMessages = [];
}
Object.setPrototypeOf(Control.prototype, EventEmitter.prototype);

Control.prototype.refCounted = function () {
  if (++this._refs === 1 && !this._refExplicitlySet) this._channel.ref();
};

Control.prototype.unrefCounted = function () {
  if (--this._refs === 0 && !this._refExplicitlySet) {
    this._channel.unref();
    this.emit('unref');
  }
};

Control.prototype.ref = function () {
  this._refExplicitlySet = true;
  this._channel.ref();
};

Control.prototype.unref = function () {
  this._refExplicitlySet = true;
  this._channel.unref();
};

Object.defineProperty(Control.prototype, 'fd', {
  configurable: true,
  get: function () { return this._channel ? this._channel.getFd() : undefined; }
});

function isInternal(message) {
  return message !== null && typeof message === 'object' && typeof message.cmd === 'string' &&
    message.cmd.length > 4 && message.cmd.slice(0, 5) === 'NODE_';
}

function internalCmd(message) {
  return isInternal(message) ? message.cmd : '';
}

function setupChannel(target, channel, serializationMode) {
  var control = new Control(channel);
  target.channel = control;
  target._channelHandle = channel;
  target._handleQueue = null;
  target._pendingMessage = null;
  var channelId = channel.getAsyncId();

  var decoder;
  var jsonBuffer = '';
  channel.buffering = false;
  channel.pendingHandle = null;
  channel.sockets = { got: {}, send: {} };
  channel.onread = function (nread, buf, recvHandle) {
    if (nread > 0) {
      if (decoder === undefined) decoder = new StringDecoder('utf8');
      var chunks = decoder.write(buf).split('\n');
      var numCompleteChunks = chunks.length - 1;
      var incompleteChunk = chunks[numCompleteChunks];
      if (numCompleteChunks === 0) {
        jsonBuffer += incompleteChunk;
        channel.buffering = jsonBuffer.length !== 0;
        return;
      }
      chunks[0] = jsonBuffer + chunks[0];
      for (var i = 0; i < numCompleteChunks; i++) {
        var message = JSON.parse(chunks[i]);
        var internal = isInternal(message);
        var withHandle = internal && message.cmd === 'NODE_HANDLE' && recvHandle !== undefined;
        if (tracing) {
          trace.emit(K['ipc.recv'], channelId, asyncIds.executionAsyncId(), chunks[i].length + 1,
            withHandle, internal ? message.cmd : '');
        }
        if (internal) {
          if (message.cmd === 'NODE_HANDLE') {
            handleMessage(message, recvHandle, true);
            recvHandle = undefined;
          } else {
            handleMessage(message, undefined, true);
          }
        } else {
          handleMessage(message, undefined, false);
        }
      }
      jsonBuffer = incompleteChunk;
      channel.buffering = jsonBuffer.length !== 0;
    } else if (nread < 0) {
      channel.buffering = false;
      target.disconnect();
      channel.onread = nop;
      channel.close();
      target.channel = null;
      maybeClose(target);
    }
  };

  target.on('internalMessage', function (message, handle) {
    if (message.cmd === 'NODE_HANDLE_ACK' || message.cmd === 'NODE_HANDLE_NACK') {
      if (target._pendingMessage) {
        if (message.cmd === 'NODE_HANDLE_ACK') {
          closePendingHandle(target);
        } else if (target._pendingMessage.retransmissions++ === MAX_HANDLE_RETRANSMISSIONS) {
          closePendingHandle(target);
          process.emitWarning('Handle did not reach the receiving process correctly',
            'SentHandleNotReceivedWarning');
        }
      }
      var queue = target._handleQueue || [];
      target._handleQueue = null;
      if (target._pendingMessage) {
        var pm = target._pendingMessage;
        target._send(pm.message, pm.handle, pm.options, pm.callback);
      }
      for (var i = 0; i < queue.length; i++) {
        var args = queue[i];
        target._send(args.message, args.handle, args.options, args.callback);
      }
      if (!target.connected && target.channel && !target._handleQueue) target._disconnect();
      return;
    }
    if (message.cmd !== 'NODE_HANDLE') return;
    if (!handle) return target._send({ cmd: 'NODE_HANDLE_NACK' }, null, true);
    target._send({ cmd: 'NODE_HANDLE_ACK' }, null, true);
    var obj = handleConversion[message.type];
    obj.got.call(this, message, handle, function (h) {
      handleMessage(message.msg, h, isInternal(message.msg));
    });
  });

  target.on('newListener', function () {
    process.nextTick(function () {
      if (!target.channel || !target.listenerCount('message')) return;
      var messages = target.channel._pendingMessages;
      var length = messages.length;
      if (!length) return;
      for (var i = 0; i < length; i++) target.emit.apply(target, messages[i]);
      target.channel._pendingMessages = [];
    });
  });

  target.send = function (message, handle, options, callback) {
    if (typeof handle === 'function') {
      callback = handle;
      handle = undefined;
      options = undefined;
    } else if (typeof options === 'function') {
      callback = options;
      options = undefined;
    } else if (options !== undefined && (options === null || typeof options !== 'object')) {
      throw new ERR_INVALID_ARG_TYPE('options', 'Object', options);
    }
    options = Object.assign({ swallowErrors: false }, options);
    if (this.connected) return this._send(message, handle, options, callback);
    var ex = new ERR_IPC_CHANNEL_CLOSED();
    var self = this;
    if (typeof callback === 'function') process.nextTick(callback, ex);
    else process.nextTick(function () { self.emit('error', ex); });
    return false;
  };

  target._send = function (message, handle, options, callback) {
    if (message === undefined) throw new ERR_MISSING_ARGS('message');
    if (typeof message !== 'string' && typeof message !== 'object' && typeof message !== 'number' &&
        typeof message !== 'boolean') {
      throw new ERR_INVALID_ARG_TYPE('message', ['string', 'object', 'number', 'boolean'], message);
    }
    if (typeof options === 'boolean') options = { swallowErrors: options };
    var obj;
    if (handle) {
      message = { cmd: 'NODE_HANDLE', type: null, msg: message };
      if (handle instanceof net.Socket) message.type = 'net.Socket';
      else if (handle instanceof net.Server) message.type = 'net.Server';
      else if (handle instanceof TCP || handle instanceof Pipe) message.type = 'net.Native';
      else throw new ERR_INVALID_HANDLE_TYPE();
      if (this._handleQueue) {
        this._handleQueue.push({ callback: callback, handle: handle, options: options, message: message.msg });
        if (tracing) {
          trace.emit(K['ipc.send'], channelId, asyncIds.executionAsyncId(), 0, true, 'NODE_HANDLE', true);
        }
        return this._handleQueue.length === 1;
      }
      obj = handleConversion[message.type];
      handle = obj.send.call(target, message, handle, options);
      if (!handle) message = message.msg;
    } else if (this._handleQueue && !(message && (message.cmd === 'NODE_HANDLE_ACK' ||
        message.cmd === 'NODE_HANDLE_NACK'))) {
      this._handleQueue.push({ callback: callback, handle: null, options: options, message: message });
      if (tracing) {
        trace.emit(K['ipc.send'], channelId, asyncIds.executionAsyncId(), 0, false, internalCmd(message), true);
      }
      return this._handleQueue.length === 1;
    }
    var req = new commons.WriteWrap(channel, undefined);
    var string = JSON.stringify(message) + '\n';
    if (tracing) {
      trace.emit(K['ipc.send'], channelId, asyncIds.executionAsyncId(), string.length, !!handle,
        internalCmd(message), false);
    }
    var err = channel.writeUtf8String(req, string, handle);
    var wasAsyncWrite = streamState[kLastWriteWasAsync] !== 0;
    if (err === 0) {
      if (handle) {
        if (!this._handleQueue) this._handleQueue = [];
        if (obj && obj.postSend) obj.postSend(message, handle, options, callback, target);
      }
      if (wasAsyncWrite) {
        req.oncomplete = function () {
          control.unrefCounted();
          if (typeof callback === 'function') callback(null);
        };
        control.refCounted();
      } else if (typeof callback === 'function') {
        process.nextTick(callback, null);
      }
    } else {
      if (obj && obj.postSend) obj.postSend(message, handle, options, callback);
      if (!options.swallowErrors) {
        var ex = errnoException(err, 'write');
        var self = this;
        if (typeof callback === 'function') process.nextTick(callback, ex);
        else process.nextTick(function () { self.emit('error', ex); });
      }
    }
    return channel.getWriteQueueSize() < 65536 * 2;
  };

  target.connected = true;

  target.disconnect = function () {
    if (!this.connected) {
      this.emit('error', new ERR_IPC_DISCONNECTED());
      return;
    }
    this.connected = false;
    if (!this._handleQueue) this._disconnect();
  };

  target._disconnect = function () {
    this.channel = null;
    this._channelHandle = null;
    if (this._pendingMessage) closePendingHandle(this);
    var fired = false;
    function finish() {
      if (fired) return;
      fired = true;
      if (tracing) trace.emit(K['ipc.disconnect'], channelId, asyncIds.executionAsyncId());
      channel.close();
      target.emit('disconnect');
    }
    if (channel.buffering) {
      this.once('message', finish);
      this.once('internalMessage', finish);
      return;
    }
    process.nextTick(finish);
  };

  function emit(event, message, handle) {
    if (event === 'internalMessage' || target.listenerCount('message')) {
      target.emit(event, message, handle);
      return;
    }
    target.channel._pendingMessages.push([event, message, handle]);
  }

  function handleMessage(message, handle, internal) {
    if (!target.channel) return;
    process.nextTick(emit, internal ? 'internalMessage' : 'message', message, handle);
  }

  channel.readStart();
  return control;
}

// --- spawnSync ------------------------------------------------------------------------

function spawnSync(options) {
  var result = internalBinding('spawn_sync').spawn(options);
  if (result.output && options.encoding && options.encoding !== 'buffer') {
    for (var i = 0; i < result.output.length; i++) {
      if (!result.output[i]) continue;
      result.output[i] = result.output[i].toString(options.encoding);
    }
  }
  result.stdout = result.output && result.output[1];
  result.stderr = result.output && result.output[2];
  if (result.error) {
    result.error = errnoException(result.error, 'spawnSync ' + options.file);
    result.error.path = options.file;
    result.error.spawnargs = options.args.slice(1);
  }
  return result;
}

module.exports = {
  ChildProcess: ChildProcess,
  setupChannel: setupChannel,
  getValidStdio: getValidStdio,
  stdioStringToArray: stdioStringToArray,
  spawnSync: spawnSync,
  convertToValidSignal: convertToValidSignal,
  isInternal: isInternal
};
