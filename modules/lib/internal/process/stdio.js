'use strict';

// process.stdout, process.stderr and process.stdin as streams (Node's
// getStdout/getStderr/getStdin in lib/internal/bootstrap/switches/
// is_main_thread.js). They are made on first use (bootstrap/node.js defines
// lazy getters), so a script that never prints does not load the streams.
//
// stdout/stderr: Writables whose _write writes synchronously
// (internalBinding('stdio'), which also records console.write) and calls
// back at once, as Node's are on Linux for files, pipes and terminals. Like
// Node's they never close their fd: end() and destroy() only end the stream.
// write() has a fast path for the common case (a string, no callback, the
// stream idle): it writes directly, which is exactly what the full Writable
// path would do - a synchronous _write that completes at once leaves no
// state behind and schedules no tick - and keeps console.log cheap.
//
// stdin: a Readable that reads fd 0 on libuv's thread pool (the fs
// binding's read with a callback), a chunk per _read, until a read returns
// 0 (end of file). Reading starts when the stream is read from (a 'data'
// listener, resume(), pipe()), and a pending read keeps the loop alive, as
// Node's does for a flowing stdin. A read already handed to the pool cannot
// be called back, so pause() only takes effect after it returns.

var stdio = internalBinding('stdio');
var Writable = require('internal/streams/writable');

var handleTypes = { TTY: 'tty', FILE: 'fs', PIPE: 'pipe', TCP: 'pipe', UDP: 'pipe', UNKNOWN: 'pipe' };

// --- stdout / stderr ---------------------------------------------------------------

function StdioWriteStream(fd, type) {
  Writable.call(this, { decodeStrings: false });
  this.fd = fd;
  this._type = type;
  this._isStdio = true;
  this.write = fastWrite;
  if (type === 'tty') {
    this.isTTY = true;
    var size = stdio.getWindowSize(fd);
    if (size) {
      this.columns = size[0];
      this.rows = size[1];
    }
  }
}
Object.setPrototypeOf(StdioWriteStream.prototype, Writable.prototype);
Object.setPrototypeOf(StdioWriteStream, Writable);

StdioWriteStream.prototype._write = function (chunk, encoding, cb) {
  if (typeof chunk === 'string') {
    if (encoding === 'utf8' || encoding === 'utf-8' || !encoding) {
      stdio.writeString(this.fd, chunk);
    } else {
      stdio.writeBuffer(this.fd, require('buffer').Buffer.from(chunk, encoding));
    }
  } else {
    stdio.writeBuffer(this.fd, chunk);
  }
  cb();
};

var writableWrite = Writable.prototype.write;

// write(), with the fast path. It is an own property of each stdio stream
// (one lookup less for console.log); deleting it leaves Writable's write.
function fastWrite(chunk, encoding, cb) {
  var state = this._writableState;
  if (typeof chunk === 'string' && encoding === undefined && cb === undefined &&
      state.length === 0 && state.corked === 0 && !state.ending && !state.destroyed &&
      state.errored === null) {
    stdio.writeString(this.fd, chunk);
    return true;
  }
  return writableWrite.call(this, chunk, encoding, cb);
}

// The fd stays open (other code, and the runtime, still write to it).
StdioWriteStream.prototype._destroy = function (err, cb) {
  cb(err);
};

StdioWriteStream.prototype.destroySoon = StdioWriteStream.prototype.destroy;

StdioWriteStream.prototype.getWindowSize = function () {
  var size = stdio.getWindowSize(this.fd);
  return size ? size : [this.columns, this.rows];
};

StdioWriteStream.prototype.hasColors = function (count) {
  if (this._type !== 'tty') return false;
  return (count === undefined ? 16 : count) <= 256;
};

StdioWriteStream.prototype.getColorDepth = function () {
  return this._type === 'tty' ? 8 : 1;
};

// Node's names for the three kinds: a file is a SyncWriteStream, a pipe a
// net.Socket, a terminal a tty.WriteStream.
function SyncWriteStream(fd, type) { StdioWriteStream.call(this, fd, type); }
function Socket(fd, type) { StdioWriteStream.call(this, fd, type); }
function WriteStream(fd, type) { StdioWriteStream.call(this, fd, type); }
[SyncWriteStream, Socket, WriteStream].forEach(function (Ctor) {
  Object.setPrototypeOf(Ctor.prototype, StdioWriteStream.prototype);
  Object.setPrototypeOf(Ctor, StdioWriteStream);
});
var writeCtors = { fs: SyncWriteStream, pipe: Socket, tty: WriteStream };

function createWritableStdioStream(fd) {
  var type = handleTypes[stdio.guessHandleType(fd)] || 'pipe';
  var Ctor = writeCtors[type];
  return new Ctor(fd, type);
}

// --- stdin ------------------------------------------------------------------------

var Readable;  // loaded with the first use of stdin

function StdinStream(fd, type) {
  // A file is Node's fs.ReadStream with autoClose: false (no 'close'); a
  // pipe or terminal a socket, which closes after its end.
  Readable.call(this, { highWaterMark: type === 'fs' ? 64 * 1024 : 16 * 1024,
    autoDestroy: type !== 'fs' });
  this.fd = fd;
  this._reading = false;
  if (type === 'tty') {
    this.isTTY = true;
    this.isRaw = false;
  }
}

StdinStream.prototype._read = function (n) {
  if (this._reading) return;
  this._reading = true;
  var self = this;
  var Buffer = require('buffer').Buffer;
  var size = n > 0 ? n : 16 * 1024;
  var buf = Buffer.allocUnsafe(size);
  internalBinding('fs').read(this.fd, buf, 0, size, -1, function (err, bytesRead) {
    self._reading = false;
    if (self.destroyed) return;
    if (err) {
      // A terminal or pipe that is gone reads as the end.
      if (err.code === 'EOF' || err.code === 'EAGAIN') return self.push(null);
      return self.destroy(err);
    }
    if (bytesRead > 0) self.push(buf.subarray(0, bytesRead));
    else self.push(null);
  });
};

StdinStream.prototype._destroy = function (err, cb) {
  cb(err);
};

StdinStream.prototype.setRawMode = function (flag) {
  this.isRaw = !!flag;
  return this;
};

function ReadStream(fd, type) { StdinStream.call(this, fd, type); }
var StdinSocket = function Socket(fd, type) { StdinStream.call(this, fd, type); };

function createStdin() {
  Readable = require('internal/streams/readable');
  Object.setPrototypeOf(StdinStream.prototype, Readable.prototype);
  Object.setPrototypeOf(StdinStream, Readable);
  [ReadStream, StdinSocket].forEach(function (Ctor) {
    Object.setPrototypeOf(Ctor.prototype, StdinStream.prototype);
    Object.setPrototypeOf(Ctor, StdinStream);
  });
  var type = handleTypes[stdio.guessHandleType(0)] || 'pipe';
  return type === 'pipe' ? new StdinSocket(0, type) : new ReadStream(0, type);
}

module.exports = {
  createWritableStdioStream: createWritableStdioStream,
  createStdin: createStdin
};
