'use strict';

// The fs module (Node's lib/fs.js): synchronous, callback and promise forms
// of the file-system calls.
//
// HOW. Each call goes to internalBinding('fs') (modules/native/fs.cpp):
//   fs.statSync(p)      -> binding.stat(p)          runs now, on the loop thread
//   fs.stat(p, cb)      -> binding.stat(p, oncomplete)
//                          queued to libuv's thread pool; a worker runs it;
//                          oncomplete runs in a later poll phase
//   fs.promises.stat(p) -> the callback form, wrapped in a promise
// The trace shows each async request (pool.queue, pool.work with the worker
// and its timing, fs.done, then callback.enter kind "fs"), and each sync call
// as fs.sync, so a learner can see the loop blocked by a *Sync call.

var binding = internalBinding('fs');
var constants = internalBinding('constants_fs');
var utils = require('internal/fs/utils');
var codes = require('internal/errors').codes;
var validators = require('internal/validators');
var pathModule = require('path');

var Stats = utils.Stats;
var Dirent = utils.Dirent;
var toPath = utils.toPathString;
var stringToFlags = utils.stringToFlags;

var lazyBuffer;
function Buffer() {
  if (lazyBuffer === undefined) lazyBuffer = require('buffer').Buffer;
  return lazyBuffer;
}

// A Uint8Array from the binding, as a Buffer sharing its memory.
function toBuffer(u8) {
  return Buffer().from(u8.buffer, u8.byteOffset, u8.length);
}

function maybeCallback(cb) {
  validators.validateFunction(cb, 'cb');
  return cb;
}

// The callback is the last argument; optional arguments before it may be
// left out: (path, cb), (path, options, cb).
function lastCallback(args) {
  return maybeCallback(args[args.length - 1]);
}

function getOptions(options, defaults) {
  if (options === null || options === undefined || typeof options === 'function') return defaults;
  if (typeof options === 'string') {
    var copy = {};
    for (var k in defaults) copy[k] = defaults[k];
    copy.encoding = options;
    return copy;
  }
  if (typeof options !== 'object') {
    throw new codes.ERR_INVALID_ARG_TYPE('options', ['string', 'Object'], options);
  }
  var merged = {};
  for (var d in defaults) merged[d] = defaults[d];
  for (var o in options) merged[o] = options[o];
  return merged;
}

function getMode(mode, def) {
  if (mode === undefined || mode === null) return def;
  if (typeof mode === 'string') return parseInt(mode, 8);
  return mode;
}

// --- stat ---------------------------------------------------------------

function makeStats(values) {
  return new Stats(values);
}

function statSync(path, options) {
  var values;
  try {
    values = binding.stat(toPath(path));
  } catch (err) {
    if (options && options.throwIfNoEntry === false && err.code === 'ENOENT') return undefined;
    throw err;
  }
  return makeStats(values);
}

function lstatSync(path, options) {
  var values;
  try {
    values = binding.lstat(toPath(path));
  } catch (err) {
    if (options && options.throwIfNoEntry === false && err.code === 'ENOENT') return undefined;
    throw err;
  }
  return makeStats(values);
}

function fstatSync(fd) {
  return makeStats(binding.fstat(fd));
}

function statsCallback(cb) {
  return function (err, values) {
    if (err) return cb(err);
    cb(null, makeStats(values));
  };
}

function stat(path, options, cb) {
  cb = lastCallback(arguments);
  binding.stat(toPath(path), statsCallback(cb));
}

function lstat(path, options, cb) {
  cb = lastCallback(arguments);
  binding.lstat(toPath(path), statsCallback(cb));
}

function fstat(fd, options, cb) {
  cb = lastCallback(arguments);
  binding.fstat(fd, statsCallback(cb));
}

// --- exists / access ------------------------------------------------------

function existsSync(path) {
  try {
    binding.access(toPath(path), constants.F_OK);
    return true;
  } catch (e) {
    return false;
  }
}

function exists(path, cb) {
  maybeCallback(cb);
  var p;
  try {
    p = toPath(path);
  } catch (e) {
    return process.nextTick(cb, false);
  }
  binding.access(p, constants.F_OK, function (err) { cb(!err); });
}

function accessSync(path, mode) {
  binding.access(toPath(path), mode === undefined ? constants.F_OK : mode);
}

function access(path, mode, cb) {
  if (typeof mode === 'function') {
    cb = mode;
    mode = constants.F_OK;
  }
  binding.access(toPath(path), mode, maybeCallback(cb));
}

// --- open / close / read / write -------------------------------------------------

function openSync(path, flags, mode) {
  return binding.open(toPath(path), stringToFlags(flags), getMode(mode, 438));
}

function open(path, flags, mode, cb) {
  cb = lastCallback(arguments);
  if (typeof flags === 'function') flags = undefined;
  if (typeof mode === 'function') mode = undefined;
  binding.open(toPath(path), stringToFlags(flags), getMode(mode, 438), cb);
}

function closeSync(fd) {
  binding.close(fd);
}

function close(fd, cb) {
  binding.close(fd, typeof cb === 'function' ? cb : function () {});
}

function readSync(fd, buffer, offset, length, position) {
  if (offset !== null && typeof offset === 'object') {
    var o = offset;
    offset = o.offset;
    length = o.length;
    position = o.position;
  }
  if (offset === undefined) offset = 0;
  if (length === undefined) length = buffer.byteLength - offset;
  if (length === 0) return 0;
  return binding.read(fd, buffer, offset, length, position === null || position === undefined ? -1 : position);
}

function read(fd, buffer, offset, length, position, cb) {
  cb = lastCallback(arguments);
  if (typeof offset === 'function' || offset === undefined) {
    offset = 0;
  }
  if (typeof length === 'function' || length === undefined) length = buffer.byteLength - offset;
  if (typeof position === 'function' || position === undefined || position === null) position = -1;
  if (length === 0) {
    return process.nextTick(cb, null, 0, buffer);
  }
  binding.read(fd, buffer, offset, length, position, function (err, bytesRead) {
    cb(err, bytesRead || 0, buffer);
  });
}

function toWriteBuffer(data, encoding) {
  if (typeof data === 'string') return Buffer().from(data, encoding || 'utf8');
  if (data instanceof Uint8Array) return data;
  if (ArrayBuffer.isView(data)) return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  throw new codes.ERR_INVALID_ARG_TYPE('data', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
}

function writeSync(fd, buffer, offset, length, position) {
  if (typeof buffer === 'string') {
    // writeSync(fd, string[, position[, encoding]])
    var encoding = typeof length === 'string' ? length : 'utf8';
    var pos = typeof offset === 'number' ? offset : -1;
    var buf = Buffer().from(buffer, encoding);
    return binding.write(fd, buf, 0, buf.length, pos);
  }
  buffer = toWriteBuffer(buffer);
  if (offset === undefined || offset === null) offset = 0;
  if (length === undefined || length === null) length = buffer.byteLength - offset;
  return binding.write(fd, buffer, offset, length, position === null || position === undefined ? -1 : position);
}

function write(fd, buffer, offset, length, position, cb) {
  cb = lastCallback(arguments);
  if (typeof buffer === 'string') {
    var encoding = typeof length === 'string' ? length : 'utf8';
    var pos = typeof offset === 'number' ? offset : -1;
    var str = buffer;
    var buf = Buffer().from(str, encoding);
    return binding.write(fd, buf, 0, buf.length, pos, function (err, written) {
      cb(err, written || 0, str);
    });
  }
  var data = toWriteBuffer(buffer);
  if (typeof offset !== 'number') offset = 0;
  if (typeof length !== 'number') length = data.byteLength - offset;
  if (typeof position !== 'number') position = -1;
  binding.write(fd, data, offset, length, position, function (err, written) {
    cb(err, written || 0, buffer);
  });
}

// --- whole files -------------------------------------------------------------

function decode(buffer, encoding) {
  return encoding ? buffer.toString(encoding) : buffer;
}

function readFileSync(path, options) {
  options = getOptions(options, { flag: 'r' });
  if (typeof path === 'number') {
    var chunks = [];
    var chunk = Buffer().allocUnsafe(8192);
    var n;
    while ((n = binding.read(path, chunk, 0, chunk.length, -1)) > 0) chunks.push(Buffer().from(chunk.slice(0, n)));
    return decode(Buffer().concat(chunks), options.encoding);
  }
  var flags = stringToFlags(options.flag);
  if ((options.encoding === 'utf8' || options.encoding === 'utf-8') && flags === constants.O_RDONLY) {
    return Buffer().from(binding.readFileUtf8(toPath(path), flags), 'utf8').toString('utf8');
  }
  return decode(toBuffer(binding.readFile(toPath(path), flags)), options.encoding);
}

function readFile(path, options, cb) {
  cb = lastCallback(arguments);
  options = getOptions(options, { flag: 'r' });
  var p;
  try {
    p = toPath(path);
  } catch (err) {
    return process.nextTick(cb, err);
  }
  binding.readFile(p, stringToFlags(options.flag), function (err, bytes) {
    if (err) return cb(err);
    var result;
    try {
      result = decode(toBuffer(bytes), options.encoding);
    } catch (e) {
      return cb(e);
    }
    cb(null, result);
  });
}

function writeFileSync(path, data, options) {
  options = getOptions(options, { encoding: 'utf8', mode: 438, flag: 'w' });
  var buffer = toWriteBuffer(data, options.encoding);
  var isFd = typeof path === 'number';
  var fd = isFd ? path : openSync(path, options.flag, options.mode);
  try {
    var offset = 0;
    while (offset < buffer.byteLength) {
      offset += binding.write(fd, buffer, offset, buffer.byteLength - offset, -1);
    }
  } finally {
    if (!isFd) closeSync(fd);
  }
}

function writeFile(path, data, options, cb) {
  cb = lastCallback(arguments);
  options = getOptions(options, { encoding: 'utf8', mode: 438, flag: 'w' });
  var buffer;
  try {
    buffer = toWriteBuffer(data, options.encoding);
  } catch (err) {
    return process.nextTick(cb, err);
  }
  var isFd = typeof path === 'number';
  function writeAll(fd) {
    var offset = 0;
    function next() {
      if (offset >= buffer.byteLength) return done(null);
      binding.write(fd, buffer, offset, buffer.byteLength - offset, -1, function (err, n) {
        if (err) return done(err);
        offset += n;
        next();
      });
    }
    function done(err) {
      if (isFd) return cb(err);
      binding.close(fd, function (closeErr) { cb(err || closeErr || null); });
    }
    next();
  }
  if (isFd) return writeAll(path);
  binding.open(toPath(path), stringToFlags(options.flag), getMode(options.mode, 438), function (err, fd) {
    if (err) return cb(err);
    writeAll(fd);
  });
}

function appendFileSync(path, data, options) {
  options = getOptions(options, { encoding: 'utf8', mode: 438, flag: 'a' });
  if (!options.flag || typeof path === 'number') options.flag = 'a';
  writeFileSync(path, data, options);
}

function appendFile(path, data, options, cb) {
  cb = lastCallback(arguments);
  options = getOptions(options, { encoding: 'utf8', mode: 438, flag: 'a' });
  if (!options.flag || typeof path === 'number') options.flag = 'a';
  writeFile(path, data, options, cb);
}

// --- directories -----------------------------------------------------------------

function direntsOf(path, pair) {
  var names = pair[0];
  var types = pair[1];
  var out = new Array(names.length);
  for (var i = 0; i < names.length; i++) out[i] = new Dirent(names[i], types[i], path);
  return out;
}

function readdirSync(path, options) {
  options = getOptions(options, { encoding: 'utf8', withFileTypes: false });
  var p = toPath(path);
  var result = binding.readdir(p, !!options.withFileTypes);
  return options.withFileTypes ? direntsOf(p, result) : result;
}

function readdir(path, options, cb) {
  cb = lastCallback(arguments);
  options = getOptions(options, { encoding: 'utf8', withFileTypes: false });
  var p = toPath(path);
  binding.readdir(p, !!options.withFileTypes, function (err, result) {
    if (err) return cb(err);
    cb(null, options.withFileTypes ? direntsOf(p, result) : result);
  });
}

function mkdirOptions(options) {
  if (typeof options === 'number' || typeof options === 'string') return { mode: getMode(options, 511), recursive: false };
  options = options || {};
  return { mode: getMode(options.mode, 511), recursive: !!options.recursive };
}

function mkdirSync(path, options) {
  var o = mkdirOptions(options);
  var first = binding.mkdir(pathModule.resolve(toPath(path)), o.mode, o.recursive);
  return o.recursive ? first : undefined;
}

function mkdir(path, options, cb) {
  cb = lastCallback(arguments);
  var o = mkdirOptions(typeof options === 'function' ? undefined : options);
  binding.mkdir(pathModule.resolve(toPath(path)), o.mode, o.recursive, function (err, first) {
    if (err) return cb(err);
    if (o.recursive) return cb(null, first);
    cb(null);
  });
}

function rmdirSync(path) {
  binding.rmdir(toPath(path));
}

function rmdir(path, options, cb) {
  cb = lastCallback(arguments);
  binding.rmdir(toPath(path), cb);
}

function mkdtempSync(prefix) {
  return binding.mkdtemp(toPath(prefix, 'prefix'));
}

function mkdtemp(prefix, options, cb) {
  cb = lastCallback(arguments);
  binding.mkdtemp(toPath(prefix, 'prefix'), cb);
}

// --- the rest, one binding call each -----------------------------------------------

function simple(name, toArgs) {
  return {
    sync: function () {
      return binding[name].apply(binding, toArgs.apply(null, arguments));
    },
    async: function () {
      var args = Array.prototype.slice.call(arguments);
      var cb = maybeCallback(args.pop());
      var callArgs = toArgs.apply(null, args);
      callArgs.push(cb);
      binding[name].apply(binding, callArgs);
    }
  };
}

var ops = {
  unlink: simple('unlink', function (p) { return [toPath(p)]; }),
  rename: simple('rename', function (a, b) { return [toPath(a, 'oldPath'), toPath(b, 'newPath')]; }),
  copyFile: simple('copyFile', function (a, b, mode) { return [toPath(a, 'src'), toPath(b, 'dest'), mode | 0]; }),
  realpath: simple('realpath', function (p) { return [toPath(p)]; }),
  symlink: simple('symlink', function (target, p) { return [toPath(target, 'target'), toPath(p), 0]; }),
  readlink: simple('readlink', function (p) { return [toPath(p)]; }),
  link: simple('link', function (a, b) { return [toPath(a, 'existingPath'), toPath(b, 'newPath')]; }),
  ftruncate: simple('ftruncate', function (fd, len) { return [fd, len | 0]; }),
  fsync: simple('fsync', function (fd) { return [fd]; }),
  fdatasync: simple('fdatasync', function (fd) { return [fd]; }),
  chmod: simple('chmod', function (p, mode) { return [toPath(p), getMode(mode, 0)]; }),
  fchmod: simple('fchmod', function (fd, mode) { return [fd, getMode(mode, 0)]; }),
  chown: simple('chown', function (p, uid, gid) { return [toPath(p), uid, gid]; }),
  fchown: simple('fchown', function (fd, uid, gid) { return [fd, uid, gid]; }),
  lchown: simple('lchown', function (p, uid, gid) { return [toPath(p), uid, gid]; }),
  utimes: simple('utimes', function (p, a, m) { return [toPath(p), toTime(a), toTime(m)]; }),
  futimes: simple('futimes', function (fd, a, m) { return [fd, toTime(a), toTime(m)]; }),
  lutimes: simple('lutimes', function (p, a, m) { return [toPath(p), toTime(a), toTime(m)]; })
};

function toTime(t) {
  if (t instanceof Date) return t.getTime() / 1000;
  if (typeof t === 'string') return Number(t);
  return t;
}

function truncateSync(path, len) {
  if (typeof path === 'number') return ops.ftruncate.sync(path, len);
  var fd = openSync(path, 'r+');
  try {
    ops.ftruncate.sync(fd, len || 0);
  } finally {
    closeSync(fd);
  }
}

function truncate(path, len, cb) {
  if (typeof len === 'function') {
    cb = len;
    len = 0;
  }
  maybeCallback(cb);
  if (typeof path === 'number') return ops.ftruncate.async(path, len, cb);
  open(path, 'r+', function (err, fd) {
    if (err) return cb(err);
    ops.ftruncate.async(fd, len || 0, function (err2) {
      close(fd, function (err3) { cb(err2 || err3 || null); });
    });
  });
}

function rmSync(path, options) {
  options = options || {};
  binding.rm(toPath(path), !!options.recursive, !!options.force);
}

function rm(path, options, cb) {
  cb = lastCallback(arguments);
  options = typeof options === 'object' && options !== null ? options : {};
  binding.rm(toPath(path), !!options.recursive, !!options.force, cb);
}

// --- fs.promises ---------------------------------------------------------------------

function promisify(fn) {
  return function () {
    var args = Array.prototype.slice.call(arguments);
    return new Promise(function (resolve, reject) {
      args.push(function (err, value) {
        if (err) return reject(err);
        resolve(value);
      });
      fn.apply(null, args);
    });
  };
}

var fs = module.exports = {
  constants: constants,
  F_OK: constants.F_OK,
  R_OK: constants.R_OK,
  W_OK: constants.W_OK,
  X_OK: constants.X_OK,
  Stats: Stats,
  Dirent: Dirent,
  access: access,
  accessSync: accessSync,
  exists: exists,
  existsSync: existsSync,
  stat: stat,
  statSync: statSync,
  lstat: lstat,
  lstatSync: lstatSync,
  fstat: fstat,
  fstatSync: fstatSync,
  open: open,
  openSync: openSync,
  close: close,
  closeSync: closeSync,
  read: read,
  readSync: readSync,
  write: write,
  writeSync: writeSync,
  readFile: readFile,
  readFileSync: readFileSync,
  writeFile: writeFile,
  writeFileSync: writeFileSync,
  appendFile: appendFile,
  appendFileSync: appendFileSync,
  readdir: readdir,
  readdirSync: readdirSync,
  mkdir: mkdir,
  mkdirSync: mkdirSync,
  mkdtemp: mkdtemp,
  mkdtempSync: mkdtempSync,
  rmdir: rmdir,
  rmdirSync: rmdirSync,
  rm: rm,
  rmSync: rmSync,
  truncate: truncate,
  truncateSync: truncateSync
};

Object.keys(ops).forEach(function (name) {
  fs[name] = ops[name].async;
  fs[name + 'Sync'] = ops[name].sync;
});

fs.promises = {};
['access', 'stat', 'lstat', 'readFile', 'writeFile', 'appendFile', 'readdir', 'mkdir', 'mkdtemp',
  'rmdir', 'rm', 'unlink', 'rename', 'copyFile', 'realpath', 'symlink', 'readlink', 'link',
  'truncate', 'chmod', 'utimes'].forEach(function (name) {
  fs.promises[name] = promisify(fs[name]);
});
