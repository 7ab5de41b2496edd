'use strict';

// http.ClientRequest (Node's lib/_http_client.js, Node 20's behaviour,
// written anew in ES5).
//
// A request gets its socket from the agent (a pooled keep-alive connection,
// or a new one) on a next tick (onSocket -> tickOnSocket), then its head and
// body are written. The response is parsed from the socket's data with a
// RESPONSE parser; its head emits 'response' (poll phase, inside the read
// callback). When the response has ended and the request was fully written,
// a keep-alive socket is handed back to the agent ('free'); otherwise it is
// closed. A socket that ends or fails before any response gives 'socket hang
// up' (ECONNRESET), and a refused connection its connect error.

var net = require('net');
var Buffer = require('buffer').Buffer;
var errors = require('internal/errors');
var common = require('_http_common');
var outgoing = require('_http_outgoing');
var agentMod = require('_http_agent');

var OutgoingMessage = outgoing.OutgoingMessage;
var parsers = common.parsers;
var freeParser = common.freeParser;
var HTTPParser = common.HTTPParser;
var prepareError = common.prepareError;
var checkIsHttpToken = common._checkIsHttpToken;
var Agent = agentMod.Agent;
var internalUrl = require('internal/url');
var URL = internalUrl.URL;
var urlToHttpOptions = internalUrl.urlToHttpOptions;
var isURL = internalUrl.isURL;
var codes = errors.codes;
var ERR_INVALID_ARG_TYPE = codes.ERR_INVALID_ARG_TYPE;
var ERR_INVALID_HTTP_TOKEN = errors.registerCode('ERR_INVALID_HTTP_TOKEN', '%s must be a valid HTTP token ["%s"]', TypeError);
var ERR_INVALID_PROTOCOL = errors.registerCode('ERR_INVALID_PROTOCOL',
  'Protocol "%s" not supported. Expected "%s"', TypeError);
var ERR_UNESCAPED_CHARACTERS = errors.registerCode('ERR_UNESCAPED_CHARACTERS', '%s contains unescaped characters', TypeError);
var ERR_HTTP_HEADERS_SENT = errors.registerCode('ERR_HTTP_HEADERS_SENT',
  'Cannot %s headers after they are sent to the client', Error);

var INVALID_PATH_REGEX = /[^\u0021-\u00ff]/;

function nop() {}

function connResetException(msg) {
  var ex = new Error(msg);
  ex.code = 'ECONNRESET';
  return ex;
}

function ClientRequest(input, options, cb) {
  OutgoingMessage.call(this);
  // A URL string or a WHATWG URL: its parts become the options.
  if (typeof input === 'string') {
    input = urlToHttpOptions(new URL(input));
  } else if (isURL(input)) {
    input = urlToHttpOptions(input);
  } else {
    cb = options;
    options = input;
    input = null;
  }
  if (typeof options === 'function') {
    cb = options;
    options = input || {};
  } else {
    options = Object.assign(input || {}, options);
  }
  var agent = options.agent;
  var defaultAgent = options._defaultAgent || agentMod.globalAgent;
  if (agent === false) {
    var AgentCtor = defaultAgent.constructor;
    agent = new AgentCtor();
  } else if (agent === null || agent === undefined) {
    if (typeof options.createConnection !== 'function') agent = defaultAgent;
    options.agent = agent;
  } else if (typeof agent.addRequest !== 'function') {
    throw new ERR_INVALID_ARG_TYPE('options.agent', ['Agent-like Object', 'undefined', 'false'], agent);
  }
  this.agent = agent;
  var protocol = options.protocol || defaultAgent.protocol;
  var expectedProtocol = defaultAgent.protocol;
  if (this.agent && this.agent.protocol) expectedProtocol = this.agent.protocol;
  if (options.path) {
    var path = String(options.path);
    if (INVALID_PATH_REGEX.test(path)) throw new ERR_UNESCAPED_CHARACTERS('Request path');
  }
  if (protocol !== expectedProtocol) throw new ERR_INVALID_PROTOCOL(protocol, expectedProtocol);
  var defaultPort = options.defaultPort || (this.agent && this.agent.defaultPort);
  var optsWithoutSignal = Object.assign({}, options);
  var port = optsWithoutSignal.port = options.port || defaultPort || 80;
  var host = optsWithoutSignal.host = options.hostname || options.host || 'localhost';
  var setHost = options.setHost === undefined || Boolean(options.setHost);
  this.socketPath = options.socketPath;
  if (options.timeout !== undefined) this.timeout = options.timeout;
  if (options.signal) {
    require('internal/streams/add-abort-signal').addAbortSignal(options.signal, this);
    delete optsWithoutSignal.signal;
  }
  var method = options.method;
  var methodIsString = typeof method === 'string';
  if (method !== null && method !== undefined && !methodIsString) {
    throw new ERR_INVALID_ARG_TYPE('options.method', 'string', method);
  }
  if (methodIsString && method) {
    if (!checkIsHttpToken(method)) throw new ERR_INVALID_HTTP_TOKEN('Method', method);
    method = this.method = method.toUpperCase();
  } else {
    method = this.method = 'GET';
  }
  this.maxHeaderSize = options.maxHeaderSize;
  this.insecureHTTPParser = options.insecureHTTPParser;
  this.joinDuplicateHeaders = options.joinDuplicateHeaders;
  this.path = options.path || '/';
  if (cb) this.once('response', cb);
  this.useChunkedEncodingByDefault = !(method === 'GET' || method === 'HEAD' || method === 'DELETE' ||
    method === 'OPTIONS' || method === 'TRACE' || method === 'CONNECT');
  this._ended = false;
  this.res = null;
  this.aborted = false;
  this.timeoutCb = null;
  this.upgradeOrConnect = false;
  this.parser = null;
  this.maxHeadersCount = null;
  this.reusedSocket = false;
  this.host = host;
  this.protocol = protocol;
  if (this.agent) {
    if (!this.agent.keepAlive && !isFinite(this.agent.maxSockets)) {
      this._last = true;
      this.shouldKeepAlive = false;
    } else {
      this._last = false;
      this.shouldKeepAlive = true;
    }
  }
  var headersArray = Array.isArray(options.headers);
  if (!headersArray) {
    if (options.headers) {
      var keys = Object.keys(options.headers);
      for (var i = 0; i < keys.length; i++) this.setHeader(keys[i], options.headers[keys[i]]);
    }
    if (host && !this.getHeader('host') && setHost) {
      var hostHeader = host;
      var posColon = hostHeader.indexOf(':');
      if (posColon !== -1 && hostHeader.indexOf(':', posColon + 1) !== -1 && hostHeader.charCodeAt(0) !== 91) {
        hostHeader = '[' + hostHeader + ']';
      }
      if (port && +port !== defaultPort) hostHeader += ':' + port;
      this.setHeader('Host', hostHeader);
    }
    if (options.auth && !this.getHeader('Authorization')) {
      this.setHeader('Authorization', 'Basic ' + Buffer.from(options.auth).toString('base64'));
    }
    if (this.getHeader('expect')) {
      if (this._header) throw new ERR_HTTP_HEADERS_SENT('render');
      this._storeHeader(this.method + ' ' + this.path + ' HTTP/1.1\r\n', this._outHeaders);
    }
  } else {
    this._storeHeader(this.method + ' ' + this.path + ' HTTP/1.1\r\n', options.headers);
  }

  var self = this;
  if (this.agent) {
    this.agent.addRequest(this, optsWithoutSignal);
  } else {
    this._last = true;
    this.shouldKeepAlive = false;
    var opts = optsWithoutSignal;
    if (opts.path || opts.socketPath) {
      opts = Object.assign({}, optsWithoutSignal);
      if (opts.socketPath) opts.path = opts.socketPath;
      else if (opts.path) opts.path = undefined;
    }
    if (typeof opts.createConnection === 'function') {
      var called = false;
      var oncreate = function (err, socket) {
        if (called) return;
        called = true;
        if (err) process.nextTick(function () { self.emit('error', err); });
        else self.onSocket(socket);
      };
      try {
        var newSocket = opts.createConnection(opts, oncreate);
        if (newSocket) oncreate(null, newSocket);
      } catch (err) {
        oncreate(err);
      }
    } else {
      this.onSocket(net.createConnection(opts));
    }
  }
}
Object.setPrototypeOf(ClientRequest.prototype, OutgoingMessage.prototype);
Object.setPrototypeOf(ClientRequest, OutgoingMessage);

ClientRequest.prototype._finish = function _finish() {
  OutgoingMessage.prototype._finish.call(this);
};

ClientRequest.prototype._implicitHeader = function _implicitHeader() {
  if (this._header) throw new ERR_HTTP_HEADERS_SENT('render');
  this._storeHeader(this.method + ' ' + this.path + ' HTTP/1.1\r\n', this._outHeaders);
};

ClientRequest.prototype.abort = function abort() {
  if (this.aborted) return;
  this.aborted = true;
  var self = this;
  process.nextTick(function () { self.emit('abort'); });
  this.destroy();
};

ClientRequest.prototype.destroy = function destroy(err) {
  if (this.destroyed) return this;
  this.destroyed = true;
  if (this.res) this.res._dump();
  this._error = err;
  if (this.socket) this.socket.destroy(err);
  return this;
};

function emitAbortNT(req) {
  req.emit('abort');
}
(void emitAbortNT);

function ondrain() {
  var msg = this._httpMessage;
  if (msg && !msg.finished && msg._needDrain) {
    msg._needDrain = false;
    msg.emit('drain');
  }
}

function socketCloseListener() {
  var socket = this;
  var req = socket._httpMessage;
  var parser = socket.parser;
  var res = req.res;
  req.destroyed = true;
  if (res) {
    if (!res.complete) res.destroy(connResetException('aborted'));
    req._closed = true;
    req.emit('close');
    if (!res.aborted && res.readable) res.push(null);
  } else {
    if (!req.socket._hadError) {
      req.socket._hadError = true;
      req.emit('error', connResetException('socket hang up'));
    }
    req._closed = true;
    req.emit('close');
  }
  if (req.outputData) req.outputData.length = 0;
  if (parser) {
    parser.finish();
    freeParser(parser, req, socket);
  }
}

function socketErrorListener(err) {
  var socket = this;
  var req = socket._httpMessage;
  if (req) {
    req.socket._hadError = true;
    req.emit('error', err);
  }
  var parser = socket.parser;
  if (parser) {
    parser.finish();
    freeParser(parser, req, socket);
  }
  socket.removeListener('data', socketOnData);
  socket.removeListener('end', socketOnEnd);
  socket.destroy();
}

function socketOnEnd() {
  var socket = this;
  var req = this._httpMessage;
  var parser = this.parser;
  if (!req.res && !req.socket._hadError) {
    req.socket._hadError = true;
    req.emit('error', connResetException('socket hang up'));
  }
  if (parser) {
    parser.finish();
    freeParser(parser, req, socket);
  }
  socket.destroy();
}

function statusIsInformational(status) {
  return status < 200 && status >= 100 && status !== 101;
}

function socketOnData(d) {
  var socket = this;
  var req = this._httpMessage;
  var parser = this.parser;
  var ret = parser.execute(d);
  if (ret instanceof Error) {
    prepareError(ret, parser, d);
    freeParser(parser, req, socket);
    socket.removeListener('data', socketOnData);
    socket.removeListener('end', socketOnEnd);
    socket.destroy();
    req.socket._hadError = true;
    req.emit('error', ret);
  } else if (parser.incoming && parser.incoming.upgrade) {
    var bytesParsed = ret;
    var res = parser.incoming;
    req.res = res;
    socket.removeListener('data', socketOnData);
    socket.removeListener('end', socketOnEnd);
    socket.removeListener('drain', ondrain);
    if (req.timeoutCb) socket.removeListener('timeout', req.timeoutCb);
    socket.removeListener('timeout', responseOnTimeout);
    parser.finish();
    freeParser(parser, req, socket);
    var bodyHead = d.slice(bytesParsed, d.length);
    var eventName = req.method === 'CONNECT' ? 'connect' : 'upgrade';
    if (req.listenerCount(eventName) > 0) {
      req.upgradeOrConnect = true;
      socket.emit('agentRemove');
      socket.removeListener('close', socketCloseListener);
      socket.removeListener('error', socketErrorListener);
      socket._httpMessage = null;
      socket.readableFlowing = null;
      req.emit(eventName, res, socket, bodyHead);
      req.destroyed = true;
      req._closed = true;
      req.emit('close');
    } else {
      socket.destroy();
    }
  } else if (parser.incoming && parser.incoming.complete && !statusIsInformational(parser.incoming.statusCode)) {
    socket.removeListener('data', socketOnData);
    socket.removeListener('end', socketOnEnd);
    socket.removeListener('drain', ondrain);
    freeParser(parser, req, socket);
  }
}

function parserOnIncomingClient(res, shouldKeepAlive) {
  var socket = this.socket;
  var req = socket._httpMessage;
  if (req.res) {
    socket.destroy();
    return 0;
  }
  req.res = res;
  if (res.upgrade) return 2;
  var method = req.method;
  if (method === 'CONNECT') {
    res.upgrade = true;
    return 2;
  }
  if (statusIsInformational(res.statusCode)) {
    req.res = null;
    if (res.statusCode === 100) req.emit('continue');
    req.emit('information', {
      statusCode: res.statusCode,
      statusMessage: res.statusMessage,
      httpVersion: res.httpVersion,
      httpVersionMajor: res.httpVersionMajor,
      httpVersionMinor: res.httpVersionMinor,
      headers: res.headers,
      rawHeaders: res.rawHeaders
    });
    return 1;
  }
  if (req.shouldKeepAlive && !shouldKeepAlive && !req.upgradeOrConnect) req.shouldKeepAlive = false;
  req.res = res;
  res.req = req;
  res.on('end', responseOnEnd);
  req.on('finish', requestOnFinish);
  socket.on('timeout', responseOnTimeout);
  if (req.aborted || !req.emit('response', res)) res._dump();
  if (method === 'HEAD') return 1;
  if (res.statusCode === 304) {
    res.complete = true;
    return 1;
  }
  return 0;
}

function responseKeepAlive(req) {
  var socket = req.socket;
  if (req.timeoutCb) {
    socket.setTimeout(0, req.timeoutCb);
    req.timeoutCb = null;
  }
  socket.removeListener('close', socketCloseListener);
  socket.removeListener('error', socketErrorListener);
  socket.removeListener('data', socketOnData);
  socket.removeListener('end', socketOnEnd);
  process.nextTick(emitFreeNT, req);
  req.destroyed = true;
  if (req.res) req.res.socket = null;
}

function responseOnEnd() {
  var req = this.req;
  var socket = req.socket;
  if (socket) {
    if (req.timeoutCb) socket.removeListener('timeout', emitRequestTimeout);
    socket.removeListener('timeout', responseOnTimeout);
  }
  req._ended = true;
  if (!req.shouldKeepAlive) {
    if (socket.writable) {
      if (typeof socket.destroySoon === 'function') socket.destroySoon();
      else socket.end();
    }
  } else if (req.writableFinished && !this.aborted) {
    responseKeepAlive(req);
  }
}

function responseOnTimeout() {
  var req = this._httpMessage;
  if (!req) return;
  var res = req.res;
  if (!res) return;
  res.emit('timeout');
}

function requestOnFinish() {
  var req = this;
  if (req.shouldKeepAlive && req._ended) responseKeepAlive(req);
}

function emitFreeNT(req) {
  req._closed = true;
  req.emit('close');
  if (req.socket) req.socket.emit('free');
}

function tickOnSocket(req, socket) {
  var parser = parsers.alloc();
  req.socket = socket;
  parser.initialize(HTTPParser.RESPONSE, socket._handle ? socket._handle.getAsyncId() : 0);
  parser.socket = socket;
  parser.outgoing = req;
  req.parser = parser;
  socket.parser = parser;
  socket._httpMessage = req;
  if (typeof req.maxHeadersCount === 'number') parser.maxHeaderPairs = req.maxHeadersCount << 1;
  parser.onIncoming = parserOnIncomingClient;
  socket.on('error', socketErrorListener);
  socket.on('data', socketOnData);
  socket.on('end', socketOnEnd);
  socket.on('close', socketCloseListener);
  socket.on('drain', ondrain);
  if (req.timeout !== undefined || (req.agent && req.agent.options && req.agent.options.timeout)) {
    listenSocketTimeout(req);
  }
  req.emit('socket', socket);
}

function emitRequestTimeout() {
  var req = this._httpMessage;
  if (req) req.emit('timeout');
}

function listenSocketTimeout(req) {
  if (req.timeoutCb) return;
  req.timeoutCb = emitRequestTimeout;
  if (req.socket) {
    req.socket.once('timeout', emitRequestTimeout);
  } else {
    req.on('socket', function (socket) { socket.once('timeout', emitRequestTimeout); });
  }
}

ClientRequest.prototype.onSocket = function onSocket(socket, err) {
  process.nextTick(onSocketNT, this, socket, err);
};

function onSocketNT(req, socket, err) {
  if (req.destroyed || err) {
    req.destroyed = true;
    var destroyReq = function (e) {
      if (!req.aborted && !e) e = connResetException('socket hang up');
      if (e) req.emit('error', e);
      req._closed = true;
      req.emit('close');
    };
    if (socket) {
      if (!err && req.agent && !socket.destroyed) {
        socket.emit('free');
      } else {
        require('stream').finished(socket.destroy(err || req._error), function (er) {
          if (er && er.code === 'ERR_STREAM_PREMATURE_CLOSE') er = null;
          destroyReq(er || err);
        });
        return;
      }
    }
    destroyReq(err || req._error);
  } else {
    tickOnSocket(req, socket);
    req._flush();
  }
}

ClientRequest.prototype._deferToConnect = function _deferToConnect(method, args) {
  var self = this;
  function callSocketMethod() {
    if (method) self.socket[method].apply(self.socket, args);
  }
  function onSocket() {
    if (self.socket.writable) callSocketMethod();
    else self.socket.once('connect', callSocketMethod);
  }
  if (!this.socket) this.once('socket', onSocket);
  else onSocket();
};

ClientRequest.prototype.setTimeout = function setTimeout(msecs, callback) {
  if (this._ended) return this;
  listenSocketTimeout(this);
  if (callback) this.once('timeout', callback);
  if (this.socket) this.socket.setTimeout(msecs);
  else this.once('socket', function (sock) { sock.setTimeout(msecs); });
  return this;
};

ClientRequest.prototype.setNoDelay = function setNoDelay(noDelay) {
  this._deferToConnect('setNoDelay', [noDelay]);
};

ClientRequest.prototype.setSocketKeepAlive = function setSocketKeepAlive(enable, initialDelay) {
  this._deferToConnect('setKeepAlive', [enable, initialDelay]);
};

ClientRequest.prototype.clearTimeout = function clearTimeout(cb) {
  this.setTimeout(0, cb);
};

module.exports = {
  ClientRequest: ClientRequest,
  urlToHttpOptions: urlToHttpOptions
};
(void nop);
(void Agent);
