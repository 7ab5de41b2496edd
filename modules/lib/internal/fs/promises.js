'use strict';

// fs.promises and require('fs/promises') (Node's lib/internal/fs/promises.js):
// the file-system calls returning promises, and FileHandle, the object
// fs.promises.open() resolves to.
//
// HOW. Each call queues the same binding request as the callback form (a
// pool request, recorded like any other) and settles its promise from the
// callback. As in Node, where these are async functions, a bad argument
// rejects the promise instead of throwing.
//
// FileHandle wraps an fd: read/write/readFile/writeFile/stat/truncate/...
// on it, and close(), which emits 'close'. readFile(handle) reads from the
// handle's current position; readFile(path) is open, fstat, read (512 KiB
// at a time), close, as in Node.

var binding = internalBinding('fs');
var constants = internalBinding('constants_fs');
var EventEmitter = require('events');
var utils = require('internal/fs/utils');
var codes = require('internal/errors').codes;

var getValidatedPath = utils.getValidatedPath;
var getValidatedFd = utils.getValidatedFd;
var getOptions = utils.getOptions;
var stringToFlags = utils.stringToFlags;
var parseFileMode = utils.parseFileMode;
var isArrayBufferView = utils.isArrayBufferView;
var toUint8 = utils.toUint8;
var kReadFileBufferLength = utils.constants.kReadFileBufferLength;
var kReadFileUnknownBufferLength = utils.constants.kReadFileUnknownBufferLength;
var kIoMaxLength = utils.constants.kIoMaxLength;

var ERR_INVALID_ARG_TYPE = codes.ERR_INVALID_ARG_TYPE;
var ERR_INVALID_ARG_VALUE = codes.ERR_INVALID_ARG_VALUE;

var lazyBufferCtor;
function Buffer() {
  if (lazyBufferCtor === undefined) lazyBufferCtor = require('buffer').Buffer;
  return lazyBufferCtor;
}

function fsModule() {
  return require('fs');
}

// A binding call as a promise: call(resolve-style callback).
function call(op) {
  return new Promise(function (resolve, reject) {
    op(function (err, result) {
      if (err) reject(err);
      else resolve(result);
    });
  });
}

// Turns a function that may throw while checking its arguments into one
// that rejects instead (what an async function does).
function asyncFn(fn) {
  var wrapped = function (a, b, c, d, e) {
    try {
      return fn.call(this, a, b, c, d, e);
    } catch (err) {
      return Promise.reject(err);
    }
  };
  try {
    Object.defineProperty(wrapped, 'name', { value: fn.name, configurable: true });
  } catch (e) {
    // A function's name may be fixed in this engine: keep the wrapper's.
  }
  return wrapped;
}

function checkAborted(signal) {
  if (signal && signal.aborted) {
    throw new (require('internal/streams/codes').AbortError)(undefined, { cause: signal.reason });
  }
}

// --- FileHandle -------------------------------------------------------------------------

var kFd = Symbol('kFd');
var kRefs = Symbol('kRefs');
var kClosePromise = Symbol('kClosePromise');
var kRef = Symbol('kRef');
var kUnref = Symbol('kUnref');

function FileHandle(fd) {
  EventEmitter.call(this);
  this[kFd] = fd;
  this[kRefs] = 1;
  this[kClosePromise] = null;
}
// An EventEmitter by mixin, as in Node (so not `instanceof EventEmitter`).
(function mixinEventEmitter() {
  var proto = EventEmitter.prototype;
  var names = Object.getOwnPropertyNames(proto);
  for (var i = 0; i < names.length; i++) {
    if (names[i] === 'constructor') continue;
    Object.defineProperty(FileHandle.prototype, names[i],
      Object.getOwnPropertyDescriptor(proto, names[i]));
  }
})();

Object.defineProperty(FileHandle.prototype, 'fd', {
  get: function () { return this[kFd]; },
  enumerable: false,
  configurable: true
});

function handleFd(handle) {
  var fd = handle[kFd];
  if (fd === -1) {
    var err = new Error('file closed');
    err.code = 'EBADF';
    err.syscall = 'read';
    throw err;
  }
  return fd;
}

FileHandle.prototype.getAsyncId = function () {
  return this[kFd];
};

FileHandle.prototype.close = function () {
  var self = this;
  if (this[kFd] === -1) return Promise.resolve();
  if (this[kClosePromise]) return this[kClosePromise];
  this[kRefs]--;
  var fd = this[kFd];
  this[kClosePromise] = call(function (cb) { binding.close(fd, cb); }).then(function () {
    self[kFd] = -1;
    self[kClosePromise] = null;
    self.emit('close');
  }, function (err) {
    self[kClosePromise] = null;
    throw err;
  });
  return this[kClosePromise];
};

FileHandle.prototype[kRef] = function () {
  this[kRefs]++;
};

FileHandle.prototype[kUnref] = function () {
  this[kRefs]--;
};

FileHandle.prototype.appendFile = function (data, options) {
  return fsCall(writeFileHandle, this, data, getAppendOptions(options));
};

FileHandle.prototype.chmod = function (mode) {
  return fsCall(fchmod, this, mode);
};

FileHandle.prototype.chown = function (uid, gid) {
  return fsCall(fchown, this, uid, gid);
};

FileHandle.prototype.datasync = function () {
  return fsCall(fdatasync, this);
};

FileHandle.prototype.sync = function () {
  return fsCall(fsync, this);
};

FileHandle.prototype.read = function (buffer, offset, length, position) {
  return fsCall(read, this, buffer, offset, length, position);
};

FileHandle.prototype.readv = function (buffers, position) {
  return fsCall(readv, this, buffers, position);
};

FileHandle.prototype.readFile = function (options) {
  return fsCall(readFileHandle, this, getOptions(options, { flag: 'r' }));
};

FileHandle.prototype.stat = function (options) {
  return fsCall(fstat, this, options);
};

FileHandle.prototype.truncate = function (len) {
  return fsCall(ftruncate, this, len);
};

FileHandle.prototype.utimes = function (atime, mtime) {
  return fsCall(futimes, this, atime, mtime);
};

FileHandle.prototype.write = function (buffer, offset, length, position) {
  return fsCall(write, this, buffer, offset, length, position);
};

FileHandle.prototype.writev = function (buffers, position) {
  return fsCall(writev, this, buffers, position);
};

FileHandle.prototype.writeFile = function (data, options) {
  return fsCall(writeFileHandle, this, data, options);
};

FileHandle.prototype.createReadStream = function (options) {
  var opts = utils.copyObject(options || {});
  opts.fd = this;
  return fsModule().createReadStream(undefined, opts);
};

FileHandle.prototype.createWriteStream = function (options) {
  var opts = utils.copyObject(options || {});
  opts.fd = this;
  return fsModule().createWriteStream(undefined, opts);
};

// Runs an fd operation on an open handle.
function fsCall(fn, handle, a, b, c, d) {
  try {
    if (handle[kFd] === -1) {
      var err = new Error('file closed');
      err.code = 'EBADF';
      err.syscall = fn.name;
      throw err;
    }
    return fn(handle, a, b, c, d);
  } catch (e) {
    return Promise.reject(e);
  }
}

// --- fd operations -----------------------------------------------------------------------

function fchmod(handle, mode) {
  mode = parseFileMode(mode, 'mode');
  var fd = handleFd(handle);
  return call(function (cb) { binding.fchmod(fd, mode, cb); });
}

function fchown(handle, uid, gid) {
  utils.validateInteger(uid, 'uid', -1, utils.constants.kMaxUserId);
  utils.validateInteger(gid, 'gid', -1, utils.constants.kMaxUserId);
  var fd = handleFd(handle);
  return call(function (cb) { binding.fchown(fd, uid, gid, cb); });
}

function fdatasync(handle) {
  var fd = handleFd(handle);
  return call(function (cb) { binding.fdatasync(fd, cb); });
}

function fsync(handle) {
  var fd = handleFd(handle);
  return call(function (cb) { binding.fsync(fd, cb); });
}

function fstat(handle) {
  var fd = handleFd(handle);
  return call(function (cb) { binding.fstat(fd, cb); }).then(utils.getStatsFromBinding);
}

function ftruncate(handle, len) {
  if (len === undefined) len = 0;
  utils.validateInteger(len, 'len');
  len = Math.max(0, len);
  var fd = handleFd(handle);
  return call(function (cb) { binding.ftruncate(fd, len, cb); });
}

function futimes(handle, atime, mtime) {
  atime = utils.toUnixTimestamp(atime, 'atime');
  mtime = utils.toUnixTimestamp(mtime, 'mtime');
  var fd = handleFd(handle);
  return call(function (cb) { binding.futimes(fd, atime, mtime, cb); });
}

function read(handle, bufferOrParams, offset, length, position) {
  var buffer = bufferOrParams;
  if (!isArrayBufferView(buffer)) {
    // read([options])
    var params = bufferOrParams || {};
    if (params !== undefined && typeof params !== 'object') {
      throw new ERR_INVALID_ARG_TYPE('options', 'Object', params);
    }
    buffer = params.buffer !== undefined ? params.buffer : Buffer().alloc(16384);
    offset = params.offset;
    length = params.length;
    position = params.position;
  }
  if (offset !== null && typeof offset === 'object') {
    // read(buffer, options)
    var o = offset;
    offset = o.offset;
    length = o.length;
    position = o.position;
  }
  if (offset == null) offset = 0;
  else utils.validateInteger(offset, 'offset', 0);
  length = length === undefined ? buffer.byteLength - offset : length | 0;
  if (length === 0) return Promise.resolve({ bytesRead: length, buffer: buffer });
  if (buffer.byteLength === 0) {
    throw new ERR_INVALID_ARG_VALUE('buffer', buffer, 'is empty and cannot be written');
  }
  utils.validateOffsetLengthRead(offset, length, buffer.byteLength);
  if (position == null) position = -1;
  else utils.validatePosition(position, 'position', length);
  var fd = handleFd(handle);
  return call(function (cb) {
    binding.read(fd, toUint8(buffer), offset, length, position, cb);
  }).then(function (bytesRead) {
    return { bytesRead: bytesRead, buffer: buffer };
  });
}

function readv(handle, buffers, position) {
  utils.validateBufferArray(buffers);
  var fd = handleFd(handle);
  return new Promise(function (resolve, reject) {
    fsModule().readv(fd, buffers, typeof position === 'number' ? position : null,
      function (err, bytesRead) {
        if (err) reject(err);
        else resolve({ bytesRead: bytesRead, buffers: buffers });
      });
  });
}

function write(handle, buffer, offsetOrOptions, length, position) {
  var fd = handleFd(handle);
  if (buffer && buffer.byteLength === 0) return Promise.resolve({ bytesWritten: 0, buffer: buffer });
  var offset = offsetOrOptions;
  if (isArrayBufferView(buffer)) {
    if (offset !== null && typeof offset === 'object') {
      var o = offset;
      offset = o.offset === undefined ? 0 : o.offset;
      length = o.length === undefined ? buffer.byteLength - offset : o.length;
      position = o.position === undefined ? null : o.position;
    }
    if (offset == null) offset = 0;
    else utils.validateInteger(offset, 'offset', 0);
    if (typeof length !== 'number') length = buffer.byteLength - offset;
    if (typeof position !== 'number') position = null;
    utils.validateOffsetLengthWrite(offset, length, buffer.byteLength);
    return call(function (cb) {
      binding.write(fd, toUint8(buffer), offset, length, position === null ? -1 : position, cb);
    }).then(function (bytesWritten) {
      return { bytesWritten: bytesWritten, buffer: buffer };
    });
  }
  utils.validateStringAfterArrayBufferView(buffer, 'buffer');
  var enc = typeof length === 'string' && Buffer().isEncoding(length) ? length : 'utf8';
  var bytes = Buffer().from(buffer, enc);
  return call(function (cb) {
    binding.write(fd, bytes, 0, bytes.length, typeof offset === 'number' ? offset : -1, cb);
  }).then(function (bytesWritten) {
    return { bytesWritten: bytesWritten, buffer: buffer };
  });
}

function writev(handle, buffers, position) {
  utils.validateBufferArray(buffers);
  var fd = handleFd(handle);
  if (buffers.length === 0) return Promise.resolve({ bytesWritten: 0, buffers: buffers });
  return new Promise(function (resolve, reject) {
    fsModule().writev(fd, buffers, typeof position === 'number' ? position : null,
      function (err, bytesWritten) {
        if (err) reject(err);
        else resolve({ bytesWritten: bytesWritten, buffers: buffers });
      });
  });
}

// Reads the rest of a file through its handle: fstat, then reads of up to
// 512 KiB (64 KiB at a time when the size is unknown).
function readFileHandle(handle, options) {
  var signal = options && options.signal;
  var encoding = options && options.encoding;
  checkAborted(signal);
  var fd = handleFd(handle);
  return call(function (cb) { binding.fstat(fd, cb); }).then(function (stats) {
    checkAborted(signal);
    var size = utils.isFileType(stats, constants.S_IFREG) ? stats[8] : 0;
    if (size > kIoMaxLength) throw new codes.ERR_FS_FILE_TOO_LARGE(size);
    var buffers = [];
    var total = 0;
    function next() {
      checkAborted(signal);
      var length = size === 0 ? kReadFileUnknownBufferLength :
        Math.min(kReadFileBufferLength, Math.max(size - total, 1));
      var buffer = Buffer().allocUnsafeSlow(length);
      return call(function (cb) { binding.read(fd, buffer, 0, length, -1, cb); })
        .then(function (bytesRead) {
          if (bytesRead > 0) {
            buffers.push(bytesRead === length ? buffer : buffer.subarray(0, bytesRead));
            total += bytesRead;
          }
          if (bytesRead === 0 || (size !== 0 && total >= size)) {
            var result = buffers.length === 1 ? buffers[0] : Buffer().concat(buffers, total);
            return encoding ? result.toString(encoding) : result;
          }
          return next();
        });
    }
    return next();
  });
}

function writeFileHandle(handle, data, options) {
  options = getOptions(options, { encoding: 'utf8', mode: 438, flag: 'w' });
  var signal = options.signal;
  if (!isArrayBufferView(data)) {
    utils.validateStringAfterArrayBufferView(data, 'data');
    data = Buffer().from(data, options.encoding || 'utf8');
  }
  data = toUint8(data);
  checkAborted(signal);
  var fd = handleFd(handle);
  var offset = 0;
  function next() {
    if (offset >= data.byteLength) return undefined;
    checkAborted(signal);
    var length = Math.min(data.byteLength - offset, 512 * 1024);
    return call(function (cb) { binding.write(fd, data, offset, length, -1, cb); })
      .then(function (written) {
        offset += written;
        return next();
      });
  }
  return Promise.resolve().then(next);
}

function getAppendOptions(options) {
  options = getOptions(options, { encoding: 'utf8', mode: 438, flag: 'a' });
  options = utils.copyObject(options);
  options.flag = options.flag || 'a';
  return options;
}

// Runs fn(handle) on a freshly opened file, closing it afterwards.
function withOpenFile(path, flag, mode, fn) {
  return open(path, flag, mode).then(function (handle) {
    return fn(handle).then(function (result) {
      return handle.close().then(function () { return result; });
    }, function (err) {
      return handle.close().then(function () { throw err; }, function () { throw err; });
    });
  });
}

// --- path operations -----------------------------------------------------------------------

var open = asyncFn(function open(path, flags, mode) {
  path = getValidatedPath(path);
  var flagsNumber = stringToFlags(flags);
  mode = parseFileMode(mode, 'mode', 438);
  return call(function (cb) { binding.open(path, flagsNumber, mode, cb); }).then(function (fd) {
    return new FileHandle(fd);
  });
});

var access = asyncFn(function access(path, mode) {
  path = getValidatedPath(path);
  mode = utils.getValidMode(mode, 'access');
  return call(function (cb) { binding.access(path, mode, cb); });
});

var copyFile = asyncFn(function copyFile(src, dest, mode) {
  src = getValidatedPath(src, 'src');
  dest = getValidatedPath(dest, 'dest');
  mode = utils.getValidMode(mode, 'copyFile');
  return call(function (cb) { binding.copyFile(src, dest, mode, cb); });
});

var cp = asyncFn(function cp(src, dest, options) {
  return new Promise(function (resolve, reject) {
    require('internal/fs/cp').cp(src, dest, options, function (err) {
      if (err) reject(err);
      else resolve();
    });
  });
});

var opendir = asyncFn(function opendir(path, options) {
  return new Promise(function (resolve, reject) {
    require('internal/fs/dir').opendir(path, options, function (err, dir) {
      if (err) reject(err);
      else resolve(dir);
    });
  });
});

var rename = asyncFn(function rename(oldPath, newPath) {
  oldPath = getValidatedPath(oldPath, 'oldPath');
  newPath = getValidatedPath(newPath, 'newPath');
  return call(function (cb) { binding.rename(oldPath, newPath, cb); });
});

var truncate = asyncFn(function truncate(path, len) {
  if (len === undefined) len = 0;
  return open(path, 'r+').then(function (handle) {
    return ftruncate(handle, len).then(function () {
      return handle.close();
    }, function (err) {
      return handle.close().then(function () { throw err; });
    });
  });
});

var rm = asyncFn(function rm(path, options) {
  path = getValidatedPath(path);
  return new Promise(function (resolve, reject) {
    utils.validateRmOptions(path, options, fsModule().lstat, function (err, opts) {
      if (err) return reject(err);
      binding.rm(path, opts.recursive, opts.force, function (e) {
        if (e) reject(e);
        else resolve();
      });
    });
  });
});

var rmdir = asyncFn(function rmdir(path, options) {
  path = getValidatedPath(path);
  options = utils.validateRmdirOptions(options);
  if (options.recursive) {
    return call(function (cb) { binding.rm(path, true, true, cb); });
  }
  return call(function (cb) { binding.rmdir(path, cb); });
});

var mkdir = asyncFn(function mkdir(path, options) {
  if (typeof options === 'number' || typeof options === 'string') options = { mode: options };
  var recursive = options && options.recursive !== undefined ? options.recursive : false;
  var mode = options && options.mode !== undefined ? options.mode : 511;
  path = getValidatedPath(path);
  if (typeof recursive !== 'boolean') {
    throw new ERR_INVALID_ARG_TYPE('options.recursive', 'boolean', recursive);
  }
  mode = parseFileMode(mode, 'mode', 511);
  return call(function (cb) { binding.mkdir(path, mode, recursive, cb); }).then(function (first) {
    return recursive ? first : undefined;
  });
});

var readdir = asyncFn(function readdir(path, options) {
  return new Promise(function (resolve, reject) {
    fsModule().readdir(path, options || {}, function (err, result) {
      if (err) reject(err);
      else resolve(result);
    });
  });
});

var readlink = asyncFn(function readlink(path, options) {
  options = getOptions(options);
  path = getValidatedPath(path, 'oldPath');
  return call(function (cb) { binding.readlink(path, cb); }).then(function (result) {
    return encodeResult(result, options);
  });
});

var symlink = asyncFn(function symlink(target, path, type) {
  target = getValidatedPath(target, 'target');
  path = getValidatedPath(path);
  var flags = utils.stringToSymlinkType(type);
  return call(function (cb) { binding.symlink(target, path, flags, cb); });
});

var lstat = asyncFn(function lstat(path, options) {
  path = getValidatedPath(path);
  return call(function (cb) { binding.lstat(path, cb); }).then(utils.getStatsFromBinding);
});

var stat = asyncFn(function stat(path, options) {
  path = getValidatedPath(path);
  return call(function (cb) { binding.stat(path, cb); }).then(utils.getStatsFromBinding);
});

var statfs = asyncFn(function statfs(path, options) {
  return new Promise(function (resolve, reject) {
    fsModule().statfs(path, options, function (err, result) {
      if (err) reject(err);
      else resolve(result);
    });
  });
});

var link = asyncFn(function link(existingPath, newPath) {
  existingPath = getValidatedPath(existingPath, 'existingPath');
  newPath = getValidatedPath(newPath, 'newPath');
  return call(function (cb) { binding.link(existingPath, newPath, cb); });
});

var unlink = asyncFn(function unlink(path) {
  path = getValidatedPath(path);
  return call(function (cb) { binding.unlink(path, cb); });
});

var chmod = asyncFn(function chmod(path, mode) {
  path = getValidatedPath(path);
  mode = parseFileMode(mode, 'mode');
  return call(function (cb) { binding.chmod(path, mode, cb); });
});

var lchmod = asyncFn(function lchmod(path, mode) {
  throw new codes.ERR_METHOD_NOT_IMPLEMENTED('lchmod()');
});

var lchown = asyncFn(function lchown(path, uid, gid) {
  path = getValidatedPath(path);
  utils.validateInteger(uid, 'uid', -1, utils.constants.kMaxUserId);
  utils.validateInteger(gid, 'gid', -1, utils.constants.kMaxUserId);
  return call(function (cb) { binding.lchown(path, uid, gid, cb); });
});

var chown = asyncFn(function chown(path, uid, gid) {
  path = getValidatedPath(path);
  utils.validateInteger(uid, 'uid', -1, utils.constants.kMaxUserId);
  utils.validateInteger(gid, 'gid', -1, utils.constants.kMaxUserId);
  return call(function (cb) { binding.chown(path, uid, gid, cb); });
});

var utimes = asyncFn(function utimes(path, atime, mtime) {
  path = getValidatedPath(path);
  atime = utils.toUnixTimestamp(atime);
  mtime = utils.toUnixTimestamp(mtime);
  return call(function (cb) { binding.utimes(path, atime, mtime, cb); });
});

var lutimes = asyncFn(function lutimes(path, atime, mtime) {
  path = getValidatedPath(path);
  atime = utils.toUnixTimestamp(atime);
  mtime = utils.toUnixTimestamp(mtime);
  return call(function (cb) { binding.lutimes(path, atime, mtime, cb); });
});

function encodeResult(value, options) {
  var encoding = options && options.encoding;
  if (!encoding || encoding === 'utf8' || encoding === 'utf-8') return value;
  var buf = Buffer().from(value, 'utf8');
  return encoding === 'buffer' ? buf : buf.toString(encoding);
}

// The system's realpath (Node's promise form uses it too).
var realpath = asyncFn(function realpath(path, options) {
  options = getOptions(options);
  path = getValidatedPath(path);
  return call(function (cb) { binding.realpath(path, cb); }).then(function (result) {
    return encodeResult(result, options);
  });
});

var mkdtemp = asyncFn(function mkdtemp(prefix, options) {
  options = getOptions(options);
  prefix = getValidatedPath(prefix, 'prefix');
  return call(function (cb) { binding.mkdtemp(prefix, cb); });
});

var writeFile = asyncFn(function writeFile(path, data, options) {
  options = getOptions(options, { encoding: 'utf8', mode: 438, flag: 'w' });
  var flag = options.flag || 'w';
  if (!isArrayBufferView(data)) {
    utils.validateStringAfterArrayBufferView(data, 'data');
    data = Buffer().from(data, options.encoding || 'utf8');
  }
  if (path instanceof FileHandle) return writeFileHandle(path, data, options);
  checkAborted(options.signal);
  return withOpenFile(path, flag, options.mode, function (handle) {
    return writeFileHandle(handle, data, options);
  });
});

var appendFile = asyncFn(function appendFile(path, data, options) {
  options = getAppendOptions(options);
  return writeFile(path, data, options);
});

var readFile = asyncFn(function readFile(path, options) {
  options = getOptions(options, { flag: 'r' });
  var flag = options.flag || 'r';
  if (path instanceof FileHandle) return readFileHandle(path, options);
  checkAborted(options.signal);
  return withOpenFile(path, flag, 438, function (handle) {
    return readFileHandle(handle, options);
  });
});

var watch = asyncFn(function watch() {
  throw new codes.ERR_NOT_SUPPORTED('fs.promises.watch()', 'file watching is not implemented');
});

// Keys in Node's order (Object.keys(require('fs/promises'))).
var promisesExports = {
  access: access,
  copyFile: copyFile,
  cp: cp,
  open: open,
  opendir: opendir,
  rename: rename,
  truncate: truncate,
  rm: rm,
  rmdir: rmdir,
  mkdir: mkdir,
  readdir: readdir,
  readlink: readlink,
  symlink: symlink,
  lstat: lstat,
  stat: stat,
  statfs: statfs,
  link: link,
  unlink: unlink,
  chmod: chmod,
  lchmod: lchmod,
  lchown: lchown,
  chown: chown,
  utimes: utimes,
  lutimes: lutimes,
  realpath: realpath,
  mkdtemp: mkdtemp,
  writeFile: writeFile,
  appendFile: appendFile,
  readFile: readFile,
  watch: watch,
  constants: constants
};

module.exports = {
  exports: promisesExports,
  FileHandle: FileHandle,
  kRef: kRef,
  kUnref: kUnref
};
