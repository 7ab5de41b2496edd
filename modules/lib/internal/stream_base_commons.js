'use strict';

// Reading and writing on a native stream handle (TCP or Pipe, modules/native/
// stream_wrap.hpp), shared by net.Socket and child process pipes (Node's
// lib/internal/stream_base_commons.js).
//
// Writes: writeGeneric hands one chunk to the handle. libuv tries to write it
// at once (uv_try_write); when it all went out, the write is complete right
// there and its callback runs synchronously (the Writable defers its own
// callback to a tick). When part of it had to be queued, req.oncomplete runs
// later, in the poll phase, as a callback from the loop. streamState (a
// Float64Array shared with C++) says which happened and how many bytes.
//
// Reads: onStreamRead is the handle's onread: a chunk is pushed into the
// Readable; when push() says stop (the buffer is over highWaterMark), the
// handle stops reading until _read asks again: backpressure reaches the
// kernel. nread < 0 is an error, or UV_EOF: the end of the data.

var uvErrors = require('internal/uv_errors');
var uv = uvErrors.uv;
var errnoException = uvErrors.errnoException;
var streamState = internalBinding('tcp_wrap').streamState;

var kBytesWritten = 0;
var kLastWriteWasAsync = 1;
var UV_EOF = uv.UV_EOF;

var Buffer = require('buffer').Buffer;  // also sets up the Buffer binding that reads use

function onWriteComplete(status) {
  var stream = this.handle.owner;
  if (stream === undefined || stream.destroyed) {
    if (typeof this.callback === 'function') this.callback(null);
    return;
  }
  if (status < 0) {
    var ex = errnoException(status, 'write', this.error);
    if (typeof this.callback === 'function') this.callback(ex);
    else stream.destroy(ex);
    return;
  }
  if (stream._timeout !== null) stream._unrefTimer();
  if (typeof this.callback === 'function') this.callback(null);
}

function WriteWrap(handle, callback) {
  this.handle = handle;
  this.oncomplete = onWriteComplete;
  this.async = false;
  this.bytes = 0;
  this.callback = callback;
}

// What a write that completed at once (or failed at once) returns: no
// request object is made for it.
var kSyncWrite = { async: false, bytes: 0 };

// r: the native write's result (0, a uv error, or a queued request object).
function afterWriteDispatched(handle, r, cb) {
  if (r === 0) {
    cb();
    return kSyncWrite;
  }
  if (typeof r === 'number') {
    cb(errnoException(r, 'write'));
    return kSyncWrite;
  }
  r.handle = handle;
  r.oncomplete = onWriteComplete;
  r.async = true;
  r.bytes = streamState[kBytesWritten];
  r.callback = cb;
  return r;
}

function writeGeneric(self, data, encoding, cb) {
  var handle = self._handle;
  var r;
  if (typeof data !== 'string') {
    r = handle.writeBuffer(undefined, data);
  } else if (encoding === 'utf8' || encoding === 'utf-8' || encoding === undefined || encoding === '' ||
      encoding === 'buffer') {
    r = handle.writeUtf8String(undefined, data);
  } else {
    r = handle.writeBuffer(undefined, Buffer.from(data, encoding));
  }
  return afterWriteDispatched(handle, r, cb);
}

// chunks: the Writable's [{ chunk, encoding }], or plain chunks when allBuffers.
function writevGeneric(self, data, cb) {
  var chunks = new Array(data.length);
  for (var i = 0; i < data.length; i++) {
    var entry = data[i];
    var chunk = entry.chunk !== undefined ? entry.chunk : entry;
    if (typeof chunk === 'string' && entry.encoding !== undefined && entry.encoding !== 'utf8' &&
        entry.encoding !== 'utf-8' && entry.encoding !== 'buffer') {
      chunk = Buffer.from(chunk, entry.encoding);
    }
    chunks[i] = chunk;
  }
  return afterWriteDispatched(self._handle, self._handle.writev(undefined, chunks), cb);
}

function onStreamRead(nread, buf) {
  var handle = this;
  var stream = handle.owner;
  if (stream === undefined) return;
  if (stream._timeout !== null) stream._unrefTimer();
  if (nread > 0 && !stream.destroyed) {
    if (!stream.push(buf)) {
      handle.reading = false;
      if (!stream.destroyed) {
        var err = handle.readStop();
        if (err) stream.destroy(errnoException(err, 'read'));
      }
    }
    return;
  }
  if (nread === 0) return;
  if (nread !== UV_EOF) {
    stream.destroy(errnoException(nread, 'read'));
    return;
  }
  if (!stream._readableState.endEmitted) {
    stream.push(null);
    stream.read(0);
  }
}

module.exports = {
  WriteWrap: WriteWrap,
  writeGeneric: writeGeneric,
  writevGeneric: writevGeneric,
  onStreamRead: onStreamRead,
  streamState: streamState,
  kBytesWritten: kBytesWritten,
  kLastWriteWasAsync: kLastWriteWasAsync
};
