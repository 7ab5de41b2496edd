'use strict';

// The net module (Node's lib/net.js, Node 20's behaviour, written anew in
// ES5): TCP and Unix-socket clients and servers.
//
// A Socket is a Duplex over a native handle (TCP or Pipe, modules/native/
// tcp_wrap.cpp and pipe_wrap.cpp):
//   - reading starts when the stream is read from; each chunk libuv reads is
//     pushed (internal/stream_base_commons.js onStreamRead), and push()
//     returning false stops the handle reading (backpressure);
//   - write() goes to _write -> handle.writeBuffer/writeUtf8String; a write
//     the kernel takes at once completes synchronously, a queued one in the
//     poll phase;
//   - end() runs _final -> handle.shutdown (FIN); 'finish' follows its
//     completion;
//   - sockets do not allow half-open connections by default: when the other
//     side ends, the socket ends too, and autoDestroy destroys it once both
//     sides are done;
//   - destroy() closes the handle, and 'close' (hadError) is emitted from
//     the handle's close callback: in the loop's *close phase* (the lesson
//     eventloop/l07_close_phase shows it).
// A Server owns a listening handle; each accepted connection
// (handle.onconnection, poll phase) becomes a Socket and a 'connection'
// event. 'listening' and the server's 'close' are emitted on a next tick.
// In a cluster worker, listen() asks the primary for the handle instead
// (internal/cluster/child.js).

var EventEmitter = require('events');
var stream = require('stream');
var errors = require('internal/errors');
var uvErrors = require('internal/uv_errors');
var internalNet = require('internal/net');
var commons = require('internal/stream_base_commons');
var timers = require('timers');
var tcpBinding = internalBinding('tcp_wrap');
var pipeBinding = internalBinding('pipe_wrap');

var TCP = tcpBinding.TCP;
var TCPConstants = tcpBinding.constants;
var Pipe = pipeBinding.Pipe;
var PipeConstants = pipeBinding.constants;
var uv = uvErrors.uv;
var errnoException = uvErrors.errnoException;
var exceptionWithHostPort = uvErrors.exceptionWithHostPort;
var uvExceptionWithHostPort = uvErrors.uvExceptionWithHostPort;
var isIP = internalNet.isIP;
var writeGeneric = commons.writeGeneric;
var writevGeneric = commons.writevGeneric;
var onStreamRead = commons.onStreamRead;
var codes = errors.codes;
var Duplex = stream.Duplex;

var ERR_INVALID_ARG_TYPE = codes.ERR_INVALID_ARG_TYPE;
var ERR_INVALID_ARG_VALUE = codes.ERR_INVALID_ARG_VALUE;
var ERR_SOCKET_BAD_PORT = errors.registerCode('ERR_SOCKET_BAD_PORT', function (name, port, allowZero) {
  var operator = allowZero === false ? '>' : '>=';
  return name + ' should be ' + operator + ' 0 and < 65536. Received ' +
    errors.determineSpecificType(port) + '.';
}, RangeError);
var ERR_SOCKET_CLOSED = errors.registerCode('ERR_SOCKET_CLOSED', 'Socket is closed', Error);
var ERR_SOCKET_CLOSED_BEFORE_CONNECTION = errors.registerCode('ERR_SOCKET_CLOSED_BEFORE_CONNECTION',
  'Socket closed before the connection was established', Error);
var ERR_SERVER_ALREADY_LISTEN = errors.registerCode('ERR_SERVER_ALREADY_LISTEN',
  'Listen method has been called more than once without closing.', Error);
var ERR_SERVER_NOT_RUNNING = errors.registerCode('ERR_SERVER_NOT_RUNNING', 'Server is not running.', Error);
var ERR_MISSING_ARGS = codes.ERR_MISSING_ARGS;
var EPIPE_AFTER_END = 'This socket has been ended by the other party';

var DEFAULT_IPV4_ADDR = '0.0.0.0';
var DEFAULT_IPV6_ADDR = '::';

var cluster;  // loaded by the first listen()
var dns;

function noop() {}

// --- argument normalisation ---------------------------------------------------------

function isPipeName(s) {
  return typeof s === 'string' && toNumber(s) === false;
}

function toNumber(x) {
  return (x = Number(x)) >= 0 ? x : false;
}

function validatePort(port, name, allowZero) {
  if (name === undefined) name = 'Port';
  if ((typeof port !== 'number' && typeof port !== 'string') ||
      (typeof port === 'string' && port.trim().length === 0) ||
      +port !== (+port >>> 0) || port > 0xFFFF || (port === 0 && allowZero === false)) {
    throw new ERR_SOCKET_BAD_PORT(name, port, allowZero);
  }
  return port | 0;
}

// [options, cb] from the many forms of connect() and listen().
function normalizeArgs(args) {
  var arr;
  if (args.length === 0) {
    arr = [{}, null];
    return arr;
  }
  var arg0 = args[0];
  var options = {};
  if (typeof arg0 === 'object' && arg0 !== null) {
    options = arg0;
  } else if (isPipeName(arg0)) {
    options.path = arg0;
  } else {
    options.port = arg0;
    if (args.length > 1 && typeof args[1] === 'string') options.host = args[1];
  }
  var cb = args[args.length - 1];
  if (typeof cb !== 'function') return [options, null];
  return [options, cb];
}

// --- Socket -------------------------------------------------------------------------

function initSocketHandle(self) {
  self._undestroy();
  self._sockname = null;
  if (self._handle) {
    self._handle.owner = self;
    self._handle.onread = onStreamRead;
    self._handle.reading = false;
  }
}

function Socket(options) {
  if (!(this instanceof Socket)) return new Socket(options);
  this.connecting = false;
  this._hadError = false;
  this._handle = null;
  this._parent = null;
  this._host = null;
  this._peername = null;
  this._sockname = null;
  this._timeout = null;
  this._timeoutMs = 0;
  this._lastWriteQueueSize = 0;
  this._setNoDelay = false;
  this._setKeepAlive = false;
  this._setKeepAliveInitialDelay = 0;

  if (typeof options === 'number') {
    options = { fd: options };
  } else {
    options = Object.assign({}, options);
  }
  options.allowHalfOpen = Boolean(options.allowHalfOpen);
  // Sockets emit 'close' themselves, from the handle's close callback.
  options.emitClose = false;
  options.autoDestroy = true;
  options.decodeStrings = false;
  Duplex.call(this, options);

  if (options.handle) {
    this._handle = options.handle;
  } else if (options.fd !== undefined) {
    this._handle = createHandle(options.fd, false);
    var err = this._handle.open(options.fd);
    if (err) throw errnoException(err, 'open');
  }

  this.on('end', onReadableStreamEnd);
  initSocketHandle(this);
  this._pendingData = null;
  this._pendingEncoding = '';

  if (this._handle && options.readable !== false) {
    if (options.pauseOnCreate) {
      this._handle.reading = false;
      this._handle.readStop();
      this.readableFlowing = false;
    } else if (!options.manualStart) {
      this.read(0);
    }
  }
  this.server = null;
  this._server = null;
  this._bytesRead = 0;
  this._bytesWritten = 0;
}
Object.setPrototypeOf(Socket.prototype, Duplex.prototype);
Object.setPrototypeOf(Socket, Duplex);

function onReadableStreamEnd() {
  if (!this.allowHalfOpen) this.write = writeAfterFIN;
}

function writeAfterFIN(chunk, encoding, cb) {
  if (!this.writableEnded) return Duplex.prototype.write.call(this, chunk, encoding, cb);
  if (typeof encoding === 'function') {
    cb = encoding;
    encoding = null;
  }
  var er = new Error(EPIPE_AFTER_END);
  er.code = 'EPIPE';
  if (typeof cb === 'function') process.nextTick(cb, er);
  this.destroy(er);
  return false;
}

function createHandle(fd, isServer) {
  var type = internalBinding('stdio').guessHandleType(fd);
  if (type === 'PIPE') return new Pipe(isServer ? PipeConstants.SERVER : PipeConstants.SOCKET);
  if (type === 'TCP') return new TCP(isServer ? TCPConstants.SERVER : TCPConstants.SOCKET);
  var E = errors.registerCode('ERR_INVALID_FD_TYPE', 'Unsupported fd type: %s', TypeError);
  throw new E(type);
}

Socket.prototype._unrefTimer = function _unrefTimer() {
  for (var s = this; s !== null; s = s._parent) {
    if (s._timeout !== null) s._timeout.refresh();
  }
};

Socket.prototype.setTimeout = function setTimeout(msecs, callback) {
  if (this.destroyed) return this;
  this.timeout = msecs;
  msecs = Number(msecs);
  if (this._timeout !== null) {
    timers.clearTimeout(this._timeout);
    this._timeout = null;
  }
  if (msecs === 0 || !(msecs > 0)) {
    if (callback !== undefined) this.removeListener('timeout', callback);
    return this;
  }
  var self = this;
  this._timeoutMs = msecs;
  this._timeout = timers.setTimeout(function () { self._onTimeout(); }, msecs);
  this._timeout.unref();
  if (callback !== undefined) this.once('timeout', callback);
  return this;
};

Socket.prototype._onTimeout = function () {
  var handle = this._handle;
  var lastWriteQueueSize = this._lastWriteQueueSize;
  if (lastWriteQueueSize > 0 && handle) {
    var writeQueueSize = handle.getWriteQueueSize();
    if (lastWriteQueueSize !== writeQueueSize) {
      this._lastWriteQueueSize = writeQueueSize;
      this._unrefTimer();
      return;
    }
  }
  this.emit('timeout');
};

function clearSocketTimeout(self) {
  if (self._timeout !== null) {
    timers.clearTimeout(self._timeout);
    self._timeout = null;
  }
}

Socket.prototype.setNoDelay = function (enable) {
  enable = Boolean(enable === undefined ? true : enable);
  if (!this._handle) {
    this._setNoDelay = enable;
    return this;
  }
  if (this._handle.setNoDelay && enable !== this._setNoDelay) {
    this._setNoDelay = enable;
    this._handle.setNoDelay(enable);
  }
  return this;
};

Socket.prototype.setKeepAlive = function (enable, initialDelayMsecs) {
  enable = Boolean(enable);
  var initialDelay = ~~((initialDelayMsecs || 0) / 1000);
  if (!this._handle) {
    this._setKeepAlive = enable;
    this._setKeepAliveInitialDelay = initialDelay;
    return this;
  }
  if (!this._handle.setKeepAlive) return this;
  if (enable !== this._setKeepAlive || (enable && this._setKeepAliveInitialDelay !== initialDelay)) {
    this._setKeepAlive = enable;
    this._setKeepAliveInitialDelay = initialDelay;
    this._handle.setKeepAlive(enable, initialDelay);
  }
  return this;
};

Socket.prototype.address = function () {
  return this._getsockname();
};

Object.defineProperty(Socket.prototype, '_connecting', {
  configurable: true,
  get: function () { return this.connecting; }
});

Object.defineProperty(Socket.prototype, 'pending', {
  configurable: true,
  get: function () { return !this._handle || this.connecting; }
});

Object.defineProperty(Socket.prototype, 'readyState', {
  configurable: true,
  get: function () {
    if (this.connecting) return 'opening';
    if (this.readable && this.writable) return 'open';
    if (this.readable && !this.writable) return 'readOnly';
    if (!this.readable && this.writable) return 'writeOnly';
    return 'closed';
  }
});

Object.defineProperty(Socket.prototype, 'bufferSize', {
  configurable: true,
  get: function () {
    if (this._handle) return this.writableLength;
    return undefined;
  }
});

Object.defineProperty(Socket.prototype, 'bytesRead', {
  configurable: true,
  get: function () { return this._handle ? this._handle.getBytesRead() : this._bytesRead; }
});

Object.defineProperty(Socket.prototype, 'bytesWritten', {
  configurable: true,
  get: function () {
    var written = this._handle ? this._handle.getBytesWritten() : this._bytesWritten;
    if (this._handle) {
      var state = this._writableState;
      written += state.length;
      if (this._pendingData) {
        written += typeof this._pendingData === 'string' ?
          require('buffer').Buffer.byteLength(this._pendingData, this._pendingEncoding) :
          this._pendingData.length;
      }
    }
    return written;
  }
});

Socket.prototype._getpeername = function () {
  if (!this._handle || !this._handle.getpeername || this.connecting) return this._peername || {};
  if (!this._peername) {
    var out = {};
    if (this._handle instanceof Pipe) return {};
    var err = this._handle.getpeername(out);
    if (err) return out;
    this._peername = out;
  }
  return this._peername;
};

Socket.prototype._getsockname = function () {
  if (!this._handle || !this._handle.getsockname) return {};
  if (this._handle instanceof Pipe) return {};
  if (!this._sockname) {
    var out = {};
    var err = this._handle.getsockname(out);
    if (err) return out;
    this._sockname = out;
  }
  return this._sockname;
};

function protoGetter(name, get) {
  Object.defineProperty(Socket.prototype, name, { configurable: false, enumerable: true, get: get });
}
protoGetter('remoteAddress', function () { return this._getpeername().address; });
protoGetter('remoteFamily', function () { return this._getpeername().family; });
protoGetter('remotePort', function () { return this._getpeername().port; });
protoGetter('localAddress', function () { return this._getsockname().address; });
protoGetter('localPort', function () { return this._getsockname().port; });
protoGetter('localFamily', function () { return this._getsockname().family; });

Socket.prototype._read = function (n) {
  if (this.connecting || !this._handle) {
    var self = this;
    this.once('connect', function () { self._read(n); });
  } else if (!this._handle.reading) {
    tryReadStart(this);
  }
};

function tryReadStart(socket) {
  socket._handle.reading = true;
  var err = socket._handle.readStart();
  if (err) socket.destroy(errnoException(err, 'read'));
}

Socket.prototype._final = function (cb) {
  if (this.pending && this.connecting) {
    var self = this;
    return this.once('connect', function () { self._final(cb); });
  }
  if (!this._handle) return cb();
  var req = { oncomplete: afterShutdown, handle: this._handle, callback: cb };
  var err = this._handle.shutdown(req);
  if (err === 1 || err === uv.UV_ENOTCONN) return cb();
  if (err !== 0) return cb(errnoException(err, 'shutdown'));
};

function afterShutdown() {
  this.callback();
}

Socket.prototype.end = function (data, encoding, callback) {
  Duplex.prototype.end.call(this, data, encoding, callback);
  return this;
};

Socket.prototype.destroySoon = function () {
  if (this.writable) this.end();
  if (this.writableFinished) this.destroy();
  else this.once('finish', this.destroy);
};

Socket.prototype._destroy = function (exception, cb) {
  clearSocketTimeout(this);
  if (this._handle) {
    var isException = exception ? true : false;
    var self = this;
    this._bytesRead = this._handle.getBytesRead();
    this._bytesWritten = this._handle.getBytesWritten();
    this._handle.close(function () {
      self.emit('close', isException);
    });
    this._handle.onread = noop;
    this._handle = null;
    this._sockname = null;
    cb(exception);
  } else {
    cb(exception);
    process.nextTick(emitCloseNT, this);
  }
  if (this._server) {
    this._server._connections--;
    if (this._server._emitCloseIfDrained) this._server._emitCloseIfDrained();
  }
};

function emitCloseNT(self) {
  self.emit('close', false);
}

Socket.prototype.resetAndDestroy = function () {
  if (this._handle && this._handle.reset) {
    var self = this;
    var handle = this._handle;
    this._handle = null;
    clearSocketTimeout(this);
    handle.onread = noop;
    handle.reset(function () { self.emit('close', false); });
    Duplex.prototype.destroy.call(this);
    return this;
  }
  return this.destroy();
};

Socket.prototype.pause = function () {
  return Duplex.prototype.pause.call(this);
};

Socket.prototype.resume = function () {
  return Duplex.prototype.resume.call(this);
};

Socket.prototype._writeGeneric = function (writev, data, encoding, cb) {
  if (this.connecting) {
    this._pendingData = data;
    this._pendingEncoding = encoding;
    var self = this;
    var onClose = function () { cb(new ERR_SOCKET_CLOSED_BEFORE_CONNECTION()); };
    this.once('connect', function () {
      self.removeListener('close', onClose);
      self._writeGeneric(writev, data, encoding, cb);
    });
    this.once('close', onClose);
    return;
  }
  this._pendingData = null;
  this._pendingEncoding = '';
  if (!this._handle) {
    cb(new ERR_SOCKET_CLOSED());
    return false;
  }
  if (this._timeout !== null) this._unrefTimer();
  var req = writev ? writevGeneric(this, data, cb) : writeGeneric(this, data, encoding, cb);
  if (req.async) this._lastWriteQueueSize = req.bytes;
};

Socket.prototype._writev = function (chunks, cb) {
  // Corked writes of UTF-8 strings (an HTTP head and body, say) go out as
  // one string: cheaper here than gathering chunks natively.
  var joined = '';
  for (var i = 0; i < chunks.length; i++) {
    var entry = chunks[i];
    var chunk = entry.chunk;
    if (typeof chunk !== 'string' ||
        !(chunk.length === 0 || entry.encoding === 'utf8' || entry.encoding === 'utf-8')) {
      joined = null;
      break;
    }
    joined += chunk;
  }
  if (joined !== null) this._writeGeneric(false, joined, 'utf8', cb);
  else this._writeGeneric(true, chunks, '', cb);
};

Socket.prototype._write = function (data, encoding, cb) {
  this._writeGeneric(false, data, encoding, cb);
};

Socket.prototype.ref = function () {
  if (!this._handle) {
    this.once('connect', this.ref);
    return this;
  }
  this._handle.ref();
  return this;
};

Socket.prototype.unref = function () {
  if (!this._handle) {
    this.once('connect', this.unref);
    return this;
  }
  this._handle.unref();
  return this;
};

// --- connect ------------------------------------------------------------------------

Socket.prototype.connect = function connect() {
  var args = new Array(arguments.length);
  for (var i = 0; i < arguments.length; i++) args[i] = arguments[i];
  var normalized;
  if (Array.isArray(args[0]) && args[0].normalized) {
    normalized = args[0];
  } else {
    normalized = normalizeArgs(args);
  }
  var options = normalized[0];
  var cb = normalized[1];

  if (this.write !== Socket.prototype.write) this.write = Socket.prototype.write;
  if (this.destroyed) {
    this._handle = null;
    this._peername = null;
    this._sockname = null;
    this._undestroy();
  }
  var path = options.path;
  var pipe = !!path;
  if (!this._handle) {
    this._handle = pipe ? new Pipe(PipeConstants.SOCKET) : new TCP(TCPConstants.SOCKET);
    initSocketHandle(this);
  }
  if (cb !== null) this.once('connect', cb);
  if (this._timeout !== null) this._unrefTimer();
  this.connecting = true;
  if (pipe) {
    require('internal/validators').validateString(path, 'options.path');
    internalConnect(this, path);
  } else {
    lookupAndConnect(this, options);
  }
  return this;
};

function lookupAndConnect(self, options) {
  var localAddress = options.localAddress;
  var localPort = options.localPort;
  var host = options.host || 'localhost';
  var port = options.port;
  if (localAddress && !isIP(localAddress)) {
    throw new ERR_INVALID_ARG_VALUE('options.localAddress', localAddress);
  }
  if (localPort && typeof localPort !== 'number') {
    throw new ERR_INVALID_ARG_TYPE('options.localPort', 'number', localPort);
  }
  if (typeof port !== 'undefined') {
    if (typeof port !== 'number' && typeof port !== 'string') {
      throw new ERR_INVALID_ARG_TYPE('options.port', ['number', 'string'], port);
    }
    validatePort(port);
  }
  port |= 0;
  var addressType = isIP(host);
  if (addressType) {
    process.nextTick(function () {
      if (self.connecting) internalConnect(self, host, port, addressType, localAddress, localPort);
    });
    return;
  }
  if (options.lookup !== undefined && typeof options.lookup !== 'function') {
    throw new ERR_INVALID_ARG_TYPE('options.lookup', 'Function', options.lookup);
  }
  if (dns === undefined) dns = require('dns');
  var lookup = options.lookup || dns.lookup;
  var dnsopts = { family: options.family, hints: options.hints || 0 };
  self._host = host;
  lookup(host, dnsopts, function emitLookup(err, ip, family) {
    self.emit('lookup', err, ip, family, host);
    if (!self.connecting) return;
    if (err) {
      process.nextTick(connectErrorNT, self, err);
    } else if (!isIP(ip)) {
      err = new ERR_INVALID_ARG_VALUE('address', ip);
      process.nextTick(connectErrorNT, self, err);
    } else if (family !== 4 && family !== 6) {
      err = new ERR_INVALID_ARG_VALUE('family', family);
      process.nextTick(connectErrorNT, self, err);
    } else {
      if (self._timeout !== null) self._unrefTimer();
      internalConnect(self, ip, port, family, localAddress, localPort);
    }
  });
}

function connectErrorNT(self, err) {
  self.destroy(err);
}

function internalConnect(self, address, port, addressType, localAddress, localPort) {
  var err;
  if (localAddress || localPort) {
    if (addressType === 4) {
      err = self._handle.bind(localAddress || DEFAULT_IPV4_ADDR, localPort || 0);
    } else {
      err = self._handle.bind6(localAddress || DEFAULT_IPV6_ADDR, localPort || 0, 0);
    }
    if (err) {
      self.destroy(exceptionWithHostPort(err, 'bind', localAddress, localPort));
      return;
    }
  }
  var req;
  if (addressType === 6 || addressType === 4) {
    req = { oncomplete: afterConnect, address: address, port: port, localAddress: localAddress,
      localPort: localPort };
    err = addressType === 4 ? self._handle.connect(req, address, port) :
      self._handle.connect6(req, address, port);
  } else {
    req = { oncomplete: afterConnect, address: address };
    err = self._handle.connect(req, address);
  }
  if (err) {
    var sockname = self._getsockname();
    var details;
    if (sockname && sockname.address) details = sockname.address + ':' + sockname.port;
    self.destroy(exceptionWithHostPort(err, 'connect', address, port, details));
  }
}

function afterConnect(status, handle, req, readable, writable) {
  var self = handle.owner;
  if (self === undefined || self.destroyed) return;
  self.connecting = false;
  self._sockname = null;
  if (status === 0) {
    if (self.readable && !readable) {
      self.push(null);
      self.read();
    }
    if (self.writable && !writable) self.end();
    if (self._timeout !== null) self._unrefTimer();
    if (self._setNoDelay && self._handle.setNoDelay) self._handle.setNoDelay(true);
    if (self._setKeepAlive && self._handle.setKeepAlive) {
      self._handle.setKeepAlive(true, self._setKeepAliveInitialDelay);
    }
    self.emit('connect');
    self.emit('ready');
    if (readable && !self.isPaused()) self.read(0);
  } else {
    var details;
    if (req.localAddress && req.localPort) details = req.localAddress + ':' + req.localPort;
    var ex = exceptionWithHostPort(status, 'connect', req.address, req.port, details);
    if (details) {
      ex.localAddress = req.localAddress;
      ex.localPort = req.localPort;
    }
    self.destroy(ex);
  }
}

function connect() {
  var args = new Array(arguments.length);
  for (var i = 0; i < arguments.length; i++) args[i] = arguments[i];
  var normalized = normalizeArgs(args);
  var options = normalized[0];
  var socket = new Socket(options);
  if (options.timeout) socket.setTimeout(options.timeout);
  normalized.normalized = true;
  return socket.connect(normalized);
}

// --- Server -------------------------------------------------------------------------

function Server(options, connectionListener) {
  if (!(this instanceof Server)) return new Server(options, connectionListener);
  EventEmitter.call(this);
  if (typeof options === 'function') {
    connectionListener = options;
    options = {};
    this.on('connection', connectionListener);
  } else if (options == null || typeof options === 'object') {
    options = Object.assign({}, options);
    if (typeof connectionListener === 'function') this.on('connection', connectionListener);
  } else {
    throw new ERR_INVALID_ARG_TYPE('options', 'Object', options);
  }
  this._connections = 0;
  this._handle = null;
  this._usingWorkers = false;
  this._workers = [];
  this._unref = false;
  this._listeningId = 1;
  this._pipeName = undefined;
  this._connectionKey = undefined;
  this.allowHalfOpen = options.allowHalfOpen || false;
  this.pauseOnConnect = !!options.pauseOnConnect;
  this.noDelay = Boolean(options.noDelay);
  this.keepAlive = Boolean(options.keepAlive);
  this.keepAliveInitialDelay = ~~((options.keepAliveInitialDelay || 0) / 1000);
  this.highWaterMark = options.highWaterMark;
}
Object.setPrototypeOf(Server.prototype, EventEmitter.prototype);
Object.setPrototypeOf(Server, EventEmitter);

function createServer(options, connectionListener) {
  return new Server(options, connectionListener);
}

// Returns a listening-ready handle, or a uv error number.
function createServerHandle(address, port, addressType, fd, flags) {
  var err = 0;
  var handle;
  var isTCP = false;
  if (typeof fd === 'number' && fd >= 0) {
    try {
      handle = createHandle(fd, true);
    } catch (e) {
      return uv.UV_EINVAL;
    }
    err = handle.open(fd);
    if (err) return err;
  } else if (port === -1 && addressType === -1) {
    handle = new Pipe(PipeConstants.SERVER);
  } else {
    handle = new TCP(TCPConstants.SERVER);
    isTCP = true;
  }
  if (address || port || isTCP) {
    if (!address) {
      err = handle.bind6(DEFAULT_IPV6_ADDR, port, flags || 0);
      if (err) {
        handle.close();
        return createServerHandle(DEFAULT_IPV4_ADDR, port);
      }
    } else if (addressType === 6) {
      err = handle.bind6(address, port, flags || 0);
    } else if (addressType === -1) {
      err = handle.bind(address);
    } else {
      err = handle.bind(address, port);
    }
  }
  if (err) {
    handle.close();
    return err;
  }
  return handle;
}

function setupListenHandle(address, port, addressType, backlog, fd, flags) {
  if (!this._handle) {
    var rval = null;
    if (!address && typeof fd !== 'number') {
      rval = createServerHandle(DEFAULT_IPV6_ADDR, port, 6, fd, flags);
      if (typeof rval === 'number') {
        rval = null;
        address = DEFAULT_IPV4_ADDR;
        addressType = 4;
      } else {
        address = DEFAULT_IPV6_ADDR;
        addressType = 6;
      }
    }
    if (rval === null) rval = createServerHandle(address, port, addressType, fd, flags);
    if (typeof rval === 'number') {
      process.nextTick(emitErrorNT, this, uvExceptionWithHostPort(rval, 'listen', address, port));
      return;
    }
    this._handle = rval;
  }
  this._handle.onconnection = onconnection;
  this._handle.owner = this;
  var err = this._handle.listen(backlog || 511);
  if (err) {
    var ex = uvExceptionWithHostPort(err, 'listen', address, port);
    this._handle.close();
    this._handle = null;
    process.nextTick(emitErrorNT, this, ex);
    return;
  }
  this._connectionKey = addressType + ':' + address + ':' + port;
  if (this._unref) this.unref();
  process.nextTick(emitListeningNT, this);
}
Server.prototype._listen2 = setupListenHandle;

function emitErrorNT(self, err) {
  self.emit('error', err);
}

function emitListeningNT(self) {
  if (self._handle) self.emit('listening');
}

function listenInCluster(server, address, port, addressType, backlog, fd, exclusive, flags) {
  exclusive = !!exclusive;
  if (cluster === undefined) cluster = require('cluster');
  if (cluster.isPrimary || exclusive) {
    server._listen2(address, port, addressType, backlog, fd, flags);
    return;
  }
  var serverQuery = { address: address, port: port, addressType: addressType, fd: fd, flags: flags,
    backlog: backlog };
  var listeningId = server._listeningId;
  cluster._getServer(server, serverQuery, function listenOnPrimaryHandle(err, handle) {
    if (listeningId !== server._listeningId) {
      handle.close();
      return;
    }
    if (err) return server.emit('error', exceptionWithHostPort(err, 'bind', address, port));
    server._handle = handle;
    server._listen2(address, port, addressType, backlog, fd, flags);
  });
}

Server.prototype.listen = function listen() {
  var args = new Array(arguments.length);
  for (var i = 0; i < arguments.length; i++) args[i] = arguments[i];
  var normalized = normalizeArgs(args);
  var options = normalized[0];
  var cb = normalized[1];
  if (this._handle) throw new ERR_SERVER_ALREADY_LISTEN();
  if (cb !== null) this.once('listening', cb);
  var backlogFromArgs = toNumber(args.length > 1 && args[1]) || toNumber(args.length > 2 && args[2]);
  options = options._handle || options.handle || options;
  var flags = options.ipv6Only ? 1 : 0;

  if (options instanceof TCP || options instanceof Pipe) {
    this._handle = options;
    listenInCluster(this, null, -1, -1, backlogFromArgs);
    return this;
  }
  if (typeof options.fd === 'number' && options.fd >= 0) {
    listenInCluster(this, null, null, null, backlogFromArgs, options.fd);
    return this;
  }
  if (args.length === 0 || typeof args[0] === 'function' ||
      (typeof options.port === 'undefined' && 'port' in options) || options.port === null) {
    options.port = 0;
  }
  var backlog;
  if (typeof options.port === 'number' || typeof options.port === 'string') {
    validatePort(options.port, 'options.port');
    backlog = options.backlog || backlogFromArgs;
    if (options.host) {
      lookupAndListen(this, options.port | 0, options.host, backlog, options.exclusive, flags);
    } else {
      listenInCluster(this, null, options.port | 0, 4, backlog, undefined, options.exclusive);
    }
    return this;
  }
  if (options.path && isPipeName(options.path)) {
    this._pipeName = options.path;
    backlog = options.backlog || backlogFromArgs;
    listenInCluster(this, options.path, -1, -1, backlog, undefined, options.exclusive);
    return this;
  }
  if (!('port' in options) && !('path' in options)) {
    throw new ERR_INVALID_ARG_VALUE('options', options, 'must have the property "port" or "path"');
  }
  throw new ERR_INVALID_ARG_VALUE('options', options);
};

function lookupAndListen(self, port, address, backlog, exclusive, flags) {
  if (dns === undefined) dns = require('dns');
  dns.lookup(address, function doListen(err, ip, addressType) {
    if (err) {
      self.emit('error', err);
    } else {
      addressType = ip ? addressType : 4;
      listenInCluster(self, ip, port, addressType, backlog, undefined, exclusive, flags);
    }
  });
}

Object.defineProperty(Server.prototype, 'listening', {
  configurable: true,
  enumerable: true,
  get: function () { return !!this._handle; }
});

Server.prototype.address = function () {
  if (this._handle && !(this._handle instanceof Pipe) && typeof this._handle.getsockname === 'function') {
    var out = {};
    var err = this._handle.getsockname(out);
    if (err) throw errnoException(err, 'address');
    return out;
  } else if (this._pipeName) {
    return this._pipeName;
  }
  return null;
};

function onconnection(err, clientHandle) {
  var self = this.owner;
  if (err) {
    self.emit('error', errnoException(err, 'accept'));
    return;
  }
  if (self.maxConnections && self._connections >= self.maxConnections) {
    clientHandle.close();
    return;
  }
  var socket = new Socket({
    handle: clientHandle,
    allowHalfOpen: self.allowHalfOpen,
    pauseOnCreate: self.pauseOnConnect,
    readable: true,
    writable: true,
    readableHighWaterMark: self.highWaterMark,
    writableHighWaterMark: self.highWaterMark
  });
  if (self.noDelay && clientHandle.setNoDelay) {
    socket._setNoDelay = true;
    clientHandle.setNoDelay(true);
  }
  if (self.keepAlive && clientHandle.setKeepAlive) {
    socket._setKeepAlive = true;
    socket._setKeepAliveInitialDelay = self.keepAliveInitialDelay;
    clientHandle.setKeepAlive(true, self.keepAliveInitialDelay);
  }
  self._connections++;
  socket.server = self;
  socket._server = self;
  self.emit('connection', socket);
}
Server.prototype._onconnection = onconnection;

Server.prototype.getConnections = function (cb) {
  var self = this;
  function end(err, connections) {
    process.nextTick(cb, err, connections);
  }
  if (!this._usingWorkers) {
    end(null, this._connections);
    return this;
  }
  var left = this._workers.length;
  var total = this._connections;
  function oncount(err, count) {
    if (err) {
      left = -1;
      return end(err);
    }
    total += count;
    if (--left === 0) return end(null, total);
  }
  for (var n = 0; n < this._workers.length; n++) this._workers[n].getConnections(oncount);
  return self;
};

Server.prototype.close = function (cb) {
  if (typeof cb === 'function') {
    if (!this._handle) {
      this.once('close', function close() { cb(new ERR_SERVER_NOT_RUNNING()); });
    } else {
      this.once('close', cb);
    }
  }
  if (this._handle) {
    this._handle.close();
    this._handle = null;
  }
  if (this._usingWorkers) {
    var left = this._workers.length;
    var self = this;
    var onWorkerClose = function () {
      if (--left !== 0) return;
      self._connections = 0;
      self._emitCloseIfDrained();
    };
    this._connections++;
    for (var n = 0; n < this._workers.length; n++) this._workers[n].close(onWorkerClose);
  } else {
    this._emitCloseIfDrained();
  }
  return this;
};

Server.prototype._emitCloseIfDrained = function () {
  if (this._handle || this._connections) return;
  process.nextTick(emitServerCloseNT, this);
};

function emitServerCloseNT(self) {
  self.emit('close');
}

Server.prototype._setupWorker = function (socketList) {
  this._usingWorkers = true;
  this._workers.push(socketList);
  var self = this;
  socketList.once('exit', function (list) {
    var index = self._workers.indexOf(list);
    self._workers.splice(index, 1);
  });
};

Server.prototype.ref = function () {
  this._unref = false;
  if (this._handle) this._handle.ref();
  return this;
};

Server.prototype.unref = function () {
  this._unref = true;
  if (this._handle) this._handle.unref();
  return this;
};

// --- module ---------------------------------------------------------------------------

var autoSelectFamilyDefault = true;
var autoSelectFamilyAttemptTimeoutDefault = 250;

module.exports = {
  _createServerHandle: createServerHandle,
  _normalizeArgs: normalizeArgs,
  _setSimultaneousAccepts: noop,
  connect: connect,
  createConnection: connect,
  createServer: createServer,
  isIP: isIP,
  isIPv4: internalNet.isIPv4,
  isIPv6: internalNet.isIPv6,
  Server: Server,
  Socket: Socket,
  Stream: Socket,
  getDefaultAutoSelectFamily: function () { return autoSelectFamilyDefault; },
  setDefaultAutoSelectFamily: function (v) { autoSelectFamilyDefault = !!v; },
  getDefaultAutoSelectFamilyAttemptTimeout: function () { return autoSelectFamilyAttemptTimeoutDefault; },
  setDefaultAutoSelectFamilyAttemptTimeout: function (v) { autoSelectFamilyAttemptTimeoutDefault = v; },
  _validatePort: validatePort,
  _isPipeName: isPipeName
};
