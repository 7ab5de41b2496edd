'use strict';

// IncomingMessage (Node's lib/_http_incoming.js): a request on the server,
// a response on the client. A Readable whose data the HTTP parser pushes
// (_http_common.js): reading from it resumes the socket, and a full buffer
// pauses it, so backpressure reaches TCP. Headers are kept raw
// (rawHeaders: [name, value, ...]) and the `headers` object is built on
// first use, with Node's rules for duplicates (set-cookie makes an array,
// cookie joins with '; ', a few singletons keep the first value, the rest
// join with ', ').

var Readable = require('stream').Readable;

function readStart(socket) {
  if (socket && !socket._paused && socket.readable) socket.resume();
}

function IncomingMessage(socket) {
  var streamOptions;
  if (socket) streamOptions = { highWaterMark: socket.readableHighWaterMark };
  Readable.call(this, streamOptions);
  this._readableState.readingMore = true;
  this.socket = socket;
  this._headers = null;
  this._headersCount = 0;
  this._trailers = null;
  this._trailersCount = 0;
  this.httpVersionMajor = null;
  this.httpVersionMinor = null;
  this.httpVersion = null;
  this.complete = false;
  this.rawHeaders = [];
  this.rawTrailers = [];
  this.joinDuplicateHeaders = false;
  this.aborted = false;
  this.upgrade = null;
  this.url = '';
  this.method = null;
  this.statusCode = null;
  this.statusMessage = null;
  this._consuming = false;
  this._dumped = false;
}
Object.setPrototypeOf(IncomingMessage.prototype, Readable.prototype);
Object.setPrototypeOf(IncomingMessage, Readable);

Object.defineProperty(IncomingMessage.prototype, 'connection', {
  configurable: true,
  enumerable: true,
  get: function () { return this.socket; },
  set: function (val) { this.socket = val; }
});

Object.defineProperty(IncomingMessage.prototype, 'client', {
  configurable: true,
  get: function () { return this.socket; }
});

Object.defineProperty(IncomingMessage.prototype, 'headers', {
  configurable: true,
  enumerable: true,
  get: function () {
    if (!this._headers) {
      this._headers = {};
      var src = this.rawHeaders;
      var dst = this._headers;
      for (var n = 0; n < this._headersCount; n += 2) this._addHeaderLine(src[n], src[n + 1], dst);
    }
    return this._headers;
  },
  set: function (val) { this._headers = val; }
});

Object.defineProperty(IncomingMessage.prototype, 'headersDistinct', {
  configurable: true,
  enumerable: true,
  get: function () {
    var out = {};
    var src = this.rawHeaders;
    for (var n = 0; n < this._headersCount; n += 2) {
      var key = src[n].toLowerCase();
      if (out[key] === undefined) out[key] = [src[n + 1]];
      else out[key].push(src[n + 1]);
    }
    return out;
  }
});

Object.defineProperty(IncomingMessage.prototype, 'trailers', {
  configurable: true,
  enumerable: true,
  get: function () {
    if (!this._trailers) {
      this._trailers = {};
      var src = this.rawTrailers;
      for (var n = 0; n < this._trailersCount; n += 2) this._addHeaderLine(src[n], src[n + 1], this._trailers);
    }
    return this._trailers;
  },
  set: function (val) { this._trailers = val; }
});

IncomingMessage.prototype.setTimeout = function setTimeout(msecs, callback) {
  if (callback) this.on('timeout', callback);
  this.socket.setTimeout(msecs);
  return this;
};

IncomingMessage.prototype._read = function _read(n) {
  if (!this._consuming) {
    this._readableState.readingMore = false;
    this._consuming = true;
  }
  if (this.socket && this.socket.readable) readStart(this.socket);
};

IncomingMessage.prototype._destroy = function _destroy(err, cb) {
  if (!this.readableEnded || !this.complete) {
    this.aborted = true;
    this.emit('aborted');
  }
  if (this.socket && !this.socket.destroyed && this.aborted) {
    this.socket.destroy(err);
    var self = this;
    var finished = require('stream').finished;
    var cleanup = finished(this.socket, function (e) {
      if (e && e.code === 'ERR_STREAM_PREMATURE_CLOSE') e = null;
      cleanup();
      process.nextTick(onError, self, e || err, cb);
    });
  } else {
    process.nextTick(onError, this, err, cb);
  }
};

function onError(self, error, cb) {
  if (self.listenerCount('error') === 0) cb();
  else cb(error);
}

IncomingMessage.prototype._addHeaderLines = function _addHeaderLines(headers, n) {
  if (headers && headers.length) {
    var dest;
    if (this.complete) {
      this.rawTrailers = headers;
      this._trailersCount = n;
      dest = this._trailers;
    } else {
      this.rawHeaders = headers;
      this._headersCount = n;
      dest = this._headers;
    }
    if (dest) {
      for (var i = 0; i < n; i += 2) this._addHeaderLine(headers[i], headers[i + 1], dest);
    }
  }
};

// How duplicates of a header combine: 0 join with ', ', 1 set-cookie array,
// 2 join with '; ' (cookie), 3 keep the first (Node's matchKnownFields).
var singletons = {
  'content-type': 3, 'content-length': 3, 'user-agent': 3, 'referer': 3, 'host': 3,
  'authorization': 3, 'proxy-authorization': 3, 'if-modified-since': 3,
  'if-unmodified-since': 3, 'from': 3, 'location': 3, 'max-forwards': 3, 'retry-after': 3,
  'etag': 3, 'last-modified': 3, 'server': 3, 'age': 3, 'expires': 3,
  'set-cookie': 1, 'cookie': 2
};

IncomingMessage.prototype._addHeaderLine = function _addHeaderLine(field, value, dest) {
  field = field.toLowerCase();
  var kind = singletons[field];
  if (kind === undefined || kind === 2) {
    if (this.joinDuplicateHeaders || typeof dest[field] !== 'string') {
      if (typeof dest[field] === 'string') dest[field] += (kind === 2 ? '; ' : ', ') + value;
      else dest[field] = value;
    } else {
      dest[field] += (kind === 2 ? '; ' : ', ') + value;
    }
  } else if (kind === 1) {
    if (dest['set-cookie'] !== undefined) dest['set-cookie'].push(value);
    else dest['set-cookie'] = [value];
  } else if (this.joinDuplicateHeaders) {
    if (dest[field] === undefined) dest[field] = value;
    else dest[field] += ', ' + value;
  } else if (dest[field] === undefined) {
    dest[field] = value;
  }
};

IncomingMessage.prototype._addHeaderLineDistinct = function (field, value, dest) {
  var key = field.toLowerCase();
  if (!dest[key]) dest[key] = [value];
  else dest[key].push(value);
};

// Called when the message cannot be read by anyone: drain it.
IncomingMessage.prototype._dump = function _dump() {
  if (!this._dumped) {
    this._dumped = true;
    this.removeAllListeners('data');
    this.resume();
  }
};

module.exports = {
  IncomingMessage: IncomingMessage,
  readStart: readStart,
  readStop: function (socket) { if (socket) socket.pause(); }
};
