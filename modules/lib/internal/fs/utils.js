'use strict';

// Helpers shared by the fs modules (Node's lib/internal/fs/utils.js): open
// flags, Stats and Dirent objects, and the argument checks with Node's
// error codes and messages (paths, fds, modes, offsets, options).
//
// The messages matter: programs print err.message, and tests compare it
// with Node's, so each check throws exactly what Node 20 throws, in the
// same order of checks.

var errors = require('internal/errors');
var codes = errors.codes;
var constants = internalBinding('constants_fs');

var ERR_INVALID_ARG_TYPE = codes.ERR_INVALID_ARG_TYPE;
var ERR_INVALID_ARG_VALUE = codes.ERR_INVALID_ARG_VALUE;
var ERR_OUT_OF_RANGE = codes.ERR_OUT_OF_RANGE;

var lazyBuffer;
function Buffer() {
  if (lazyBuffer === undefined) lazyBuffer = require('buffer').Buffer;
  return lazyBuffer;
}

// --- error codes of the fs modules -------------------------------------------------

var E = errors.registerCode;
E('ERR_FS_FILE_TOO_LARGE', 'File size (%s) is greater than 2 GiB', RangeError);
E('ERR_FS_INVALID_SYMLINK_TYPE', 'Symlink type must be one of "dir", "file", or "junction". Received "%s"', Error);
E('ERR_DIR_CLOSED', 'Directory handle was closed', Error);
E('ERR_DIR_CONCURRENT_OPERATION', 'Cannot do synchronous work on directory handle with concurrent ' +
  'asynchronous operations', Error);
E('ERR_INVALID_FD_TYPE', 'Unsupported fd type: %s', TypeError);
E('ERR_FS_CP_DIR_TO_NON_DIR', 'Cannot overwrite directory with non-directory', Error);
E('ERR_FS_CP_EEXIST', 'Target already exists', Error);
E('ERR_FS_CP_EINVAL', 'Invalid src or dest', Error);
E('ERR_FS_CP_NON_DIR_TO_DIR', 'Cannot overwrite non-directory with directory', Error);
E('ERR_FS_CP_SYMLINK_TO_SUBDIRECTORY', 'Cannot overwrite symlink in subdirectory of self', Error);
E('ERR_FS_CP_UNKNOWN', 'Cannot copy an unknown file type', Error);
E('ERR_FS_EISDIR', 'Path is a directory', Error);
E('ERR_FS_CP_FIFO_PIPE', 'Cannot copy a FIFO pipe', Error);
E('ERR_FS_CP_SOCKET', 'Cannot copy a socket file', Error);
E('ERR_INCOMPATIBLE_OPTION_PAIR', 'Option "%s" cannot be used in combination with option "%s"',
  TypeError);
E('ERR_INVALID_URL_SCHEME', function (expected) {
  return 'The URL must be of scheme ' + expected;
}, TypeError);

// Node's SystemError: "<what>: <syscall> returned <CODE> (<message>) <path>",
// with code, info (the context) and errno/syscall/path mirroring the info.
// The ERR_FS_* codes about the file system (ERR_FS_EISDIR, ERR_FS_CP_*) use
// it.
var systemErrorPrefixes = {
  ERR_FS_EISDIR: 'Path is a directory',
  // (Node's two messages are the other way round from the codes' names.)
  ERR_FS_CP_DIR_TO_NON_DIR: 'Cannot overwrite non-directory with directory',
  ERR_FS_CP_EEXIST: 'Target already exists',
  ERR_FS_CP_EINVAL: 'Invalid src or dest',
  ERR_FS_CP_NON_DIR_TO_DIR: 'Cannot overwrite directory with non-directory',
  ERR_FS_CP_SYMLINK_TO_SUBDIRECTORY: 'Cannot overwrite symlink in subdirectory of self',
  ERR_FS_CP_UNKNOWN: 'Cannot copy an unknown file type',
  ERR_FS_CP_FIFO_PIPE: 'Cannot copy a FIFO pipe',
  ERR_FS_CP_SOCKET: 'Cannot copy a socket file'
};

function SystemError(key, context) {
  var message = systemErrorPrefixes[key] + ': ' + context.syscall + ' returned ' + context.code +
    ' (' + context.message + ')';
  if (context.path !== undefined) message += ' ' + context.path;
  if (context.dest !== undefined) message += ' => ' + context.dest;
  var err = new Error(message);
  Object.setPrototypeOf(err, SystemError.prototype);
  Object.defineProperty(err, 'stack', {
    value: 'SystemError [' + key + ']: ' + message + errors.stackTail(err.stack),
    writable: true, configurable: true });
  err.code = key;
  Object.defineProperty(err, 'info', { value: context, enumerable: true, configurable: true,
    writable: false });
  function accessor(name) {
    Object.defineProperty(err, name, {
      get: function () { return context[name]; },
      set: function (value) { context[name] = value; },
      enumerable: true,
      configurable: true
    });
  }
  accessor('errno');
  accessor('syscall');
  if (context.path !== undefined) accessor('path');
  if (context.dest !== undefined) accessor('dest');
  return err;
}
SystemError.prototype = Object.create(Error.prototype, {
  constructor: { value: SystemError, writable: true, configurable: true },
  name: { value: 'SystemError', writable: true, configurable: true },
  toString: { value: function () { return 'SystemError [' + this.code + ']: ' + this.message; },
    writable: true, configurable: true }
});

// A copy of a uv error from the binding with another syscall and path
// (opendir reports no path; readFile's read of a directory says "read").
function uvErrorLike(err, syscall, path, dest) {
  var at = err.message.indexOf(': ');
  var rest = at === -1 ? err.message : err.message.slice(at + 2);
  var comma = rest.lastIndexOf(', ' + err.syscall);
  var description = comma === -1 ? rest : rest.slice(0, comma);
  var message = err.code + ': ' + description + ', ' + syscall;
  if (path !== undefined) message += " '" + path + "'";
  if (dest !== undefined) message += " -> '" + dest + "'";
  var copy = new Error(message);
  copy.errno = err.errno;
  copy.code = err.code;
  copy.syscall = syscall;
  if (path !== undefined) copy.path = path;
  if (dest !== undefined) copy.dest = dest;
  return copy;
}

// --- Stats ------------------------------------------------------------------------

// *Must* match push_result's stat layout in modules/native/fs.cpp.
var kDev = 0;
var kMode = 1;
var kNlink = 2;
var kUid = 3;
var kGid = 4;
var kRdev = 5;
var kBlksize = 6;
var kIno = 7;
var kSize = 8;
var kBlocks = 9;
var kAtimeMs = 10;
var kMtimeMs = 11;
var kCtimeMs = 12;
var kBirthtimeMs = 13;

var S_IFMT = constants.S_IFMT;
var S_IFREG = constants.S_IFREG;
var S_IFDIR = constants.S_IFDIR;
var S_IFCHR = constants.S_IFCHR;
var S_IFBLK = constants.S_IFBLK;
var S_IFIFO = constants.S_IFIFO;
var S_IFLNK = constants.S_IFLNK;
var S_IFSOCK = constants.S_IFSOCK;

function dateFromMs(ms) {
  return new Date(Math.round(Number(ms)));
}

// fs.Stats: made from the binding's Float64Array (or, as Node allows, from
// the individual numbers).
function Stats(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks, atimeMs, mtimeMs,
  ctimeMs, birthtimeMs) {
  if (dev !== null && typeof dev === 'object') {
    var v = dev;
    dev = v[kDev];
    mode = v[kMode];
    nlink = v[kNlink];
    uid = v[kUid];
    gid = v[kGid];
    rdev = v[kRdev];
    blksize = v[kBlksize];
    ino = v[kIno];
    size = v[kSize];
    blocks = v[kBlocks];
    atimeMs = v[kAtimeMs];
    mtimeMs = v[kMtimeMs];
    ctimeMs = v[kCtimeMs];
    birthtimeMs = v[kBirthtimeMs];
  }
  this.dev = dev;
  this.mode = mode;
  this.nlink = nlink;
  this.uid = uid;
  this.gid = gid;
  this.rdev = rdev;
  this.blksize = blksize;
  this.ino = ino;
  this.size = size;
  this.blocks = blocks;
  this.atimeMs = atimeMs;
  this.mtimeMs = mtimeMs;
  this.ctimeMs = ctimeMs;
  this.birthtimeMs = birthtimeMs;
  this.atime = dateFromMs(atimeMs);
  this.mtime = dateFromMs(mtimeMs);
  this.ctime = dateFromMs(ctimeMs);
  this.birthtime = dateFromMs(birthtimeMs);
}

function modeIs(type) {
  return function () { return (this.mode & S_IFMT) === type; };
}

Stats.prototype.isFile = modeIs(S_IFREG);
Stats.prototype.isDirectory = modeIs(S_IFDIR);
Stats.prototype.isCharacterDevice = modeIs(S_IFCHR);
Stats.prototype.isBlockDevice = modeIs(S_IFBLK);
Stats.prototype.isFIFO = modeIs(S_IFIFO);
Stats.prototype.isSymbolicLink = modeIs(S_IFLNK);
Stats.prototype.isSocket = modeIs(S_IFSOCK);

function getStatsFromBinding(values) {
  return new Stats(values);
}

// The type bits of a binding stat array, without making a Stats.
function isFileType(values, type) {
  return (values[kMode] & S_IFMT) === type;
}

// --- Dirent -----------------------------------------------------------------------

// uv_dirent_type_t values.
var UV_DIRENT_UNKNOWN = 0;
var UV_DIRENT_FILE = 1;
var UV_DIRENT_DIR = 2;
var UV_DIRENT_LINK = 3;
var UV_DIRENT_FIFO = 4;
var UV_DIRENT_SOCKET = 5;
var UV_DIRENT_CHAR = 6;
var UV_DIRENT_BLOCK = 7;

var kType = Symbol('type');

function Dirent(name, type, path) {
  this.name = name;
  this.parentPath = path;
  this.path = path;
  this[kType] = type;
}

function direntIs(type) {
  return function () { return this[kType] === type; };
}

Dirent.prototype.isFile = direntIs(UV_DIRENT_FILE);
Dirent.prototype.isDirectory = direntIs(UV_DIRENT_DIR);
Dirent.prototype.isSymbolicLink = direntIs(UV_DIRENT_LINK);
Dirent.prototype.isFIFO = direntIs(UV_DIRENT_FIFO);
Dirent.prototype.isSocket = direntIs(UV_DIRENT_SOCKET);
Dirent.prototype.isCharacterDevice = direntIs(UV_DIRENT_CHAR);
Dirent.prototype.isBlockDevice = direntIs(UV_DIRENT_BLOCK);

// A stat's mode bits as a dirent type (for entries whose type the
// directory listing did not give).
function direntTypeFromMode(mode) {
  switch (mode & S_IFMT) {
    case S_IFREG: return UV_DIRENT_FILE;
    case S_IFDIR: return UV_DIRENT_DIR;
    case S_IFLNK: return UV_DIRENT_LINK;
    case S_IFIFO: return UV_DIRENT_FIFO;
    case S_IFSOCK: return UV_DIRENT_SOCKET;
    case S_IFCHR: return UV_DIRENT_CHAR;
    case S_IFBLK: return UV_DIRENT_BLOCK;
  }
  return UV_DIRENT_UNKNOWN;
}

// --- flags, modes, encodings --------------------------------------------------------

// 'r', 'w+', 'ax', ... or a number -> open(2) flags.
function stringToFlags(flags, name) {
  if (typeof flags === 'number') return flags;
  if (flags == null) return constants.O_RDONLY;
  switch (flags) {
    case 'r': return constants.O_RDONLY;
    case 'rs':
    case 'sr': return constants.O_RDONLY | constants.O_SYNC;
    case 'r+': return constants.O_RDWR;
    case 'rs+':
    case 'sr+': return constants.O_RDWR | constants.O_SYNC;
    case 'w': return constants.O_TRUNC | constants.O_CREAT | constants.O_WRONLY;
    case 'wx':
    case 'xw': return constants.O_TRUNC | constants.O_CREAT | constants.O_WRONLY | constants.O_EXCL;
    case 'w+': return constants.O_TRUNC | constants.O_CREAT | constants.O_RDWR;
    case 'wx+':
    case 'xw+': return constants.O_TRUNC | constants.O_CREAT | constants.O_RDWR | constants.O_EXCL;
    case 'a': return constants.O_APPEND | constants.O_CREAT | constants.O_WRONLY;
    case 'ax':
    case 'xa': return constants.O_APPEND | constants.O_CREAT | constants.O_WRONLY | constants.O_EXCL;
    case 'as':
    case 'sa': return constants.O_APPEND | constants.O_CREAT | constants.O_WRONLY | constants.O_SYNC;
    case 'a+': return constants.O_APPEND | constants.O_CREAT | constants.O_RDWR;
    case 'ax+':
    case 'xa+': return constants.O_APPEND | constants.O_CREAT | constants.O_RDWR | constants.O_EXCL;
    case 'as+':
    case 'sa+': return constants.O_APPEND | constants.O_CREAT | constants.O_RDWR | constants.O_SYNC;
  }
  throw new ERR_INVALID_ARG_VALUE('flags', flags);
}

var octalReg = /^[0-7]+$/;
var modeDesc = 'must be a 32-bit unsigned integer or an octal string';

// A mode: a number, an octal string, or the default.
function parseFileMode(value, name, def) {
  if (value == null && def !== undefined) value = def;
  if (typeof value === 'string') {
    if (!octalReg.test(value)) throw new ERR_INVALID_ARG_VALUE(name, value, modeDesc);
    value = parseInt(value, 8);
  }
  validateUint32(value, name);
  return value;
}

function validateUint32(value, name, positive) {
  if (typeof value !== 'number') throw new ERR_INVALID_ARG_TYPE(name, 'number', value);
  if (!Number.isInteger(value)) throw new ERR_OUT_OF_RANGE(name, 'an integer', value);
  var min = positive ? 1 : 0;
  var max = 4294967295;
  if (value < min || value > max) throw new ERR_OUT_OF_RANGE(name, '>= ' + min + ' && <= ' + max, value);
}

function validateInt32(value, name, min, max) {
  if (min === undefined) min = -2147483648;
  if (max === undefined) max = 2147483647;
  if (typeof value !== 'number') throw new ERR_INVALID_ARG_TYPE(name, 'number', value);
  if (!Number.isInteger(value)) throw new ERR_OUT_OF_RANGE(name, 'an integer', value);
  if (value < min || value > max) throw new ERR_OUT_OF_RANGE(name, '>= ' + min + ' && <= ' + max, value);
}

function validateInteger(value, name, min, max) {
  if (min === undefined) min = Number.MIN_SAFE_INTEGER;
  if (max === undefined) max = Number.MAX_SAFE_INTEGER;
  if (typeof value !== 'number') throw new ERR_INVALID_ARG_TYPE(name, 'number', value);
  if (!Number.isInteger(value)) throw new ERR_OUT_OF_RANGE(name, 'an integer', value);
  if (value < min || value > max) throw new ERR_OUT_OF_RANGE(name, '>= ' + min + ' && <= ' + max, value);
}

function isInt32(value) {
  return value === (value | 0);
}

// access() and copyFile() modes: Node checks them in C++ with these
// messages.
function getValidMode(mode, type) {
  var min = 0;
  var max = 7;
  var def = type === 'copyFile' ? 0 : constants.F_OK;
  if (mode == null) return def;
  if (typeof mode !== 'number' || !isInt32(mode)) {
    var e = new ERR_INVALID_ARG_TYPE('mode', 'number', mode);
    setMessage(e, 'mode must be int32 or null/undefined');
    throw e;
  }
  if (mode < min || mode > max) {
    var r = new ERR_OUT_OF_RANGE('mode', 'x', mode);
    setMessage(r, 'mode is out of range: >= ' + min + ' && <= ' + max);
    throw r;
  }
  return mode;
}

function setMessage(err, message) {
  var name = err.name + ' [' + err.code + ']';
  err.message = message;
  Object.defineProperty(err, 'stack', { value: name + ': ' + message + errors.stackTail(err.stack),
    writable: true, configurable: true });
}

function assertEncoding(encoding) {
  if (encoding && !Buffer().isEncoding(encoding)) {
    throw new ERR_INVALID_ARG_VALUE('encoding', encoding, 'is invalid encoding');
  }
}

// options: undefined/null/a function -> the defaults; a string -> the
// encoding; an object -> itself (not merged with the defaults, as in Node).
function getOptions(options, defaultOptions) {
  if (defaultOptions === undefined) defaultOptions = {};
  if (options == null || typeof options === 'function') return defaultOptions;
  if (typeof options === 'string') {
    var copy = copyObject(defaultOptions);
    copy.encoding = options;
    options = copy;
  } else if (typeof options !== 'object') {
    throw new ERR_INVALID_ARG_TYPE('options', ['string', 'Object'], options);
  }
  if (options.encoding !== 'buffer') assertEncoding(options.encoding);
  if (options.signal !== undefined) validateAbortSignal(options.signal, 'options.signal');
  return options;
}

function validateAbortSignal(signal, name) {
  if (signal !== undefined &&
      (signal === null || typeof signal !== 'object' || !('aborted' in signal))) {
    throw new ERR_INVALID_ARG_TYPE(name, 'AbortSignal', signal);
  }
}

function copyObject(source) {
  var target = {};
  for (var key in source) target[key] = source[key];
  return target;
}

// --- paths and fds --------------------------------------------------------------------

// A file: URL (a WHATWG URL, or anything shaped like one) as a path, with
// url.fileURLToPath's checks (no host, no encoded '/').
function toPathIfFileURL(fileURLOrPath) {
  if (fileURLOrPath === null || typeof fileURLOrPath !== 'object') return fileURLOrPath;
  return require('internal/url').toPathIfFileURL(fileURLOrPath);
}

function validatePath(path, propName) {
  if (propName === undefined) propName = 'path';
  if (typeof path !== 'string' && !(path instanceof Uint8Array)) {
    throw new ERR_INVALID_ARG_TYPE(propName, ['string', 'Buffer', 'URL'], path);
  }
  var hasNull = typeof path === 'string' ? path.indexOf('\u0000') !== -1 :
    Array.prototype.indexOf.call(path, 0) !== -1;
  if (hasNull) {
    throw new ERR_INVALID_ARG_VALUE(propName, path,
      'must be a string, Uint8Array, or URL without null bytes');
  }
}

// The path argument checked, as the string the binding takes (a Buffer
// path is its UTF-8 text).
function getValidatedPath(fileURLOrPath, propName) {
  var path = toPathIfFileURL(fileURLOrPath);
  validatePath(path, propName);
  if (typeof path !== 'string') path = Buffer().from(path).toString('utf8');
  return path;
}

function getValidatedFd(fd, propName) {
  if (propName === undefined) propName = 'fd';
  if (Object.is(fd, -0)) return 0;
  validateInt32(fd, propName, 0);
  return fd;
}

// --- buffers, offsets, positions -------------------------------------------------------

function isArrayBufferView(value) {
  return ArrayBuffer.isView(value);
}

function validateBuffer(buffer, name) {
  if (!isArrayBufferView(buffer)) {
    throw new ERR_INVALID_ARG_TYPE(name || 'buffer', ['Buffer', 'TypedArray', 'DataView'], buffer);
  }
}

function validateOffsetLengthRead(offset, length, bufferLength) {
  if (offset < 0) throw new ERR_OUT_OF_RANGE('offset', '>= 0', offset);
  if (length < 0) throw new ERR_OUT_OF_RANGE('length', '>= 0', length);
  if (offset + length > bufferLength) {
    throw new ERR_OUT_OF_RANGE('length', '<= ' + (bufferLength - offset), length);
  }
}

function validateOffsetLengthWrite(offset, length, byteLength) {
  if (offset > byteLength) throw new ERR_OUT_OF_RANGE('offset', '<= ' + byteLength, offset);
  if (length > byteLength - offset) {
    throw new ERR_OUT_OF_RANGE('length', '<= ' + (byteLength - offset), length);
  }
  if (length < 0) throw new ERR_OUT_OF_RANGE('length', '>= 0', length);
  validateInt32(length, 'length', 0);
}

function validatePosition(position, name, length) {
  if (typeof position === 'number') {
    validateInteger(position, name, -1);
  } else {
    throw new ERR_INVALID_ARG_TYPE(name, ['integer', 'bigint'], position);
  }
}

function validateStringAfterArrayBufferView(buffer, name) {
  if (typeof buffer !== 'string') {
    throw new ERR_INVALID_ARG_TYPE(name, ['string', 'Buffer', 'TypedArray', 'DataView'], buffer);
  }
}

function validateBufferArray(buffers, propName) {
  if (propName === undefined) propName = 'buffers';
  if (!Array.isArray(buffers)) throw new ERR_INVALID_ARG_TYPE(propName, 'ArrayBufferView[]', buffers);
  for (var i = 0; i < buffers.length; i++) {
    if (!isArrayBufferView(buffers[i])) {
      throw new ERR_INVALID_ARG_TYPE(propName, 'ArrayBufferView[]', buffers);
    }
  }
  return buffers;
}

// A byte view of any ArrayBufferView (the binding takes Uint8Arrays).
function toUint8(view) {
  if (view instanceof Uint8Array) return view;
  return new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
}

// --- times, symlinks, rm options ----------------------------------------------------

function toUnixTimestamp(time, name) {
  if (name === undefined) name = 'time';
  if (typeof time === 'string' && +time == time) return +time;
  if (typeof time === 'number' && isFinite(time)) {
    if (time < 0) return Date.now() / 1000;
    return time;
  }
  if (time instanceof Date) return time.getTime() / 1000;
  throw new ERR_INVALID_ARG_TYPE(name, ['Date', 'Time in seconds'], time);
}

function stringToSymlinkType(type) {
  if (type === undefined || type === null) return 0;
  if (type === 'dir') return constants.UV_FS_SYMLINK_DIR || 1;
  if (type === 'junction') return constants.UV_FS_SYMLINK_JUNCTION || 2;
  if (type === 'file') return 0;
  throw new codes.ERR_FS_INVALID_SYMLINK_TYPE(type);
}

var defaultRmOptions = { recursive: false, force: false, retryDelay: 100, maxRetries: 0 };
var defaultRmdirOptions = { retryDelay: 100, maxRetries: 0, recursive: false };

function validateRmdirOptions(options, defaults) {
  if (defaults === undefined) defaults = defaultRmdirOptions;
  if (options === undefined) return defaults;
  if (options === null || typeof options !== 'object') {
    throw new ERR_INVALID_ARG_TYPE('options', 'object', options);
  }
  var merged = copyObject(defaults);
  for (var k in options) merged[k] = options[k];
  if (typeof merged.recursive !== 'boolean') {
    throw new ERR_INVALID_ARG_TYPE('options.recursive', 'boolean', merged.recursive);
  }
  validateInt32(merged.retryDelay, 'options.retryDelay', 0);
  validateUint32(merged.maxRetries, 'options.maxRetries');
  return merged;
}

function rmEisdir(path) {
  return new SystemError('ERR_FS_EISDIR', { code: 'EISDIR', message: 'is a directory', path: path,
    syscall: 'rm', errno: 21 });
}

// rm's checks: the options, and (with lstat) that a directory is only
// removed with recursive: true.
function validateRmOptionsSync(path, options, lstatSync) {
  options = validateRmdirOptions(options, defaultRmOptions);
  if (typeof options.force !== 'boolean') {
    throw new ERR_INVALID_ARG_TYPE('options.force', 'boolean', options.force);
  }
  if (!options.force || !options.recursive) {
    var stats = lstatSync(path, { throwIfNoEntry: !options.force });
    if (stats && stats.isDirectory() && !options.recursive) throw rmEisdir(path);
  }
  return options;
}

function validateRmOptions(path, options, lstat, cb) {
  options = validateRmdirOptions(options, defaultRmOptions);
  if (typeof options.force !== 'boolean') {
    throw new ERR_INVALID_ARG_TYPE('options.force', 'boolean', options.force);
  }
  lstat(path, function (err, stats) {
    if (err) {
      if (options.force && err.code === 'ENOENT') return cb(null, options);
      return cb(err, options);
    }
    if (stats.isDirectory() && !options.recursive) return cb(rmEisdir(path));
    return cb(null, options);
  });
}

module.exports = {
  SystemError: SystemError,
  uvErrorLike: uvErrorLike,
  Stats: Stats,
  getStatsFromBinding: getStatsFromBinding,
  isFileType: isFileType,
  Dirent: Dirent,
  kType: kType,
  direntTypeFromMode: direntTypeFromMode,
  stringToFlags: stringToFlags,
  parseFileMode: parseFileMode,
  validateUint32: validateUint32,
  validateInt32: validateInt32,
  validateInteger: validateInteger,
  isInt32: isInt32,
  getValidMode: getValidMode,
  assertEncoding: assertEncoding,
  getOptions: getOptions,
  validateAbortSignal: validateAbortSignal,
  copyObject: copyObject,
  toPathIfFileURL: toPathIfFileURL,
  validatePath: validatePath,
  getValidatedPath: getValidatedPath,
  getValidatedFd: getValidatedFd,
  isArrayBufferView: isArrayBufferView,
  validateBuffer: validateBuffer,
  validateOffsetLengthRead: validateOffsetLengthRead,
  validateOffsetLengthWrite: validateOffsetLengthWrite,
  validatePosition: validatePosition,
  validateStringAfterArrayBufferView: validateStringAfterArrayBufferView,
  validateBufferArray: validateBufferArray,
  toUint8: toUint8,
  toUnixTimestamp: toUnixTimestamp,
  stringToSymlinkType: stringToSymlinkType,
  validateRmdirOptions: validateRmdirOptions,
  validateRmOptions: validateRmOptions,
  validateRmOptionsSync: validateRmOptionsSync,
  constants: {
    kIoMaxLength: 2147483647,
    kReadFileBufferLength: 512 * 1024,
    kReadFileUnknownBufferLength: 64 * 1024,
    kWriteFileMaxChunkSize: 512 * 1024,
    kMaxUserId: 4294967295
  },
  direntTypes: {
    UV_DIRENT_UNKNOWN: UV_DIRENT_UNKNOWN,
    UV_DIRENT_FILE: UV_DIRENT_FILE,
    UV_DIRENT_DIR: UV_DIRENT_DIR,
    UV_DIRENT_LINK: UV_DIRENT_LINK,
    UV_DIRENT_FIFO: UV_DIRENT_FIFO,
    UV_DIRENT_SOCKET: UV_DIRENT_SOCKET,
    UV_DIRENT_CHAR: UV_DIRENT_CHAR,
    UV_DIRENT_BLOCK: UV_DIRENT_BLOCK
  }
};
