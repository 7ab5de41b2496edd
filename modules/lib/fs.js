'use strict';

// The fs module (Node's lib/fs.js): every file-system call in its
// synchronous, callback and promise (fs.promises, internal/fs/promises.js)
// forms, with Node 20's argument checks and errors.
//
// HOW. Each call goes to internalBinding('fs') (modules/native/fs.cpp):
//   fs.statSync(p)      -> binding.stat(p)          runs now, on the loop thread
//   fs.stat(p, cb)      -> binding.stat(p, callback)
//                          queued to libuv's thread pool; a worker runs it;
//                          the callback runs in a later poll phase
// The trace shows each async request (pool.queue, pool.work with the worker
// and its timing, fs.done, then callback.enter kind "fs"), and each sync call
// as fs.sync, so a learner can see the loop blocked by a *Sync call.
//
// WHY readFile/writeFile take several round trips. As in Node, fs.readFile
// is open, fstat, read (512 KiB at a time), close - each its own pool
// request and poll-phase callback - and fs.writeFile is open, write...,
// close. So its callback comes several loop iterations later, after
// setImmediate callbacks queued meanwhile, exactly when Node's does, and the
// trace shows each step. The *Sync forms do it in one binding call.
//
// Errors are Node's: "ENOENT: no such file or directory, open 'x'" with
// errno, code, syscall, path (and dest for two-path calls), built by the
// binding; argument errors (ERR_INVALID_ARG_TYPE, ...) by internal/fs/utils.
//
// Not here: fs.watch, fs.watchFile and fs.unwatchFile (they throw
// ERR_NOT_SUPPORTED), fs.openAsBlob (no Blob), BigInt stats (no BigInt).

var binding = internalBinding('fs');
var constants = internalBinding('constants_fs');
var utils = require('internal/fs/utils');
var errors = require('internal/errors');
var codes = errors.codes;
var pathModule = require('path');

var withRest = internalBinding('functions').withRest;

var Stats = utils.Stats;
var Dirent = utils.Dirent;
var getValidatedPath = utils.getValidatedPath;
var getValidatedFd = utils.getValidatedFd;
var getOptions = utils.getOptions;
var stringToFlags = utils.stringToFlags;
var parseFileMode = utils.parseFileMode;
var isArrayBufferView = utils.isArrayBufferView;
var isInt32 = utils.isInt32;
var toUint8 = utils.toUint8;
var kIoMaxLength = utils.constants.kIoMaxLength;
var kReadFileBufferLength = utils.constants.kReadFileBufferLength;
var kReadFileUnknownBufferLength = utils.constants.kReadFileUnknownBufferLength;

var ERR_INVALID_ARG_TYPE = codes.ERR_INVALID_ARG_TYPE;
var ERR_INVALID_ARG_VALUE = codes.ERR_INVALID_ARG_VALUE;

var F_OK = constants.F_OK;
var S_IFREG = constants.S_IFREG;

var lazyBufferCtor;
function Buffer() {
  if (lazyBufferCtor === undefined) lazyBufferCtor = require('buffer').Buffer;
  return lazyBufferCtor;
}

function nop() {}

// An fs completion is named after the user's callback it serves (see
// internal/trace's servedBy).
var servedBy = require('internal/trace').servedBy;

function validateFunction(cb, name) {
  if (typeof cb !== 'function') throw new ERR_INVALID_ARG_TYPE(name, 'Function', cb);
}

function makeCallback(cb) {
  validateFunction(cb, 'cb');
  return cb;
}

function maybeCallback(cb) {
  validateFunction(cb, 'cb');
  return cb;
}

function validateBoolean(value, name) {
  if (typeof value !== 'boolean') throw new ERR_INVALID_ARG_TYPE(name, 'boolean', value);
}

function validateObjectNullable(value, name) {
  if (value !== null && (typeof value !== 'object' || Array.isArray(value))) {
    throw new ERR_INVALID_ARG_TYPE(name, 'Object', value);
  }
}

var isFd = isInt32;

// --- access / exists --------------------------------------------------------------

function access(path, mode, callback) {
  if (typeof mode === 'function') {
    callback = mode;
    mode = F_OK;
  }
  path = getValidatedPath(path);
  mode = utils.getValidMode(mode, 'access');
  callback = makeCallback(callback);
  binding.access(path, mode, callback);
}

function accessSync(path, mode) {
  path = getValidatedPath(path);
  mode = utils.getValidMode(mode, 'access');
  binding.access(path, mode);
}

function exists(path, callback) {
  validateFunction(callback, 'cb');
  function suppressedCallback(err) {
    callback(!err);
  }
  try {
    fs.access(path, F_OK, suppressedCallback);
  } catch (e) {
    return callback(false);
  }
}

Object.defineProperty(exists, Symbol.for('nodejs.util.promisify.custom'), {
  value: function exists(path) {
    return new Promise(function (resolve) { fs.exists(path, resolve); });
  }
});

function existsSync(path) {
  try {
    path = getValidatedPath(path);
  } catch (e) {
    return false;
  }
  try {
    binding.access(path, F_OK);
    return true;
  } catch (e) {
    return false;
  }
}

// --- readFile -----------------------------------------------------------------------

// The steps of fs.readFile, each a pool request: open, fstat, read...,
// close (Node's ReadFileContext).
function ReadFileContext(callback, encoding) {
  this.fd = undefined;
  this.isUserFd = undefined;
  this.size = 0;
  this.callback = callback;
  this.buffers = null;
  this.buffer = null;
  this.pos = 0;
  this.encoding = encoding;
  this.err = null;
  this.signal = undefined;
}

ReadFileContext.prototype.read = function () {
  var buffer;
  var offset;
  var length;
  if (this.signal && this.signal.aborted) {
    return this.close(new (require('internal/streams/codes').AbortError)(undefined,
      { cause: this.signal.reason }));
  }
  if (this.size === 0) {
    buffer = Buffer().allocUnsafeSlow(kReadFileUnknownBufferLength);
    offset = 0;
    length = kReadFileUnknownBufferLength;
    this.buffer = buffer;
  } else {
    buffer = this.buffer;
    offset = this.pos;
    length = Math.min(kReadFileBufferLength, this.size - this.pos);
  }
  var context = this;
  binding.read(this.fd, buffer, offset, length, -1, servedBy(this.callback, function (err, bytesRead) {
    readFileAfterRead(context, err, bytesRead);
  }, 'read'));
};

ReadFileContext.prototype.close = function (err) {
  var context = this;
  if (this.isUserFd) {
    process.nextTick(readFileAfterClose, context, null);
    return;
  }
  this.err = err;
  binding.close(this.fd, servedBy(this.callback, function (closeErr) {
    readFileAfterClose(context, closeErr);
  }));
};

function readFileAfterOpen(context, err, fd) {
  if (err) {
    context.callback(err);
    return;
  }
  context.fd = fd;
  binding.fstat(fd, servedBy(context.callback, function (statErr, stats) {
    readFileAfterStat(context, statErr, stats);
  }, 'fstat'));
}

function readFileAfterStat(context, err, stats) {
  if (err) return context.close(err);
  var size = context.size = utils.isFileType(stats, S_IFREG) ? stats[8] : 0;
  if (size > kIoMaxLength) return context.close(new codes.ERR_FS_FILE_TOO_LARGE(size));
  try {
    if (size === 0) {
      context.buffers = [];
    } else {
      context.buffer = Buffer().allocUnsafeSlow(size);
    }
  } catch (e) {
    return context.close(e);
  }
  context.read();
}

function readFileAfterRead(context, err, bytesRead) {
  if (err) return context.close(err);
  context.pos += bytesRead;
  if (context.pos === context.size || bytesRead === 0) {
    context.close();
  } else {
    if (context.size === 0) {
      // Size unknown (a pipe, /proc): read until a read returns nothing.
      var buffer = bytesRead === kReadFileUnknownBufferLength ? context.buffer :
        context.buffer.slice(0, bytesRead);
      context.buffers.push(buffer);
    }
    context.read();
  }
}

function readFileAfterClose(context, err) {
  var callback = context.callback;
  var buffer = null;
  if (context.err || err) {
    return callback(require('internal/streams/codes').aggregateTwoErrors(err, context.err));
  }
  try {
    if (context.size === 0) buffer = Buffer().concat(context.buffers, context.pos);
    else if (context.pos < context.size) buffer = context.buffer.slice(0, context.pos);
    else buffer = context.buffer;
    if (context.encoding) buffer = buffer.toString(context.encoding);
  } catch (e) {
    return callback(e);
  }
  callback(null, buffer);
}

function checkAborted(signal, callback) {
  if (signal && signal.aborted) {
    callback(new (require('internal/streams/codes').AbortError)(undefined, { cause: signal.reason }));
    return true;
  }
  return false;
}

function readFile(path, options, callback) {
  callback = maybeCallback(callback || options);
  options = getOptions(options, { flag: 'r' });
  var context = new ReadFileContext(callback, options.encoding);
  context.isUserFd = isFd(path);
  if (options.signal) context.signal = options.signal;
  if (context.isUserFd) {
    process.nextTick(readFileAfterOpen, context, null, path);
    return;
  }
  if (checkAborted(options.signal, callback)) return;
  var flagsNumber = stringToFlags(options.flag, 'options.flag');
  path = getValidatedPath(path);
  binding.open(path, flagsNumber, 438, servedBy(callback, function (err, fd) {
    readFileAfterOpen(context, err, fd);
  }, 'open'));
}

function tryStatSync(fd, isUserFd) {
  try {
    return binding.fstat(fd);
  } catch (e) {
    if (!isUserFd) binding.close(fd);
    throw e;
  }
}

function tryReadSync(fd, isUserFd, buffer, pos, len) {
  try {
    return binding.read(fd, buffer, pos, len, -1);
  } catch (e) {
    if (!isUserFd) binding.close(fd);
    throw e;
  }
}

// A whole file read through an fd we hold: what readFileSync does for a
// user fd, the same steps as Node.
function readFdSync(fd, isUserFd) {
  var stats = tryStatSync(fd, isUserFd);
  var size = utils.isFileType(stats, S_IFREG) ? stats[8] : 0;
  var pos = 0;
  var buffer;
  var buffers;
  var bytesRead;
  if (size > kIoMaxLength) {
    if (!isUserFd) binding.close(fd);
    throw new codes.ERR_FS_FILE_TOO_LARGE(size);
  }
  if (size !== 0) {
    buffer = Buffer().allocUnsafe(size);
    do {
      bytesRead = tryReadSync(fd, isUserFd, buffer, pos, size - pos);
      pos += bytesRead;
    } while (bytesRead !== 0 && pos < size);
  } else {
    buffers = [];
    do {
      buffer = Buffer().allocUnsafe(kReadFileUnknownBufferLength);
      bytesRead = tryReadSync(fd, isUserFd, buffer, 0, kReadFileUnknownBufferLength);
      if (bytesRead !== 0) buffers.push(buffer.slice(0, bytesRead));
      pos += bytesRead;
    } while (bytesRead !== 0);
  }
  if (!isUserFd) binding.close(fd);
  if (size === 0) buffer = Buffer().concat(buffers, pos);
  else if (pos < size) buffer = buffer.slice(0, pos);
  return buffer;
}

function readFileSync(path, options) {
  options = getOptions(options, { flag: 'r' });
  var encoding = options.encoding;
  if (isFd(path)) {
    var data = readFdSync(path, true);
    return encoding ? data.toString(encoding) : data;
  }
  var flags = stringToFlags(options.flag);
  path = getValidatedPath(path);
  if (encoding === 'utf8' || encoding === 'utf-8') {
    // One binding call straight to a string.
    return binding.readFileUtf8(path, flags);
  }
  // Open, fstat, read and close in one binding call.
  var bytes = binding.readFile(path, flags);
  var buffer = Buffer().from(bytes.buffer, bytes.byteOffset, bytes.length);
  return encoding ? buffer.toString(encoding) : buffer;
}

// --- writeFile / appendFile ---------------------------------------------------------

function writeAll(fd, isUserFd, buffer, offset, length, signal, flush, callback) {
  if (signal && signal.aborted) {
    var abortErr = new (require('internal/streams/codes').AbortError)(undefined,
      { cause: signal.reason });
    if (isUserFd) {
      callback(abortErr);
    } else {
      binding.close(fd, servedBy(callback, function (err) {
        callback(require('internal/streams/codes').aggregateTwoErrors(err, abortErr));
      }));
    }
    return;
  }
  binding.write(fd, buffer, offset, length, -1, servedBy(callback, function (writeErr, written) {
    if (writeErr) {
      if (isUserFd) {
        callback(writeErr);
      } else {
        binding.close(fd, servedBy(callback, function (err) {
          callback(require('internal/streams/codes').aggregateTwoErrors(err, writeErr));
        }));
      }
    } else if (written === length) {
      if (!flush) {
        if (isUserFd) callback(null);
        else binding.close(fd, servedBy(callback, function (err) { callback(err || null); }));
      } else {
        binding.fsync(fd, servedBy(callback, function (syncErr) {
          if (syncErr) {
            if (isUserFd) callback(syncErr);
            else binding.close(fd, servedBy(callback, function (err) {
              callback(require('internal/streams/codes').aggregateTwoErrors(err, syncErr));
            }));
          } else if (isUserFd) {
            callback(null);
          } else {
            binding.close(fd, servedBy(callback, function (err) { callback(err || null); }));
          }
        }, isUserFd ? undefined : 'fsync'));
      }
    } else {
      writeAll(fd, isUserFd, buffer, offset + written, length - written, signal, flush, callback);
    }
  }, isUserFd && !flush ? undefined : 'write'));
}

function toWriteData(data, encoding) {
  if (!isArrayBufferView(data)) {
    utils.validateStringAfterArrayBufferView(data, 'data');
    return Buffer().from(data, encoding || 'utf8');
  }
  return toUint8(data);
}

function writeFile(path, data, options, callback) {
  callback = maybeCallback(callback || options);
  options = getOptions(options, { encoding: 'utf8', mode: 438, flag: 'w', flush: false });
  var flag = options.flag || 'w';
  var flush = options.flush == null ? false : options.flush;
  validateBoolean(flush, 'options.flush');
  data = toWriteData(data, options.encoding);

  if (isFd(path)) {
    writeAll(path, true, data, 0, data.byteLength, options.signal, flush, callback);
    return;
  }
  if (checkAborted(options.signal, callback)) return;
  fs.open(path, flag, options.mode, function (openErr, fd) {
    if (openErr) {
      callback(openErr);
    } else {
      writeAll(fd, false, data, 0, data.byteLength, options.signal, flush, callback);
    }
  });
}

function writeFileSync(path, data, options) {
  options = getOptions(options, { encoding: 'utf8', mode: 438, flag: 'w', flush: false });
  var flush = options.flush == null ? false : options.flush;
  validateBoolean(flush, 'options.flush');
  var flag = options.flag || 'w';
  data = toWriteData(data, options.encoding);
  var isUserFd = isFd(path);
  var fd = isUserFd ? path : fs.openSync(path, flag, options.mode);
  var offset = 0;
  var length = data.byteLength;
  try {
    while (length > 0) {
      var written = binding.write(fd, data, offset, length, -1);
      offset += written;
      length -= written;
    }
    if (flush) binding.fsync(fd);
  } finally {
    if (!isUserFd) binding.close(fd);
  }
}

function appendFile(path, data, options, callback) {
  callback = maybeCallback(callback || options);
  options = getOptions(options, { encoding: 'utf8', mode: 438, flag: 'a' });
  options = utils.copyObject(options);
  // Never truncate when appending.
  if (!options.flag || isFd(path)) options.flag = 'a';
  fs.writeFile(path, data, options, callback);
}

function appendFileSync(path, data, options) {
  options = getOptions(options, { encoding: 'utf8', mode: 438, flag: 'a' });
  options = utils.copyObject(options);
  if (!options.flag || isFd(path)) options.flag = 'a';
  fs.writeFileSync(path, data, options);
}

// --- open / close / read / write ------------------------------------------------------

function open(path, flags, mode, callback) {
  path = getValidatedPath(path);
  if (typeof flags === 'function') {
    callback = flags;
    flags = 'r';
    mode = 438;
  } else if (typeof mode === 'function') {
    callback = mode;
    mode = 438;
  } else {
    mode = parseFileMode(mode, 'mode', 438);
  }
  var flagsNumber = stringToFlags(flags);
  callback = makeCallback(callback);
  binding.open(path, flagsNumber, mode, callback);
}

function openSync(path, flags, mode) {
  return binding.open(getValidatedPath(path), stringToFlags(flags), parseFileMode(mode, 'mode', 438));
}

function close(fd, callback) {
  fd = getValidatedFd(fd);
  if (callback !== undefined) validateFunction(callback, 'cb');
  else callback = nop;
  binding.close(fd, callback);
}

function closeSync(fd) {
  binding.close(getValidatedFd(fd));
}

// fs.read(fd, buffer, offset, length, position, cb), or with options:
// (fd, buffer, options, cb), (fd, options, cb), (fd, cb).
var read = withRest(function read(args) {
  args = args || [];
  var fd = getValidatedFd(args[0]);
  var buffer = args[1];
  var offset = args[2];
  var length = args[3];
  var position = args[4];
  var callback = args[5];
  var params = null;
  if (args.length <= 4) {
    if (args.length === 4) {
      validateObjectNullable(offset, 'options');
      callback = length;
      params = offset;
    } else if (args.length === 3) {
      if (!isArrayBufferView(buffer)) {
        params = buffer;
        buffer = params && params.buffer !== undefined ? params.buffer : Buffer().alloc(16384);
      }
      callback = offset;
    } else {
      callback = buffer;
      buffer = Buffer().alloc(16384);
    }
    if (params !== null) {
      offset = params.offset === undefined ? 0 : params.offset;
      length = params.length === undefined ? (buffer ? buffer.byteLength - offset : undefined) :
        params.length;
      position = params.position === undefined ? null : params.position;
    }
  }
  utils.validateBuffer(buffer);
  validateFunction(callback, 'cb');
  if (offset == null) offset = 0;
  else utils.validateInteger(offset, 'offset', 0);
  length |= 0;
  if (length === 0) {
    process.nextTick(callback, null, 0, buffer);
    return;
  }
  if (buffer.byteLength === 0) {
    throw new ERR_INVALID_ARG_VALUE('buffer', buffer, 'is empty and cannot be written');
  }
  utils.validateOffsetLengthRead(offset, length, buffer.byteLength);
  if (position == null) position = -1;
  utils.validatePosition(position, 'position', length);
  binding.read(fd, toUint8(buffer), offset, length, position, servedBy(callback, function (err, bytesRead) {
    callback(err, bytesRead || 0, buffer);
  }));
}, 0);

function readSync(fd, buffer, offsetOrOptions, length, position) {
  fd = getValidatedFd(fd);
  utils.validateBuffer(buffer);
  var offset = offsetOrOptions;
  if ((length === undefined && position === undefined) ||
      (offsetOrOptions !== null && typeof offsetOrOptions === 'object')) {
    if (offsetOrOptions !== undefined) validateObjectNullable(offsetOrOptions, 'options');
    var o = offsetOrOptions || {};
    offset = o.offset === undefined ? 0 : o.offset;
    length = o.length === undefined ? buffer.byteLength - offset : o.length;
    position = o.position === undefined ? null : o.position;
  }
  if (offset === undefined) offset = 0;
  else utils.validateInteger(offset, 'offset', 0);
  length |= 0;
  if (length === 0) return 0;
  if (buffer.byteLength === 0) {
    throw new ERR_INVALID_ARG_VALUE('buffer', buffer, 'is empty and cannot be written');
  }
  utils.validateOffsetLengthRead(offset, length, buffer.byteLength);
  if (position == null) position = -1;
  utils.validatePosition(position, 'position', length);
  return binding.read(fd, toUint8(buffer), offset, length, position);
}

function validateEncodingForData(data, encoding) {
  var enc = typeof encoding === 'string' ? encoding.toLowerCase() : encoding;
  if (enc === 'hex' && data.length % 2 !== 0) {
    throw new ERR_INVALID_ARG_VALUE('encoding', encoding,
      'is invalid for data of length ' + data.length);
  }
}

function stringBytes(str, encoding) {
  var B = Buffer();
  return B.from(str, typeof encoding === 'string' && B.isEncoding(encoding) ? encoding : 'utf8');
}

function write(fd, buffer, offsetOrOptions, length, position, callback) {
  fd = getValidatedFd(fd);
  var offset = offsetOrOptions;
  if (isArrayBufferView(buffer)) {
    callback = maybeCallback(callback || position || length || offset);
    if (offset !== null && typeof offset === 'object') {
      var o = offset;
      offset = o.offset === undefined ? 0 : o.offset;
      length = o.length === undefined ? buffer.byteLength - offset : o.length;
      position = o.position === undefined ? null : o.position;
    }
    if (offset == null || typeof offset === 'function') offset = 0;
    else utils.validateInteger(offset, 'offset', 0);
    if (typeof length !== 'number') length = buffer.byteLength - offset;
    if (typeof position !== 'number') position = null;
    utils.validateOffsetLengthWrite(offset, length, buffer.byteLength);
    binding.write(fd, toUint8(buffer), offset, length, position === null ? -1 : position,
      function (err, written) {
        callback(err, written || 0, buffer);
      });
    return;
  }

  utils.validateStringAfterArrayBufferView(buffer, 'buffer');
  if (typeof position !== 'function') {
    if (typeof offset === 'function') {
      position = offset;
      offset = null;
    } else {
      position = length;
    }
    length = 'utf8';
  }
  var str = buffer;
  validateEncodingForData(str, length);
  callback = maybeCallback(position);
  var bytes = stringBytes(str, length);
  binding.write(fd, bytes, 0, bytes.length, typeof offset === 'number' ? offset : -1,
    function (err, written) {
      callback(err, written || 0, str);
    });
}

Object.defineProperty(write, Symbol.for('tickscope.util.promisify.customArgs'),
  { value: ['bytesWritten', 'buffer'] });
Object.defineProperty(read, Symbol.for('tickscope.util.promisify.customArgs'),
  { value: ['bytesRead', 'buffer'] });

// writeSync's errors list their properties as errno, syscall, code (Node
// builds them from a context object, unlike the other calls').
function ctxError(err) {
  if (err && err.code !== undefined && err.syscall !== undefined) {
    var code = err.code;
    delete err.code;
    err.code = code;
  }
  return err;
}

function writeSync(fd, buffer, offsetOrOptions, length, position) {
  try {
    return writeSyncImpl(fd, buffer, offsetOrOptions, length, position);
  } catch (err) {
    throw ctxError(err);
  }
}

function writeSyncImpl(fd, buffer, offsetOrOptions, length, position) {
  fd = getValidatedFd(fd);
  var offset = offsetOrOptions;
  if (isArrayBufferView(buffer)) {
    if (offset !== null && typeof offset === 'object') {
      var o = offset;
      offset = o.offset === undefined ? 0 : o.offset;
      length = o.length === undefined ? buffer.byteLength - offset : o.length;
      position = o.position === undefined ? null : o.position;
    }
    if (position === undefined) position = null;
    if (typeof offset !== 'number') offset = 0;
    if (typeof length !== 'number') length = buffer.byteLength - offset;
    if (typeof position !== 'number') position = null;
    utils.validateOffsetLengthWrite(offset, length, buffer.byteLength);
    return binding.write(fd, toUint8(buffer), offset, length, position === null ? -1 : position);
  }
  utils.validateStringAfterArrayBufferView(buffer, 'buffer');
  validateEncodingForData(buffer, length);
  var bytes = stringBytes(buffer, length);
  return binding.write(fd, bytes, 0, bytes.length, typeof offset === 'number' ? offset : -1);
}

// readv/writev: one read or write through a buffer holding all the views
// (the binding has no vectored calls; the result is the same).
function readvInto(buffers, all, bytesRead) {
  var copied = 0;
  for (var i = 0; i < buffers.length && copied < bytesRead; i++) {
    var view = toUint8(buffers[i]);
    var n = Math.min(view.length, bytesRead - copied);
    view.set(all.subarray(copied, copied + n));
    copied += n;
  }
}

function totalLength(buffers) {
  var n = 0;
  for (var i = 0; i < buffers.length; i++) n += buffers[i].byteLength;
  return n;
}

function readv(fd, buffers, position, callback) {
  fd = getValidatedFd(fd);
  utils.validateBufferArray(buffers);
  callback = maybeCallback(callback || position);
  if (typeof position !== 'number') position = -1;
  var all = Buffer().allocUnsafe(totalLength(buffers));
  binding.read(fd, all, 0, all.length, position, servedBy(callback, function (err, bytesRead) {
    if (!err) readvInto(buffers, all, bytesRead);
    callback(err, bytesRead || 0, buffers);
  }));
}

function readvSync(fd, buffers, position) {
  fd = getValidatedFd(fd);
  utils.validateBufferArray(buffers);
  if (typeof position !== 'number') position = -1;
  var all = Buffer().allocUnsafe(totalLength(buffers));
  var bytesRead = binding.read(fd, all, 0, all.length, position);
  readvInto(buffers, all, bytesRead);
  return bytesRead;
}

function concatViews(buffers) {
  var list = [];
  for (var i = 0; i < buffers.length; i++) list.push(toUint8(buffers[i]));
  return Buffer().concat(list);
}

function writev(fd, buffers, position, callback) {
  fd = getValidatedFd(fd);
  utils.validateBufferArray(buffers);
  callback = maybeCallback(callback || position);
  if (buffers.length === 0) {
    process.nextTick(callback, null, 0, buffers);
    return;
  }
  if (typeof position !== 'number') position = -1;
  var all = concatViews(buffers);
  binding.write(fd, all, 0, all.length, position, servedBy(callback, function (err, written) {
    callback(err, written || 0, buffers);
  }));
}

function writevSync(fd, buffers, position) {
  fd = getValidatedFd(fd);
  utils.validateBufferArray(buffers);
  if (buffers.length === 0) return 0;
  if (typeof position !== 'number') position = -1;
  var all = concatViews(buffers);
  return binding.write(fd, all, 0, all.length, position);
}

Object.defineProperty(writev, Symbol.for('tickscope.util.promisify.customArgs'),
  { value: ['bytesWritten', 'buffer'] });
Object.defineProperty(readv, Symbol.for('tickscope.util.promisify.customArgs'),
  { value: ['bytesRead', 'buffers'] });

// --- stat ---------------------------------------------------------------------------

function makeStatsCallback(cb) {
  validateFunction(cb, 'cb');
  return servedBy(cb, function (err, values) {
    if (err) return cb(err);
    cb(err, utils.getStatsFromBinding(values));
  });
}

function stat(path, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = {};
  }
  callback = makeStatsCallback(callback);
  path = getValidatedPath(path);
  binding.stat(path, callback);
}

function lstat(path, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = {};
  }
  callback = makeStatsCallback(callback);
  path = getValidatedPath(path);
  binding.lstat(path, callback);
}

function fstat(fd, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = {};
  }
  fd = getValidatedFd(fd);
  callback = makeStatsCallback(callback);
  binding.fstat(fd, callback);
}

function statSyncWith(op, path, options) {
  var values;
  try {
    values = op(path);
  } catch (err) {
    if (options && options.throwIfNoEntry === false && err.code === 'ENOENT') return undefined;
    throw err;
  }
  return utils.getStatsFromBinding(values);
}

function statSync(path, options) {
  return statSyncWith(binding.stat, getValidatedPath(path), options);
}

function lstatSync(path, options) {
  return statSyncWith(binding.lstat, getValidatedPath(path), options);
}

function fstatSync(fd, options) {
  return utils.getStatsFromBinding(binding.fstat(getValidatedFd(fd)));
}

function StatFs(values) {
  this.type = values[0];
  this.bsize = values[1];
  this.blocks = values[2];
  this.bfree = values[3];
  this.bavail = values[4];
  this.files = values[5];
  this.ffree = values[6];
}

function statfs(path, options, callback) {
  if (typeof options === 'function') callback = options;
  validateFunction(callback, 'cb');
  path = getValidatedPath(path);
  binding.statfs(path, servedBy(callback, function (err, values) {
    if (err) return callback(err);
    callback(null, new StatFs(values));
  }));
}

function statfsSync(path, options) {
  return new StatFs(binding.statfs(getValidatedPath(path)));
}

// --- directories ----------------------------------------------------------------------

function direntsOf(path, pair, lstat) {
  var names = pair[0];
  var types = pair[1];
  var out = new Array(names.length);
  for (var i = 0; i < names.length; i++) {
    var type = types[i];
    if (type === utils.direntTypes.UV_DIRENT_UNKNOWN && lstat) {
      // The file system did not say: look.
      try {
        type = utils.direntTypeFromMode(binding.lstat(pathModule.join(path, names[i]))[1]);
      } catch (e) { /* leave it unknown */ }
    }
    out[i] = new Dirent(names[i], type, path);
  }
  return out;
}

function encodeNames(names, encoding) {
  if (!encoding || encoding === 'utf8' || encoding === 'utf-8') return names;
  var B = Buffer();
  for (var i = 0; i < names.length; i++) {
    var buf = B.from(names[i], 'utf8');
    names[i] = encoding === 'buffer' ? buf : buf.toString(encoding);
  }
  return names;
}

// readdir with recursive: true, breadth first like Node (names relative
// to the starting directory).
function readdirSyncRecursive(basePath, options) {
  var withFileTypes = !!options.withFileTypes;
  var readdirResults = [];
  var pathsQueue = [basePath];

  function read(path) {
    var pair = binding.readdir(path, true);
    var names = pair[0];
    var types = pair[1];
    if (withFileTypes) {
      var dirents = direntsOf(path, pair, true);
      for (var i = 0; i < dirents.length; i++) {
        var dirent = dirents[i];
        readdirResults.push(dirent);
        if (dirent.isDirectory()) pathsQueue.push(pathModule.join(dirent.parentPath, dirent.name));
      }
    } else {
      for (var j = 0; j < names.length; j++) {
        var resultPath = pathModule.join(path, names[j]);
        var relativeResultPath = pathModule.relative(basePath, resultPath);
        var type = types[j];
        if (type === utils.direntTypes.UV_DIRENT_UNKNOWN) {
          try {
            type = utils.direntTypeFromMode(binding.lstat(resultPath)[1]);
          } catch (e) { /* leave it */ }
        }
        readdirResults.push(relativeResultPath);
        if (type === utils.direntTypes.UV_DIRENT_DIR) pathsQueue.push(resultPath);
      }
    }
  }

  for (var i = 0; i < pathsQueue.length; i++) read(pathsQueue[i]);
  return readdirResults;
}

function readdir(path, options, callback) {
  callback = makeCallback(typeof options === 'function' ? options : callback);
  options = getOptions(options);
  path = getValidatedPath(path);
  if (options.recursive != null) validateBoolean(options.recursive, 'options.recursive');

  if (options.recursive) {
    // Node walks the tree with async requests; here each directory is a
    // pool request too, but the walk itself is one.
    var result;
    try {
      result = readdirSyncRecursive(path, options);
    } catch (err) {
      process.nextTick(callback, err);
      return;
    }
    process.nextTick(callback, null, result);
    return;
  }

  var withFileTypes = !!options.withFileTypes;
  binding.readdir(path, withFileTypes, servedBy(callback, function (err, result) {
    if (err) return callback(err);
    if (withFileTypes) {
      try {
        result = direntsOf(path, result, true);
      } catch (e) {
        return callback(e);
      }
    } else {
      result = encodeNames(result, options.encoding);
    }
    callback(null, result);
  }));
}

function readdirSync(path, options) {
  options = getOptions(options);
  path = getValidatedPath(path);
  if (options.recursive != null) validateBoolean(options.recursive, 'options.recursive');
  if (options.recursive) return readdirSyncRecursive(path, options);
  var withFileTypes = !!options.withFileTypes;
  var result = binding.readdir(path, withFileTypes);
  return withFileTypes ? direntsOf(path, result, true) : encodeNames(result, options.encoding);
}

function mkdirArgs(options) {
  var mode = 511;
  var recursive = false;
  if (typeof options === 'number' || typeof options === 'string') {
    mode = parseFileMode(options, 'mode');
  } else if (options) {
    if (options.recursive !== undefined) recursive = options.recursive;
    if (options.mode !== undefined) mode = parseFileMode(options.mode, 'options.mode');
  }
  return { mode: mode, recursive: recursive };
}

function mkdir(path, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  var o = mkdirArgs(options);
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  validateBoolean(o.recursive, 'options.recursive');
  binding.mkdir(path, o.mode, o.recursive, servedBy(callback, function (err, first) {
    if (err) return callback(err);
    if (o.recursive) return callback(null, first);
    callback(null);
  }));
}

function mkdirSync(path, options) {
  var o = mkdirArgs(options);
  path = getValidatedPath(path);
  validateBoolean(o.recursive, 'options.recursive');
  var result = binding.mkdir(path, o.mode, o.recursive);
  if (o.recursive) return result;
}

function mkdtemp(prefix, options, callback) {
  callback = makeCallback(typeof options === 'function' ? options : callback);
  options = getOptions(options);
  prefix = getValidatedPath(prefix, 'prefix');
  binding.mkdtemp(prefix, callback);
}

function mkdtempSync(prefix, options) {
  options = getOptions(options);
  prefix = getValidatedPath(prefix, 'prefix');
  return binding.mkdtemp(prefix);
}

function emitRecursiveRmdirWarning() {
  if (!emitRecursiveRmdirWarning.done) {
    emitRecursiveRmdirWarning.done = true;
    process.emitWarning('In future versions of Node.js, fs.rmdir(path, { recursive: true }) ' +
      'will be removed. Use fs.rm(path, { recursive: true }) instead', 'DeprecationWarning',
      'DEP0147');
  }
}

function rmdir(path, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  if (options && options.recursive) {
    emitRecursiveRmdirWarning();
    options = utils.validateRmdirOptions(options);
    binding.rm(path, true, true, callback);
    return;
  }
  utils.validateRmdirOptions(options);
  binding.rmdir(path, callback);
}

function rmdirSync(path, options) {
  path = getValidatedPath(path);
  if (options && options.recursive) {
    emitRecursiveRmdirWarning();
    utils.validateRmdirOptions(options);
    binding.rm(path, true, true);
    return;
  }
  utils.validateRmdirOptions(options);
  binding.rmdir(path);
}

function rm(path, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  path = getValidatedPath(path);
  utils.validateRmOptions(path, options, fs.lstat, function (err, opts) {
    if (err) return callback(err);
    binding.rm(path, opts.recursive, opts.force, callback);
  });
}

function rmSync(path, options) {
  path = getValidatedPath(path);
  options = utils.validateRmOptionsSync(path, options, lstatSync);
  binding.rm(path, options.recursive, options.force);
}

// --- two-path calls, links, realpath -----------------------------------------------------

function rename(oldPath, newPath, callback) {
  callback = makeCallback(callback);
  oldPath = getValidatedPath(oldPath, 'oldPath');
  newPath = getValidatedPath(newPath, 'newPath');
  binding.rename(oldPath, newPath, callback);
}

function renameSync(oldPath, newPath) {
  oldPath = getValidatedPath(oldPath, 'oldPath');
  newPath = getValidatedPath(newPath, 'newPath');
  binding.rename(oldPath, newPath);
}

function copyFile(src, dest, mode, callback) {
  if (typeof mode === 'function') {
    callback = mode;
    mode = 0;
  }
  src = getValidatedPath(src, 'src');
  dest = getValidatedPath(dest, 'dest');
  callback = makeCallback(callback);
  mode = utils.getValidMode(mode, 'copyFile');
  binding.copyFile(src, dest, mode, callback);
}

function copyFileSync(src, dest, mode) {
  src = getValidatedPath(src, 'src');
  dest = getValidatedPath(dest, 'dest');
  mode = utils.getValidMode(mode, 'copyFile');
  binding.copyFile(src, dest, mode);
}

function link(existingPath, newPath, callback) {
  callback = makeCallback(callback);
  existingPath = getValidatedPath(existingPath, 'existingPath');
  newPath = getValidatedPath(newPath, 'newPath');
  binding.link(existingPath, newPath, callback);
}

function linkSync(existingPath, newPath) {
  existingPath = getValidatedPath(existingPath, 'existingPath');
  newPath = getValidatedPath(newPath, 'newPath');
  binding.link(existingPath, newPath);
}

function symlink(target, path, type, callback) {
  if (typeof type === 'function') {
    callback = type;
    type = undefined;
  }
  callback = makeCallback(callback);
  target = getValidatedPath(target, 'target');
  path = getValidatedPath(path);
  var flags = utils.stringToSymlinkType(type);
  binding.symlink(target, path, flags, callback);
}

function symlinkSync(target, path, type) {
  target = getValidatedPath(target, 'target');
  path = getValidatedPath(path);
  var flags = utils.stringToSymlinkType(type);
  binding.symlink(target, path, flags);
}

function encodeResult(value, options) {
  var encoding = options && options.encoding;
  if (!encoding || encoding === 'utf8' || encoding === 'utf-8') return value;
  var buf = Buffer().from(value, 'utf8');
  return encoding === 'buffer' ? buf : buf.toString(encoding);
}

function readlink(path, options, callback) {
  callback = makeCallback(typeof options === 'function' ? options : callback);
  options = getOptions(options);
  path = getValidatedPath(path, 'oldPath');
  binding.readlink(path, servedBy(callback, function (err, result) {
    if (err) return callback(err);
    callback(null, encodeResult(result, options));
  }));
}

function readlinkSync(path, options) {
  options = getOptions(options);
  path = getValidatedPath(path, 'oldPath');
  return encodeResult(binding.readlink(path), options);
}

// Node's fs.realpath walks the path with lstat, so a missing component is
// reported by lstat, on its absolute path: realpath() runs the system's
// call and, when it fails, finds the lstat error that Node would report.
function realpathError(path, err) {
  if (err.code !== 'ENOENT' && err.code !== 'ENOTDIR' && err.code !== 'EACCES' &&
      err.code !== 'ELOOP') {
    return err;
  }
  var resolved = pathModule.resolve(path);
  var parts = resolved.split('/');
  var current = '';
  for (var i = 1; i < parts.length; i++) {
    if (parts[i] === '') continue;
    current += '/' + parts[i];
    try {
      binding.lstat(current);
    } catch (e) {
      return e;
    }
  }
  return err;
}

function realpathSync(path, options) {
  options = getOptions(options);
  path = getValidatedPath(path);
  var result;
  try {
    result = binding.realpath(path);
  } catch (err) {
    throw realpathError(path, err);
  }
  return encodeResult(result, options);
}

realpathSync.native = function realpathSyncNative(path, options) {
  options = getOptions(options);
  path = getValidatedPath(path);
  return encodeResult(binding.realpath(path), options);
};

function realpath(path, options, callback) {
  callback = typeof options === 'function' ? options : maybeCallback(callback);
  options = getOptions(options);
  path = getValidatedPath(path);
  binding.realpath(path, servedBy(callback, function (err, result) {
    if (err) {
      var e;
      try {
        e = realpathError(path, err);
      } catch (x) {
        e = err;
      }
      return callback(e);
    }
    callback(null, encodeResult(result, options));
  }));
}

realpath.native = function realpathNative(path, options, callback) {
  callback = makeCallback(callback || options);
  options = getOptions(options);
  path = getValidatedPath(path);
  binding.realpath(path, servedBy(callback, function (err, result) {
    if (err) return callback(err);
    callback(null, encodeResult(result, options));
  }));
};

// --- truncate, times, modes, owners, sync -----------------------------------------------

function truncate(path, len, callback) {
  if (typeof path === 'number') {
    fs.ftruncate(path, len, callback);
    return;
  }
  if (typeof len === 'function') {
    callback = len;
    len = 0;
  } else if (len === undefined) {
    len = 0;
  }
  utils.validateInteger(len, 'len');
  len = Math.max(0, len);
  callback = maybeCallback(callback);
  fs.open(path, 'r+', function (er, fd) {
    if (er) return callback(er);
    binding.ftruncate(fd, len, servedBy(callback, function (err) {
      binding.close(fd, servedBy(callback, function (err2) {
        callback(require('internal/streams/codes').aggregateTwoErrors(err2, err) || null);
      }));
    }, 'ftruncate'));
  });
}

function truncateSync(path, len) {
  if (typeof path === 'number') return fs.ftruncateSync(path, len);
  if (len === undefined) len = 0;
  var fd = fs.openSync(path, 'r+');
  try {
    fs.ftruncateSync(fd, len);
  } finally {
    fs.closeSync(fd);
  }
}

function ftruncate(fd, len, callback) {
  if (typeof len === 'function') {
    callback = len;
    len = 0;
  }
  fd = getValidatedFd(fd);
  if (len === undefined) len = 0;
  utils.validateInteger(len, 'len');
  len = Math.max(0, len);
  callback = makeCallback(callback);
  binding.ftruncate(fd, len, callback);
}

function ftruncateSync(fd, len) {
  fd = getValidatedFd(fd);
  if (len === undefined) len = 0;
  utils.validateInteger(len, 'len');
  binding.ftruncate(fd, Math.max(0, len));
}

function utimes(path, atime, mtime, callback) {
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  binding.utimes(path, utils.toUnixTimestamp(atime), utils.toUnixTimestamp(mtime), callback);
}

function utimesSync(path, atime, mtime) {
  path = getValidatedPath(path);
  binding.utimes(path, utils.toUnixTimestamp(atime), utils.toUnixTimestamp(mtime));
}

function futimes(fd, atime, mtime, callback) {
  fd = getValidatedFd(fd);
  atime = utils.toUnixTimestamp(atime, 'atime');
  mtime = utils.toUnixTimestamp(mtime, 'mtime');
  callback = makeCallback(callback);
  binding.futimes(fd, atime, mtime, callback);
}

function futimesSync(fd, atime, mtime) {
  fd = getValidatedFd(fd);
  binding.futimes(fd, utils.toUnixTimestamp(atime, 'atime'), utils.toUnixTimestamp(mtime, 'mtime'));
}

function lutimes(path, atime, mtime, callback) {
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  binding.lutimes(path, utils.toUnixTimestamp(atime), utils.toUnixTimestamp(mtime), callback);
}

function lutimesSync(path, atime, mtime) {
  path = getValidatedPath(path);
  binding.lutimes(path, utils.toUnixTimestamp(atime), utils.toUnixTimestamp(mtime));
}

function chmod(path, mode, callback) {
  path = getValidatedPath(path);
  mode = parseFileMode(mode, 'mode');
  callback = makeCallback(callback);
  binding.chmod(path, mode, callback);
}

function chmodSync(path, mode) {
  path = getValidatedPath(path);
  mode = parseFileMode(mode, 'mode');
  binding.chmod(path, mode);
}

function fchmod(fd, mode, callback) {
  fd = getValidatedFd(fd);
  mode = parseFileMode(mode, 'mode');
  callback = makeCallback(callback);
  binding.fchmod(fd, mode, callback);
}

function fchmodSync(fd, mode) {
  fd = getValidatedFd(fd);
  binding.fchmod(fd, parseFileMode(mode, 'mode'));
}

var kMaxUserId = utils.constants.kMaxUserId;

function validateIds(uid, gid) {
  utils.validateInteger(uid, 'uid', -1, kMaxUserId);
  utils.validateInteger(gid, 'gid', -1, kMaxUserId);
}

function chown(path, uid, gid, callback) {
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  validateIds(uid, gid);
  binding.chown(path, uid, gid, callback);
}

function chownSync(path, uid, gid) {
  path = getValidatedPath(path);
  validateIds(uid, gid);
  binding.chown(path, uid, gid);
}

function fchown(fd, uid, gid, callback) {
  fd = getValidatedFd(fd);
  validateIds(uid, gid);
  callback = makeCallback(callback);
  binding.fchown(fd, uid, gid, callback);
}

function fchownSync(fd, uid, gid) {
  fd = getValidatedFd(fd);
  validateIds(uid, gid);
  binding.fchown(fd, uid, gid);
}

function lchown(path, uid, gid, callback) {
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  validateIds(uid, gid);
  binding.lchown(path, uid, gid, callback);
}

function lchownSync(path, uid, gid) {
  path = getValidatedPath(path);
  validateIds(uid, gid);
  binding.lchown(path, uid, gid);
}

function fsync(fd, callback) {
  fd = getValidatedFd(fd);
  callback = makeCallback(callback);
  binding.fsync(fd, callback);
}

function fsyncSync(fd) {
  binding.fsync(getValidatedFd(fd));
}

function fdatasync(fd, callback) {
  fd = getValidatedFd(fd);
  callback = makeCallback(callback);
  binding.fdatasync(fd, callback);
}

function fdatasyncSync(fd) {
  binding.fdatasync(getValidatedFd(fd));
}

function unlink(path, callback) {
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  binding.unlink(path, callback);
}

function unlinkSync(path) {
  binding.unlink(getValidatedPath(path));
}

// --- not supported ---------------------------------------------------------------------

function notSupported(what, why) {
  return function () {
    throw new codes.ERR_NOT_SUPPORTED(what, why);
  };
}

var watch = notSupported('fs.watch()', 'file watching is not implemented');
var watchFile = notSupported('fs.watchFile()', 'file watching is not implemented');
var unwatchFile = notSupported('fs.unwatchFile()', 'file watching is not implemented');
var openAsBlob = notSupported('fs.openAsBlob()', 'there is no Blob');

// --- streams, Dir, cp -------------------------------------------------------------------

var streamsModule;
function lazyStreams() {
  if (streamsModule === undefined) streamsModule = require('internal/fs/streams');
  return streamsModule;
}

function createReadStream(path, options) {
  var ReadStream = lazyStreams().ReadStream;
  return new ReadStream(path, options);
}

function createWriteStream(path, options) {
  var WriteStream = lazyStreams().WriteStream;
  return new WriteStream(path, options);
}

function opendir(path, options, callback) {
  return require('internal/fs/dir').opendir(path, options, callback);
}

function opendirSync(path, options) {
  return require('internal/fs/dir').opendirSync(path, options);
}

function cp(src, dest, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  callback = makeCallback(callback);
  return require('internal/fs/cp').cp(src, dest, options, callback);
}

function cpSync(src, dest, options) {
  return require('internal/fs/cp').cpSync(src, dest, options);
}

function _toUnixTimestamp(time, name) {
  return utils.toUnixTimestamp(time, name);
}

// --- the module ---------------------------------------------------------------------------

// Keys in Node's order (Object.keys(require('fs'))).
var fs = module.exports = {
  appendFile: appendFile,
  appendFileSync: appendFileSync,
  access: access,
  accessSync: accessSync,
  chown: chown,
  chownSync: chownSync,
  chmod: chmod,
  chmodSync: chmodSync,
  close: close,
  closeSync: closeSync,
  copyFile: copyFile,
  copyFileSync: copyFileSync,
  cp: cp,
  cpSync: cpSync,
  createReadStream: createReadStream,
  createWriteStream: createWriteStream,
  exists: exists,
  existsSync: existsSync,
  fchown: fchown,
  fchownSync: fchownSync,
  fchmod: fchmod,
  fchmodSync: fchmodSync,
  fdatasync: fdatasync,
  fdatasyncSync: fdatasyncSync,
  fstat: fstat,
  fstatSync: fstatSync,
  fsync: fsync,
  fsyncSync: fsyncSync,
  ftruncate: ftruncate,
  ftruncateSync: ftruncateSync,
  futimes: futimes,
  futimesSync: futimesSync,
  lchown: lchown,
  lchownSync: lchownSync,
  lchmod: undefined,  // not on Linux
  lchmodSync: undefined,
  link: link,
  linkSync: linkSync,
  lstat: lstat,
  lstatSync: lstatSync,
  lutimes: lutimes,
  lutimesSync: lutimesSync,
  mkdir: mkdir,
  mkdirSync: mkdirSync,
  mkdtemp: mkdtemp,
  mkdtempSync: mkdtempSync,
  open: open,
  openSync: openSync,
  openAsBlob: openAsBlob,
  readdir: readdir,
  readdirSync: readdirSync,
  read: read,
  readSync: readSync,
  readv: readv,
  readvSync: readvSync,
  readFile: readFile,
  readFileSync: readFileSync,
  readlink: readlink,
  readlinkSync: readlinkSync,
  realpath: realpath,
  realpathSync: realpathSync,
  rename: rename,
  renameSync: renameSync,
  rm: rm,
  rmSync: rmSync,
  rmdir: rmdir,
  rmdirSync: rmdirSync,
  stat: stat,
  statfs: statfs,
  statSync: statSync,
  statfsSync: statfsSync,
  symlink: symlink,
  symlinkSync: symlinkSync,
  truncate: truncate,
  truncateSync: truncateSync,
  unwatchFile: unwatchFile,
  unlink: unlink,
  unlinkSync: unlinkSync,
  utimes: utimes,
  utimesSync: utimesSync,
  watch: watch,
  watchFile: watchFile,
  writeFile: writeFile,
  writeFileSync: writeFileSync,
  write: write,
  writeSync: writeSync,
  writev: writev,
  writevSync: writevSync,
  Dirent: Dirent,
  Stats: Stats,
  get ReadStream() {
    return lazyStreams().ReadStream;
  },
  set ReadStream(val) {
    lazyStreams().ReadStream = val;
  },
  get WriteStream() {
    return lazyStreams().WriteStream;
  },
  set WriteStream(val) {
    lazyStreams().WriteStream = val;
  },
  get FileReadStream() {
    return lazyStreams().ReadStream;
  },
  set FileReadStream(val) {
    lazyStreams().ReadStream = val;
  },
  get FileWriteStream() {
    return lazyStreams().WriteStream;
  },
  set FileWriteStream(val) {
    lazyStreams().WriteStream = val;
  },
  _toUnixTimestamp: _toUnixTimestamp
};

Object.defineProperties(fs, {
  Dir: {
    enumerable: true,
    configurable: true,
    get: function () { return require('internal/fs/dir').Dir; }
  },
  opendir: { enumerable: true, configurable: true, writable: true, value: opendir },
  opendirSync: { enumerable: true, configurable: true, writable: true, value: opendirSync },
  F_OK: { enumerable: true, value: constants.F_OK },
  R_OK: { enumerable: true, value: constants.R_OK },
  W_OK: { enumerable: true, value: constants.W_OK },
  X_OK: { enumerable: true, value: constants.X_OK },
  constants: { configurable: false, enumerable: true, value: constants },
  promises: {
    configurable: true,
    enumerable: true,
    get: function () {
      return require('internal/fs/promises').exports;
    }
  }
});
