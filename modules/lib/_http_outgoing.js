'use strict';

// OutgoingMessage (Node's lib/_http_outgoing.js): what ServerResponse and
// ClientRequest share. Not a Writable: a legacy Stream with write()/end()
// that builds the message head from the headers set so far (_storeHeader),
// then writes head and body to the socket:
//   - the head is sent with the first body chunk (one write, one packet);
//   - with a Content-Length (end(data) before any write() computes it) the
//     body goes as it is, otherwise as chunks ("Transfer-Encoding: chunked",
//     each chunk prefixed with its hex length, ended by 0\r\n\r\n);
//   - writes are corked until the next tick, so a head and a few small
//     writes leave in one syscall (the socket's _writev);
//   - until a socket is assigned (a client waiting for its connection, a
//     pipelined response waiting its turn) the data waits in outputData.
// 'finish' is emitted when the last write has gone to the socket.

var Stream = require('stream');
var Buffer = require('buffer').Buffer;
var errors = require('internal/errors');
var common = require('_http_common');

var codes = errors.codes;
var checkIsHttpToken = common._checkIsHttpToken;
var checkInvalidHeaderChar = common._checkInvalidHeaderChar;
var ERR_INVALID_ARG_TYPE = codes.ERR_INVALID_ARG_TYPE;
var ERR_INVALID_ARG_VALUE = codes.ERR_INVALID_ARG_VALUE;
var ERR_HTTP_HEADERS_SENT = errors.registerCode('ERR_HTTP_HEADERS_SENT',
  'Cannot %s headers after they are sent to the client', Error);
var ERR_HTTP_INVALID_HEADER_VALUE = errors.registerCode('ERR_HTTP_INVALID_HEADER_VALUE',
  'Invalid value "%s" for header "%s"', TypeError);
var ERR_INVALID_HTTP_TOKEN = errors.registerCode('ERR_INVALID_HTTP_TOKEN', '%s must be a valid HTTP token ["%s"]', TypeError);
var ERR_INVALID_CHAR = errors.registerCode('ERR_INVALID_CHAR', function (name, field) {
  var msg = 'Invalid character in ' + name;
  if (field !== undefined) msg += ' ["' + field + '"]';
  return msg;
}, TypeError);
var ERR_STREAM_WRITE_AFTER_END = errors.registerCode('ERR_STREAM_WRITE_AFTER_END', 'write after end', Error);
var ERR_STREAM_DESTROYED = errors.registerCode('ERR_STREAM_DESTROYED',
  'Cannot call %s after a stream was destroyed', Error);
var ERR_STREAM_NULL_VALUES = errors.registerCode('ERR_STREAM_NULL_VALUES', 'May not write null values to stream', TypeError);
var ERR_STREAM_ALREADY_FINISHED = errors.registerCode('ERR_STREAM_ALREADY_FINISHED',
  'Cannot call %s after a stream was finished', Error);
var ERR_HTTP_TRAILER_INVALID = errors.registerCode('ERR_HTTP_TRAILER_INVALID',
  'Trailers are invalid with this transfer encoding', Error);
var ERR_METHOD_NOT_IMPLEMENTED = codes.ERR_METHOD_NOT_IMPLEMENTED;

var RE_CONN_CLOSE = /(?:^|\W)close(?:$|\W)/i;
var RE_TE_CHUNKED = common.chunkExpression;
var kHighWaterMark = 16 * 1024;
var crlf = '\r\n';

function nop() {}

// "Sun, 06 Nov 1994 08:49:37 GMT" (IMF-fixdate), cached for a second.
var dayNames = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
var monthNames = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
var dateCache;
var dateCacheSecond = -1;
function two(n) { return n < 10 ? '0' + n : '' + n; }
function utcDate() {
  var now = Date.now();
  var second = Math.floor(now / 1000);
  if (second !== dateCacheSecond) {
    var d = new Date(second * 1000);
    dateCache = dayNames[d.getUTCDay()] + ', ' + two(d.getUTCDate()) + ' ' + monthNames[d.getUTCMonth()] +
      ' ' + d.getUTCFullYear() + ' ' + two(d.getUTCHours()) + ':' + two(d.getUTCMinutes()) + ':' +
      two(d.getUTCSeconds()) + ' GMT';
    dateCacheSecond = second;
  }
  return dateCache;
}

function validateHeaderName(name, label) {
  if (typeof name !== 'string' || !name || !checkIsHttpToken(name)) {
    throw new ERR_INVALID_HTTP_TOKEN(label || 'Header name', name);
  }
}

function validateHeaderValue(name, value) {
  if (value === undefined) throw new ERR_HTTP_INVALID_HEADER_VALUE(value, name);
  if (checkInvalidHeaderChar(String(value))) throw new ERR_INVALID_CHAR('header content', name);
}

function OutgoingMessage(options) {
  Stream.call(this);
  this.outputData = [];
  this.outputSize = 0;
  this.writable = true;
  this.destroyed = false;
  this._last = false;
  this.chunkedEncoding = false;
  this.shouldKeepAlive = true;
  this.maxRequestsOnConnectionReached = false;
  this._defaultKeepAlive = true;
  this.useChunkedEncodingByDefault = true;
  this.sendDate = false;
  this._removedConnection = false;
  this._removedContLen = false;
  this._removedTE = false;
  this.strictContentLength = false;
  this._contentLength = null;
  this._hasBody = true;
  this._trailer = '';
  this._needDrain = false;
  this.finished = false;
  this._headerSent = false;
  this._corked = 0;
  this.socket = null;
  this._header = null;
  this._outHeaders = null;
  this._keepAliveTimeout = 0;
  this._onPendingData = nop;
  this._errored = null;
  this._closed = false;
  this._highWaterMark = options && options.highWaterMark ? options.highWaterMark : kHighWaterMark;
}
Object.setPrototypeOf(OutgoingMessage.prototype, Stream.prototype);
Object.setPrototypeOf(OutgoingMessage, Stream);

Object.defineProperty(OutgoingMessage.prototype, 'errored', {
  configurable: true,
  get: function () { return this._errored; }
});

Object.defineProperty(OutgoingMessage.prototype, 'closed', {
  configurable: true,
  get: function () { return this._closed; }
});

Object.defineProperty(OutgoingMessage.prototype, 'writableFinished', {
  configurable: true,
  get: function () {
    return this.finished && this.outputSize === 0 && (!this.socket || this.socket.writableLength === 0);
  }
});

Object.defineProperty(OutgoingMessage.prototype, 'writableObjectMode', {
  configurable: true,
  get: function () { return false; }
});

Object.defineProperty(OutgoingMessage.prototype, 'writableLength', {
  configurable: true,
  get: function () { return this.outputSize + (this.socket ? this.socket.writableLength : 0); }
});

Object.defineProperty(OutgoingMessage.prototype, 'writableHighWaterMark', {
  configurable: true,
  get: function () { return this.socket ? this.socket.writableHighWaterMark : this._highWaterMark; }
});

Object.defineProperty(OutgoingMessage.prototype, 'writableCorked', {
  configurable: true,
  get: function () { return this.socket ? this.socket.writableCorked : this._corked; }
});

Object.defineProperty(OutgoingMessage.prototype, 'writableEnded', {
  configurable: true,
  get: function () { return this.finished; }
});

Object.defineProperty(OutgoingMessage.prototype, 'writableNeedDrain', {
  configurable: true,
  get: function () { return !this.destroyed && !this.finished && this._needDrain; }
});

Object.defineProperty(OutgoingMessage.prototype, 'connection', {
  configurable: true,
  get: function () { return this.socket; },
  set: function (val) { this.socket = val; }
});

Object.defineProperty(OutgoingMessage.prototype, 'headersSent', {
  configurable: true,
  enumerable: true,
  get: function () { return !!this._header; }
});

OutgoingMessage.prototype.cork = function () {
  if (this.socket) this.socket.cork();
  else this._corked++;
};

OutgoingMessage.prototype.uncork = function () {
  if (this.socket) this.socket.uncork();
  else if (this._corked) this._corked--;
};

OutgoingMessage.prototype.setTimeout = function setTimeout(msecs, callback) {
  if (callback) this.on('timeout', callback);
  if (!this.socket) {
    this.once('socket', function socketSetTimeoutOnConnect(socket) { socket.setTimeout(msecs); });
  } else {
    this.socket.setTimeout(msecs);
  }
  return this;
};

OutgoingMessage.prototype.destroy = function destroy(error) {
  if (this.destroyed) return this;
  this.destroyed = true;
  this._errored = error;
  if (this.socket) {
    this.socket.destroy(error);
  } else {
    this.once('socket', function socketDestroyOnConnect(socket) { socket.destroy(error); });
  }
  return this;
};

// The message (head first) to the socket, or to outputData until there is one.
OutgoingMessage.prototype._send = function _send(data, encoding, callback) {
  if (!this._headerSent && this._header !== null) {
    if (typeof data === 'string' && (encoding === 'utf8' || encoding === 'latin1' || !encoding)) {
      data = this._header + data;
    } else {
      var header = this._header;
      this.outputData.unshift({ data: header, encoding: 'latin1', callback: null });
      this.outputSize += header.length;
      this._onPendingData(header.length);
    }
    this._headerSent = true;
  }
  return this._writeRaw(data, encoding, callback);
};

OutgoingMessage.prototype._writeRaw = function _writeRaw(data, encoding, callback) {
  var conn = this.socket;
  if (conn && conn.destroyed) return false;
  if (typeof encoding === 'function') {
    callback = encoding;
    encoding = null;
  }
  if (conn && conn._httpMessage === this && conn.writable) {
    if (this.outputData.length) this._flushOutput(conn);
    return conn.write(data, encoding, callback);
  }
  this.outputData.push({ data: data, encoding: encoding, callback: callback });
  this.outputSize += data.length;
  this._onPendingData(data.length);
  return this.outputSize < this._highWaterMark;
};

OutgoingMessage.prototype._storeHeader = function _storeHeader(firstLine, headers) {
  var state = { connection: false, contLen: false, te: false, date: false, expect: false,
    trailer: false, header: firstLine };
  var key;
  if (headers) {
    if (headers === this._outHeaders) {
      for (key in headers) {
        var entry = headers[key];
        processHeader(this, state, entry[0], entry[1], false);
      }
    } else if (Array.isArray(headers)) {
      if (headers.length && Array.isArray(headers[0])) {
        for (var i = 0; i < headers.length; i++) processHeader(this, state, headers[i][0], headers[i][1], true);
      } else {
        if (headers.length % 2 !== 0) throw new ERR_INVALID_ARG_VALUE('headers', headers);
        for (var n = 0; n < headers.length; n += 2) processHeader(this, state, headers[n], headers[n + 1], true);
      }
    } else {
      for (key in headers) {
        if (Object.prototype.hasOwnProperty.call(headers, key)) processHeader(this, state, key, headers[key], true);
      }
    }
  }
  var header = state.header;
  if (this.sendDate && !state.date) header += 'Date: ' + utcDate() + '\r\n';
  if (this.chunkedEncoding && (this.statusCode === 204 || this.statusCode === 304)) {
    this.chunkedEncoding = false;
    this.shouldKeepAlive = false;
  }
  if (this._removedConnection) {
    this._last = !this.shouldKeepAlive;
  } else if (!state.connection) {
    var shouldSendKeepAlive = this.shouldKeepAlive &&
      (state.contLen || this.useChunkedEncodingByDefault || this.agent);
    if (shouldSendKeepAlive && this.maxRequestsOnConnectionReached) {
      header += 'Connection: close\r\n';
    } else if (shouldSendKeepAlive) {
      header += 'Connection: keep-alive\r\n';
      if (this._keepAliveTimeout && this._defaultKeepAlive) {
        var timeoutSeconds = Math.floor(this._keepAliveTimeout / 1000);
        var max = '';
        if (~~this._maxRequestsPerSocket > 0) max = ', max=' + this._maxRequestsPerSocket;
        header += 'Keep-Alive: timeout=' + timeoutSeconds + max + '\r\n';
      }
    } else {
      this._last = true;
      header += 'Connection: close\r\n';
    }
  }
  if (!state.contLen && !state.te) {
    if (!this._hasBody) {
      this.chunkedEncoding = false;
    } else if (!this.useChunkedEncodingByDefault) {
      this._last = true;
    } else if (!state.trailer && !this._removedContLen && typeof this._contentLength === 'number') {
      header += 'Content-Length: ' + this._contentLength + '\r\n';
    } else if (!this._removedTE) {
      header += 'Transfer-Encoding: chunked\r\n';
      this.chunkedEncoding = true;
    } else {
      this._last = true;
    }
  }
  if (this.chunkedEncoding !== true && state.trailer) throw new ERR_HTTP_TRAILER_INVALID();
  this._header = header + '\r\n';
  this._headerSent = false;
  if (state.expect) this._send('');
};

function processHeader(self, state, key, value, validate) {
  if (validate) validateHeaderName(key);
  if (Array.isArray(value)) {
    if (value.length < 2 || key.toLowerCase() !== 'cookie') {
      for (var i = 0; i < value.length; i++) storeHeader(self, state, key, value[i], validate);
      return;
    }
    value = value.join('; ');
  }
  storeHeader(self, state, key, value, validate);
}

function storeHeader(self, state, key, value, validate) {
  if (validate) validateHeaderValue(key, value);
  state.header += key + ': ' + value + '\r\n';
  matchHeader(self, state, key, value);
}

function matchHeader(self, state, field, value) {
  if (field.length < 4 || field.length > 17) return;
  field = field.toLowerCase();
  switch (field) {
    case 'connection':
      state.connection = true;
      self._removedConnection = false;
      if (RE_CONN_CLOSE.test(value)) self._last = true;
      else self.shouldKeepAlive = true;
      break;
    case 'transfer-encoding':
      state.te = true;
      self._removedTE = false;
      if (RE_TE_CHUNKED.test(value)) self.chunkedEncoding = true;
      break;
    case 'content-length':
      state.contLen = true;
      self._contentLength = +value;
      self._removedContLen = false;
      break;
    case 'date':
    case 'expect':
    case 'trailer':
      state[field] = true;
      break;
    case 'keep-alive':
      self._defaultKeepAlive = false;
      break;
  }
}

OutgoingMessage.prototype.setHeader = function setHeader(name, value) {
  if (this._header) throw new ERR_HTTP_HEADERS_SENT('set');
  validateHeaderName(name);
  validateHeaderValue(name, value);
  var headers = this._outHeaders;
  if (headers === null) this._outHeaders = headers = Object.create(null);
  headers[name.toLowerCase()] = [name, value];
  return this;
};

OutgoingMessage.prototype.setHeaders = function setHeaders(headers) {
  if (this._header) throw new ERR_HTTP_HEADERS_SENT('set');
  if (!headers || Array.isArray(headers) || typeof headers.keys !== 'function' ||
      typeof headers.get !== 'function') {
    throw new ERR_INVALID_ARG_TYPE('headers', ['Headers', 'Map'], headers);
  }
  var self = this;
  var it = headers.keys();
  var r;
  while (!(r = it.next()).done) self.setHeader(r.value, headers.get(r.value));
  return this;
};

OutgoingMessage.prototype.appendHeader = function appendHeader(name, value) {
  if (this._header) throw new ERR_HTTP_HEADERS_SENT('append');
  validateHeaderName(name);
  validateHeaderValue(name, value);
  var field = name.toLowerCase();
  var headers = this._outHeaders;
  if (headers === null || !headers[field]) return this.setHeader(name, value);
  if (!Array.isArray(headers[field][1])) headers[field][1] = [headers[field][1]];
  var existing = headers[field][1];
  if (Array.isArray(value)) {
    for (var i = 0; i < value.length; i++) existing.push(value[i]);
  } else {
    existing.push(value);
  }
  return this;
};

OutgoingMessage.prototype.getHeader = function getHeader(name) {
  if (typeof name !== 'string') throw new ERR_INVALID_ARG_TYPE('name', 'string', name);
  var headers = this._outHeaders;
  if (headers === null) return undefined;
  var entry = headers[name.toLowerCase()];
  return entry && entry[1];
};

OutgoingMessage.prototype.getHeaderNames = function getHeaderNames() {
  return this._outHeaders !== null ? Object.keys(this._outHeaders) : [];
};

OutgoingMessage.prototype.getRawHeaderNames = function getRawHeaderNames() {
  var headersMap = this._outHeaders;
  if (headersMap === null) return [];
  var values = [];
  for (var key in headersMap) values.push(headersMap[key][0]);
  return values;
};

OutgoingMessage.prototype.getHeaders = function getHeaders() {
  var headers = this._outHeaders;
  var ret = Object.create(null);
  if (headers) {
    for (var key in headers) ret[key] = headers[key][1];
  }
  return ret;
};

OutgoingMessage.prototype.hasHeader = function hasHeader(name) {
  if (typeof name !== 'string') throw new ERR_INVALID_ARG_TYPE('name', 'string', name);
  return this._outHeaders !== null && !!this._outHeaders[name.toLowerCase()];
};

OutgoingMessage.prototype.removeHeader = function removeHeader(name) {
  if (typeof name !== 'string') throw new ERR_INVALID_ARG_TYPE('name', 'string', name);
  if (this._header) throw new ERR_HTTP_HEADERS_SENT('remove');
  var key = name.toLowerCase();
  switch (key) {
    case 'connection': this._removedConnection = true; break;
    case 'content-length': this._removedContLen = true; break;
    case 'transfer-encoding': this._removedTE = true; break;
    case 'date': this.sendDate = false; break;
  }
  if (this._outHeaders !== null) delete this._outHeaders[key];
};

OutgoingMessage.prototype._implicitHeader = function _implicitHeader() {
  throw new ERR_METHOD_NOT_IMPLEMENTED('_implicitHeader()');
};

OutgoingMessage.prototype.write = function write(chunk, encoding, callback) {
  if (typeof encoding === 'function') {
    callback = encoding;
    encoding = null;
  }
  var ret = write_(this, chunk, encoding, callback, false);
  if (!ret) this._needDrain = true;
  return ret;
};

function onError(msg, err, callback) {
  var triggerAsyncId = msg.socket ? msg.socket._handle : undefined;
  (void triggerAsyncId);
  process.nextTick(emitErrorNt, msg, err, callback);
}

function emitErrorNt(msg, err, callback) {
  callback(err);
  if (typeof msg.emit === 'function' && !msg.destroyed) msg.emit('error', err);
}

function connectionCorkNT(conn) {
  conn.uncork();
}

function isUint8Array(v) {
  return v instanceof Uint8Array;
}

function write_(msg, chunk, encoding, callback, fromEnd) {
  if (typeof callback !== 'function') callback = nop;
  if (chunk === null) {
    throw new ERR_STREAM_NULL_VALUES();
  } else if (typeof chunk !== 'string' && !isUint8Array(chunk)) {
    throw new ERR_INVALID_ARG_TYPE('chunk', ['string', 'Buffer', 'Uint8Array'], chunk);
  }
  var err;
  if (msg.finished) err = new ERR_STREAM_WRITE_AFTER_END();
  else if (msg.destroyed) err = new ERR_STREAM_DESTROYED('write');
  if (err) {
    if (!msg.destroyed) onError(msg, err, callback);
    else process.nextTick(callback, err);
    return false;
  }
  var len;
  if (!msg._header) {
    if (fromEnd) {
      len = typeof chunk === 'string' ? Buffer.byteLength(chunk, encoding) : chunk.byteLength;
      msg._contentLength = len;
    }
    msg._implicitHeader();
  }
  if (!msg._hasBody) {
    process.nextTick(callback);
    return true;
  }
  if (!fromEnd && msg.socket && !msg.socket.writableCorked) {
    msg.socket.cork();
    process.nextTick(connectionCorkNT, msg.socket);
  }
  var ret;
  if (msg.chunkedEncoding && chunk.length !== 0) {
    if (len === undefined) len = typeof chunk === 'string' ? Buffer.byteLength(chunk, encoding) : chunk.byteLength;
    msg._send(len.toString(16), 'latin1', null);
    msg._send(crlf, null, null);
    msg._send(chunk, encoding, null);
    ret = msg._send(crlf, null, callback);
  } else {
    ret = msg._send(chunk, encoding, callback);
  }
  return ret;
}

OutgoingMessage.prototype.addTrailers = function addTrailers(headers) {
  this._trailer = '';
  var keys = Object.keys(headers);
  var isArray = Array.isArray(headers);
  for (var i = 0, l = keys.length; i < l; i++) {
    var field;
    var value;
    var key = keys[i];
    if (isArray) {
      field = headers[key][0];
      value = headers[key][1];
    } else {
      field = key;
      value = headers[key];
    }
    validateHeaderName(field, 'Trailer name');
    if (Array.isArray(value) && value.length > 1 && field.toLowerCase() !== 'set-cookie') {
      value = value.join(', ');
    }
    if (checkInvalidHeaderChar(value)) throw new ERR_INVALID_CHAR('trailer content', field);
    this._trailer += field + ': ' + value + '\r\n';
  }
};

function onFinish(outmsg) {
  if (outmsg && outmsg.socket && outmsg.socket._hadError) return;
  outmsg.emit('finish');
}

OutgoingMessage.prototype.end = function end(chunk, encoding, callback) {
  if (typeof chunk === 'function') {
    callback = chunk;
    chunk = null;
    encoding = null;
  } else if (typeof encoding === 'function') {
    callback = encoding;
    encoding = null;
  }
  if (chunk) {
    if (this.finished) {
      onError(this, new ERR_STREAM_WRITE_AFTER_END(), typeof callback !== 'function' ? nop : callback);
      return this;
    }
    if (this.socket) this.socket.cork();
    write_(this, chunk, encoding, null, true);
  } else if (this.finished) {
    if (typeof callback === 'function') {
      if (!this.writableFinished) this.on('finish', callback);
      else callback(new ERR_STREAM_ALREADY_FINISHED('end'));
    }
    return this;
  } else if (!this._header) {
    if (this.socket) this.socket.cork();
    this._contentLength = 0;
    this._implicitHeader();
  }
  if (typeof callback === 'function') this.once('finish', callback);
  var self = this;
  var finish = function () { onFinish(self); };
  if (this._hasBody && this.chunkedEncoding) {
    this._send('0\r\n' + this._trailer + '\r\n', 'latin1', finish);
  } else if (!this._headerSent || this.writableLength || chunk) {
    this._send('', 'latin1', finish);
  } else {
    process.nextTick(finish);
  }
  if (this.socket) {
    // Fully uncork the connection on end().
    this.socket._writableState.corked = 1;
    this.socket.uncork();
  }
  this._corked = 0;
  this.finished = true;
  if (this.outputData.length === 0 && this.socket && this.socket._httpMessage === this) this._finish();
  return this;
};

OutgoingMessage.prototype._finish = function _finish() {
  this.emit('prefinish');
};

OutgoingMessage.prototype._flush = function _flush() {
  var socket = this.socket;
  if (socket && socket.writable) {
    var ret = this._flushOutput(socket);
    if (this.finished) {
      this._finish();
    } else if (ret && this._needDrain) {
      this._needDrain = false;
      this.emit('drain');
    }
  }
};

OutgoingMessage.prototype._flushOutput = function _flushOutput(socket) {
  while (this._corked) {
    this._corked--;
    socket.cork();
  }
  var outputLength = this.outputData.length;
  if (outputLength <= 0) return undefined;
  var outputData = this.outputData;
  socket.cork();
  var ret;
  for (var i = 0; i < outputLength; i++) {
    var o = outputData[i];
    ret = socket.write(o.data, o.encoding, o.callback);
    o.data = null;
  }
  socket.uncork();
  this.outputData = [];
  this._onPendingData(-this.outputSize);
  this.outputSize = 0;
  return ret;
};

OutgoingMessage.prototype.flushHeaders = function flushHeaders() {
  if (!this._header) this._implicitHeader();
  this._send('');
};

OutgoingMessage.prototype.pipe = function pipe() {
  this.emit('error', new (errors.registerCode('ERR_STREAM_CANNOT_PIPE', 'Cannot pipe, not readable', Error))());
};

module.exports = {
  validateHeaderName: validateHeaderName,
  validateHeaderValue: validateHeaderValue,
  OutgoingMessage: OutgoingMessage,
  utcDate: utcDate,
  kHighWaterMark: kHighWaterMark
};
