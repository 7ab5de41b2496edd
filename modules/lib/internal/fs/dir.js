'use strict';

// fs.Dir, fs.opendir and fs.opendirSync (Node's lib/internal/fs/dir.js):
// a directory read entry by entry.
//
// HOW. Node opens the directory (uv_fs_opendir) and reads it in batches;
// here opening lists it whole (one scandir, on the pool for opendir), and
// read() hands the entries out one at a time - on the next tick for the
// callback and promise forms, as Node does when it has entries buffered.
// Errors name the "opendir" call without a path, as Node's do.

var binding = internalBinding('fs');
var utils = require('internal/fs/utils');
var codes = require('internal/errors').codes;
var pathModule = require('path');

var ERR_DIR_CLOSED = codes.ERR_DIR_CLOSED;
var ERR_INVALID_ARG_TYPE = codes.ERR_INVALID_ARG_TYPE;

// Node's opendirSync names no path in its errors; opendir (async) does.
function opendirError(err, path) {
  return utils.uvErrorLike(err, 'opendir', path);
}

var kPath = Symbol('kDirPath');
var kNames = Symbol('kDirNames');
var kTypes = Symbol('kDirTypes');
var kIndex = Symbol('kDirIndex');
var kClosed = Symbol('kDirClosed');
var kOptions = Symbol('kDirOptions');

function Dir(path, pair, options) {
  this[kPath] = path;
  this[kNames] = pair[0];
  this[kTypes] = pair[1];
  this[kIndex] = 0;
  this[kClosed] = false;
  this[kOptions] = options || {};
}

Object.defineProperty(Dir.prototype, 'path', {
  get: function () { return this[kPath]; },
  configurable: true
});

Dir.prototype._next = function () {
  var names = this[kNames];
  if (this[kIndex] >= names.length) return null;
  var i = this[kIndex]++;
  var type = this[kTypes][i];
  if (type === utils.direntTypes.UV_DIRENT_UNKNOWN) {
    try {
      type = utils.direntTypeFromMode(binding.lstat(pathModule.join(this[kPath], names[i]))[1]);
    } catch (e) { /* unknown it stays */ }
  }
  return new utils.Dirent(names[i], type, this[kPath]);
};

Dir.prototype.readSync = function readSync() {
  if (this[kClosed]) throw new ERR_DIR_CLOSED();
  return this._next();
};

Dir.prototype.read = function read(callback) {
  var self = this;
  if (callback === undefined) {
    return new Promise(function (resolve, reject) {
      self.read(function (err, dirent) {
        if (err) reject(err);
        else resolve(dirent);
      });
    });
  }
  if (typeof callback !== 'function') throw new ERR_INVALID_ARG_TYPE('callback', 'Function', callback);
  if (this[kClosed]) throw new ERR_DIR_CLOSED();
  var dirent;
  try {
    dirent = this._next();
  } catch (err) {
    process.nextTick(callback, err);
    return undefined;
  }
  process.nextTick(callback, null, dirent);
  return undefined;
};

Dir.prototype.closeSync = function closeSync() {
  if (this[kClosed]) throw new ERR_DIR_CLOSED();
  this[kClosed] = true;
};

Dir.prototype.close = function close(callback) {
  var self = this;
  if (callback === undefined) {
    if (this[kClosed]) return Promise.reject(new ERR_DIR_CLOSED());
    return new Promise(function (resolve) {
      self[kClosed] = true;
      process.nextTick(resolve);
    });
  }
  if (typeof callback !== 'function') throw new ERR_INVALID_ARG_TYPE('callback', 'Function', callback);
  if (this[kClosed]) {
    process.nextTick(callback, new ERR_DIR_CLOSED());
    return undefined;
  }
  this[kClosed] = true;
  process.nextTick(callback, null);
  return undefined;
};

// The entries, as an async iterator (next() returns promises), closing the
// directory at the end.
Dir.prototype.entries = function entries() {
  var self = this;
  var iterator = {
    next: function () {
      return self.read().then(function (dirent) {
        if (dirent === null) {
          return self.close().then(function () { return { value: undefined, done: true }; });
        }
        return { value: dirent, done: false };
      });
    },
    return: function () {
      if (self[kClosed]) return Promise.resolve({ value: undefined, done: true });
      return self.close().then(function () { return { value: undefined, done: true }; });
    }
  };
  if (typeof Symbol.asyncIterator === 'symbol') {
    iterator[Symbol.asyncIterator] = function () { return this; };
  }
  return iterator;
};

if (typeof Symbol.asyncIterator === 'symbol') {
  Dir.prototype[Symbol.asyncIterator] = Dir.prototype.entries;
}

function validateOptions(options) {
  options = utils.getOptions(options, { encoding: 'utf8' });
  if (options.bufferSize !== undefined) {
    utils.validateInteger(options.bufferSize, 'options.bufferSize', 1, 4294967295);
  }
  return options;
}

function opendir(path, options, callback) {
  callback = typeof options === 'function' ? options : callback;
  if (typeof callback !== 'function') throw new ERR_INVALID_ARG_TYPE('callback', 'Function', callback);
  path = utils.getValidatedPath(path);
  options = validateOptions(options);
  binding.readdir(path, true, function (err, pair) {
    if (err) return callback(opendirError(err, path));
    callback(null, new Dir(path, pair, options));
  });
}

function opendirSync(path, options) {
  path = utils.getValidatedPath(path);
  options = validateOptions(options);
  var pair;
  try {
    pair = binding.readdir(path, true);
  } catch (err) {
    throw opendirError(err);
  }
  return new Dir(path, pair, options);
}

module.exports = {
  Dir: Dir,
  opendir: opendir,
  opendirSync: opendirSync
};
