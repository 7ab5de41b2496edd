'use strict';

// fs.ReadStream and fs.WriteStream (Node's lib/internal/fs/streams.js):
// a Readable and a Writable over a file.
//
// HOW. The file is opened by _construct (an fs.open on the thread pool), so
// reads and writes wait for it; 'open' (with the fd) and 'ready' follow.
// ReadStream._read(n) is one fs.read of up to highWaterMark bytes (64 KiB
// by default, a pool request each), pushing what it got; a read of 0 bytes
// is the end. WriteStream._write is one fs.write (more if it was partial).
// Destroying the stream closes the fd (unless autoClose: false), after any
// read or write in flight has come back: the pool may still be using the
// fd, so closing it earlier could hand its number to another file.
//
// So createReadStream(file).on('data') shows in the trace: pool.queue
// "open", then per chunk a pool.work "read" and a stream.push, and the
// 'data' events, then "close".

var utils = require('internal/fs/utils');
var codes = require('internal/errors').codes;
var Readable = require('internal/streams/readable');
var Writable = require('internal/streams/writable');
var errorOrDestroy = require('internal/streams/destroy').errorOrDestroy;
var finished = require('internal/streams/end-of-stream');

var ERR_INVALID_ARG_TYPE = codes.ERR_INVALID_ARG_TYPE;
var ERR_OUT_OF_RANGE = codes.ERR_OUT_OF_RANGE;
var ERR_STREAM_DESTROYED = codes.ERR_STREAM_DESTROYED;
var ERR_METHOD_NOT_IMPLEMENTED = codes.ERR_METHOD_NOT_IMPLEMENTED;

var kIoDone = Symbol('kIoDone');
var kIsPerformingIO = Symbol('kIsPerformingIO');
var kFs = Symbol('kFs');
var kHandle = Symbol('kHandle');

var lazyBufferCtor;
function Buffer() {
  if (lazyBufferCtor === undefined) lazyBufferCtor = require('buffer').Buffer;
  return lazyBufferCtor;
}

function fsModule() {
  return require('fs');
}

function validateFunction(value, name) {
  if (typeof value !== 'function') throw new ERR_INVALID_ARG_TYPE(name, 'Function', value);
}

function _construct(callback) {
  var stream = this;
  if (typeof stream.fd === 'number') {
    callback();
    return;
  }
  if (typeof stream.open === 'function') {
    // Old code overrides open(): wait for its 'open' (or 'error').
    var orgEmit = stream.emit;
    stream.emit = function (type, a, b, c) {
      if (type === 'open') {
        this.emit = orgEmit;
        callback();
        return orgEmit.call(this, type, a, b, c);
      } else if (type === 'error') {
        this.emit = orgEmit;
        callback(a);
        return undefined;
      }
      return orgEmit.call(this, type, a, b, c);
    };
    stream.open();
  } else {
    stream[kFs].open(stream.path, stream.flags, stream.mode, function (er, fd) {
      if (er) {
        callback(er);
      } else {
        stream.fd = fd;
        callback();
        stream.emit('open', stream.fd);
        stream.emit('ready');
      }
    });
  }
}

// The fs calls a stream makes on a FileHandle (fs.promises.open()).
function fileHandleOperations(handle) {
  var promisesMod = require('internal/fs/promises');
  return {
    open: function () {
      throw new ERR_METHOD_NOT_IMPLEMENTED('open()');
    },
    close: function (fd, cb) {
      handle[promisesMod.kUnref]();
      handle.close().then(function () { cb(); }, cb);
    },
    fsync: function (fd, cb) {
      handle.sync().then(function () { cb(); }, cb);
    },
    read: function (fd, buf, offset, length, pos, cb) {
      handle.read(buf, offset, length, pos).then(function (r) {
        cb(null, r.bytesRead, r.buffer);
      }, function (err) { cb(err, 0, buf); });
    },
    write: function (fd, buf, offset, length, pos, cb) {
      handle.write(buf, offset, length, pos).then(function (r) {
        cb(null, r.bytesWritten, r.buffer);
      }, function (err) { cb(err, 0, buf); });
    },
    writev: function (fd, buffers, pos, cb) {
      handle.writev(buffers, pos).then(function (r) {
        cb(null, r.bytesWritten, r.buffers);
      }, function (err) { cb(err, 0, buffers); });
    }
  };
}

function close(stream, err, cb) {
  if (!stream.fd) {
    cb(err);
  } else if (stream.flush) {
    stream[kFs].fsync(stream.fd, function (flushErr) {
      _close(stream, err || flushErr, cb);
    });
  } else {
    _close(stream, err, cb);
  }
}

function _close(stream, err, cb) {
  stream[kFs].close(stream.fd, function (er) {
    cb(er || err);
  });
  stream.fd = null;
}

function importFd(stream, options) {
  if (typeof options.fd === 'number') {
    stream[kFs] = options.fs || fsModule();
    return options.fd;
  }
  var FileHandle = require('internal/fs/promises').FileHandle;
  if (typeof options.fd === 'object' && options.fd instanceof FileHandle) {
    if (options.fs) throw new ERR_METHOD_NOT_IMPLEMENTED('FileHandle with fs');
    stream[kHandle] = options.fd;
    stream[kFs] = fileHandleOperations(stream[kHandle]);
    stream[kHandle][require('internal/fs/promises').kRef]();
    options.fd.on('close', stream.close.bind(stream));
    return options.fd.fd;
  }
  throw new ERR_INVALID_ARG_TYPE('options.fd', ['number', 'FileHandle'], options.fd);
}

// --- ReadStream -------------------------------------------------------------------------

function ReadStream(path, options) {
  if (!(this instanceof ReadStream)) return new ReadStream(path, options);

  // A bigger buffer than other streams: 64 KiB.
  options = utils.copyObject(utils.getOptions(options, {}));
  if (options.highWaterMark === undefined) options.highWaterMark = 64 * 1024;
  if (options.autoDestroy === undefined) options.autoDestroy = false;

  if (options.fd == null) {
    this.fd = null;
    this[kFs] = options.fs || fsModule();
    validateFunction(this[kFs].open, 'options.fs.open');
    // The path is ignored when an fd is given, so it may be falsy then.
    this.path = utils.toPathIfFileURL(path);
    this.flags = options.flags === undefined ? 'r' : options.flags;
    this.mode = options.mode === undefined ? 438 : options.mode;
    utils.validatePath(this.path);
  } else {
    this.fd = utils.getValidatedFd(importFd(this, options));
  }

  options.autoDestroy = options.autoClose === undefined ? true : options.autoClose;

  validateFunction(this[kFs].read, 'options.fs.read');
  if (options.autoDestroy) validateFunction(this[kFs].close, 'options.fs.close');

  this.start = options.start;
  this.end = options.end;
  this.pos = undefined;
  this.bytesRead = 0;
  this[kIsPerformingIO] = false;

  if (this.start !== undefined) {
    utils.validateInteger(this.start, 'start', 0);
    this.pos = this.start;
  }

  if (this.end === undefined) {
    this.end = Infinity;
  } else if (this.end !== Infinity) {
    utils.validateInteger(this.end, 'end', 0);
    if (this.start !== undefined && this.start > this.end) {
      throw new ERR_OUT_OF_RANGE('start', '<= "end" (here: ' + this.end + ')', this.start);
    }
  }

  Readable.call(this, options);
}
Object.setPrototypeOf(ReadStream.prototype, Readable.prototype);
Object.setPrototypeOf(ReadStream, Readable);

Object.defineProperty(ReadStream.prototype, 'autoClose', {
  get: function () { return this._readableState.autoDestroy; },
  set: function (val) { this._readableState.autoDestroy = val; },
  configurable: true
});

ReadStream.prototype._construct = _construct;

ReadStream.prototype._read = function (n) {
  var self = this;
  n = this.pos !== undefined ? Math.min(this.end - this.pos + 1, n) :
    Math.min(this.end - this.bytesRead + 1, n);
  if (n <= 0) {
    this.push(null);
    return;
  }

  var buf = Buffer().allocUnsafeSlow(n);
  this[kIsPerformingIO] = true;
  this[kFs].read(this.fd, buf, 0, n, this.pos, function (er, bytesRead, buffer) {
    self[kIsPerformingIO] = false;
    // Destroyed meanwhile: _destroy waits for this to close the fd.
    if (self.destroyed) {
      self.emit(kIoDone, er);
      return;
    }
    if (er) {
      errorOrDestroy(self, er);
    } else if (bytesRead > 0) {
      if (self.pos !== undefined) self.pos += bytesRead;
      self.bytesRead += bytesRead;
      var chunk = buffer || buf;
      if (bytesRead !== chunk.length) {
        // Shrink to fit, copying so a short read does not pin the big buffer.
        var dst = Buffer().allocUnsafeSlow(bytesRead);
        chunk.copy(dst, 0, 0, bytesRead);
        chunk = dst;
      }
      self.push(chunk);
    } else {
      self.push(null);
    }
  });
};

ReadStream.prototype._destroy = function (err, cb) {
  // The pool may still be reading with the fd: close it when that is done.
  var self = this;
  if (this[kIsPerformingIO]) {
    this.once(kIoDone, function (er) { close(self, err || er, cb); });
  } else {
    close(this, err, cb);
  }
};

ReadStream.prototype.close = function (cb) {
  if (typeof cb === 'function') finished(this, cb);
  this.destroy();
};

Object.defineProperty(ReadStream.prototype, 'pending', {
  get: function () { return this.fd === null; },
  configurable: true
});

// --- WriteStream ------------------------------------------------------------------------

function WriteStream(path, options) {
  if (!(this instanceof WriteStream)) return new WriteStream(path, options);

  options = utils.copyObject(utils.getOptions(options, {}));
  // Only Buffers reach _write.
  options.decodeStrings = true;

  if (options.fd == null) {
    this.fd = null;
    this[kFs] = options.fs || fsModule();
    validateFunction(this[kFs].open, 'options.fs.open');
    this.path = utils.toPathIfFileURL(path);
    this.flags = options.flags === undefined ? 'w' : options.flags;
    this.mode = options.mode === undefined ? 438 : options.mode;
    utils.validatePath(this.path);
  } else {
    this.fd = utils.getValidatedFd(importFd(this, options));
  }

  options.autoDestroy = options.autoClose === undefined ? true : options.autoClose;

  if (!this[kFs].write && !this[kFs].writev) {
    throw new ERR_INVALID_ARG_TYPE('options.fs.write', 'function', this[kFs].write);
  }
  if (this[kFs].write) validateFunction(this[kFs].write, 'options.fs.write');
  if (this[kFs].writev) validateFunction(this[kFs].writev, 'options.fs.writev');
  if (options.autoDestroy) validateFunction(this[kFs].close, 'options.fs.close');

  this.flush = options.flush;
  if (this.flush == null) {
    this.flush = false;
  } else {
    if (typeof this.flush !== 'boolean') {
      throw new ERR_INVALID_ARG_TYPE('options.flush', 'boolean', this.flush);
    }
    validateFunction(this[kFs].fsync, 'options.fs.fsync');
  }

  // Overriding either write or writev is enough.
  if (!this[kFs].write) this._write = null;
  if (!this[kFs].writev) this._writev = null;

  this.start = options.start;
  this.pos = undefined;
  this.bytesWritten = 0;
  this[kIsPerformingIO] = false;

  if (this.start !== undefined) {
    utils.validateInteger(this.start, 'start', 0);
    this.pos = this.start;
  }

  Writable.call(this, options);

  if (options.encoding) this.setDefaultEncoding(options.encoding);
}
Object.setPrototypeOf(WriteStream.prototype, Writable.prototype);
Object.setPrototypeOf(WriteStream, Writable);

Object.defineProperty(WriteStream.prototype, 'autoClose', {
  get: function () { return this._writableState.autoDestroy; },
  set: function (val) { this._writableState.autoDestroy = val; },
  configurable: true
});

WriteStream.prototype._construct = _construct;

function writeAll(stream, data, size, pos, cb, retries) {
  stream[kFs].write(stream.fd, data, 0, size, pos, function (er, bytesWritten, buffer) {
    // Nothing could be written now: try again.
    if (er && er.code === 'EAGAIN') {
      er = null;
      bytesWritten = 0;
    }
    if (stream.destroyed || er) return cb(er || new ERR_STREAM_DESTROYED('write'));
    stream.bytesWritten += bytesWritten;
    retries = bytesWritten ? 0 : retries + 1;
    size -= bytesWritten;
    pos += bytesWritten;
    if (retries > 5) {
      cb(new Error('write failed'));
    } else if (size) {
      writeAll(stream, (buffer || data).slice(bytesWritten), size, pos, cb, retries);
    } else {
      cb();
    }
  });
}

function writevAll(stream, chunks, size, pos, cb, retries) {
  stream[kFs].writev(stream.fd, chunks, stream.pos, function (er, bytesWritten, buffers) {
    if (er && er.code === 'EAGAIN') {
      er = null;
      bytesWritten = 0;
    }
    if (stream.destroyed || er) return cb(er || new ERR_STREAM_DESTROYED('writev'));
    stream.bytesWritten += bytesWritten;
    retries = bytesWritten ? 0 : retries + 1;
    size -= bytesWritten;
    pos += bytesWritten;
    if (retries > 5) {
      cb(new Error('writev failed'));
    } else if (size) {
      writevAll(stream, [Buffer().concat(buffers || chunks).slice(bytesWritten)], size, pos, cb,
        retries);
    } else {
      cb();
    }
  });
}

WriteStream.prototype._write = function (data, encoding, cb) {
  var self = this;
  this[kIsPerformingIO] = true;
  writeAll(this, data, data.length, this.pos, function (er) {
    self[kIsPerformingIO] = false;
    if (self.destroyed) {
      // _destroy is waiting to close the fd.
      cb(er);
      return self.emit(kIoDone, er);
    }
    cb(er);
  }, 0);
  if (this.pos !== undefined) this.pos += data.length;
};

WriteStream.prototype._writev = function (data, cb) {
  var self = this;
  var len = data.length;
  var chunks = new Array(len);
  var size = 0;
  for (var i = 0; i < len; i++) {
    var chunk = data[i].chunk;
    chunks[i] = chunk;
    size += chunk.length;
  }
  this[kIsPerformingIO] = true;
  writevAll(this, chunks, size, this.pos, function (er) {
    self[kIsPerformingIO] = false;
    if (self.destroyed) {
      cb(er);
      return self.emit(kIoDone, er);
    }
    cb(er);
  }, 0);
  if (this.pos !== undefined) this.pos += size;
};

WriteStream.prototype._destroy = function (err, cb) {
  var self = this;
  if (this[kIsPerformingIO]) {
    this.once(kIoDone, function (er) { close(self, err || er, cb); });
  } else {
    close(this, err, cb);
  }
};

WriteStream.prototype.close = function (cb) {
  if (cb) {
    if (this.closed) {
      process.nextTick(cb);
      return;
    }
    this.on('close', cb);
  }
  // Without autoClose, destroy at 'finish'.
  if (!this.autoClose) this.on('finish', this.destroy);
  // end(), not destroy(): what was written still reaches the file.
  this.end();
};

// Files have no shutdown().
WriteStream.prototype.destroySoon = WriteStream.prototype.end;

Object.defineProperty(WriteStream.prototype, 'pending', {
  get: function () { return this.fd === null; },
  configurable: true
});

module.exports = {
  ReadStream: ReadStream,
  WriteStream: WriteStream
};
