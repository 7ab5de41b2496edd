'use strict';

// fs.cp and fs.cpSync (Node's lib/internal/fs/cp/cp-sync.js): copy a file,
// or a directory tree with recursive: true, with Node's options (force,
// errorOnExist, filter, dereference, preserveTimestamps, verbatimSymlinks,
// mode) and its ERR_FS_CP_* errors.
//
// The callback form runs the same walk on the next tick (one step, not a
// chain of pool requests as in Node), and calls back with its result.

var binding = internalBinding('fs');
var constants = internalBinding('constants_fs');
var utils = require('internal/fs/utils');
var codes = require('internal/errors').codes;
var pathModule = require('path');

var SystemError = utils.SystemError;
var ERR_INVALID_ARG_TYPE = codes.ERR_INVALID_ARG_TYPE;

var S_IFMT = constants.S_IFMT;
var S_IFDIR = constants.S_IFDIR;
var S_IFREG = constants.S_IFREG;
var S_IFLNK = constants.S_IFLNK;
var S_IFCHR = constants.S_IFCHR;
var S_IFBLK = constants.S_IFBLK;
var S_IFIFO = constants.S_IFIFO;
var S_IFSOCK = constants.S_IFSOCK;

var defaultCpOptions = {
  dereference: false,
  errorOnExist: false,
  filter: undefined,
  force: true,
  preserveTimestamps: false,
  recursive: false,
  verbatimSymlinks: false,
  mode: 0
};

function validateCpOptions(options) {
  if (options === undefined) return utils.copyObject(defaultCpOptions);
  if (options === null || typeof options !== 'object') {
    throw new ERR_INVALID_ARG_TYPE('options', 'object', options);
  }
  var merged = utils.copyObject(defaultCpOptions);
  for (var k in options) merged[k] = options[k];
  ['dereference', 'errorOnExist', 'force', 'preserveTimestamps', 'recursive',
    'verbatimSymlinks'].forEach(function (name) {
    if (typeof merged[name] !== 'boolean') {
      throw new ERR_INVALID_ARG_TYPE('options.' + name, 'boolean', merged[name]);
    }
  });
  merged.mode = utils.getValidMode(merged.mode, 'copyFile');
  if (merged.dereference === true && merged.verbatimSymlinks === true) {
    throw new codes.ERR_INCOMPATIBLE_OPTION_PAIR('dereference', 'verbatimSymlinks');
  }
  if (merged.filter !== undefined && typeof merged.filter !== 'function') {
    throw new ERR_INVALID_ARG_TYPE('options.filter', 'Function', merged.filter);
  }
  return merged;
}

function cpError(key, code, errno, message, path) {
  return new SystemError(key, { message: message, path: path, syscall: 'cp', errno: errno,
    code: code });
}

function typeOf(values) {
  return values[1] & S_IFMT;
}

function tryStat(op, path) {
  try {
    return op(path);
  } catch (err) {
    if (err.code === 'ENOENT') return null;
    throw err;
  }
}

function isSrcSubdir(src, dest) {
  var srcArr = pathModule.resolve(src).split(pathModule.sep).filter(Boolean);
  var destArr = pathModule.resolve(dest).split(pathModule.sep).filter(Boolean);
  for (var i = 0; i < srcArr.length; i++) {
    if (destArr[i] !== srcArr[i]) return false;
  }
  return true;
}

function checkPaths(src, dest, opts) {
  var statOp = opts.dereference ? binding.stat : binding.lstat;
  var srcStat = statOp(src);
  var destStat = tryStat(statOp, dest);
  if (destStat) {
    if (srcStat[7] === destStat[7] && srcStat[0] === destStat[0]) {
      throw cpError('ERR_FS_CP_EINVAL', 'EINVAL', 22, 'src and dest cannot be the same', dest);
    }
    if (typeOf(srcStat) === S_IFDIR && typeOf(destStat) !== S_IFDIR) {
      throw cpError('ERR_FS_CP_DIR_TO_NON_DIR', 'EISDIR', 21,
        'cannot overwrite non-directory ' + dest + ' with directory ' + src, dest);
    }
    if (typeOf(srcStat) !== S_IFDIR && typeOf(destStat) === S_IFDIR) {
      throw cpError('ERR_FS_CP_NON_DIR_TO_DIR', 'ENOTDIR', 20,
        'cannot overwrite directory ' + dest + ' with non-directory ' + src, dest);
    }
  }
  if (typeOf(srcStat) === S_IFDIR && isSrcSubdir(src, dest)) {
    throw cpError('ERR_FS_CP_EINVAL', 'EINVAL', 22,
      'cannot copy ' + src + ' to a subdirectory of self ' + dest, dest);
  }
  return { srcStat: srcStat, destStat: destStat };
}

function ensureParent(dest) {
  var parent = pathModule.dirname(dest);
  if (tryStat(binding.stat, parent) === null) binding.mkdir(parent, 511, true);
}

function cpSyncImpl(src, dest, opts) {
  if (opts.filter && !opts.filter(src, dest)) return;
  var stats = checkPaths(src, dest, opts);
  ensureParent(dest);
  getStats(stats.destStat, src, dest, opts);
}

function getStats(destStat, src, dest, opts) {
  var statOp = opts.dereference ? binding.stat : binding.lstat;
  var srcStat = statOp(src);
  var type = typeOf(srcStat);
  if (type === S_IFDIR && opts.recursive) return onDir(srcStat, destStat, src, dest, opts);
  if (type === S_IFDIR) {
    throw cpError('ERR_FS_EISDIR', 'EISDIR', 22, src + ' is a directory (not copied)', src);
  }
  if (type === S_IFREG || type === S_IFCHR || type === S_IFBLK) {
    return onFile(srcStat, destStat, src, dest, opts);
  }
  if (type === S_IFLNK) return onLink(destStat, src, dest, opts);
  if (type === S_IFSOCK) {
    throw cpError('ERR_FS_CP_SOCKET', 'EINVAL', 22, 'cannot copy a socket file: ' + dest, dest);
  }
  if (type === S_IFIFO) {
    throw cpError('ERR_FS_CP_FIFO_PIPE', 'EINVAL', 22, 'cannot copy a FIFO pipe: ' + dest, dest);
  }
  throw cpError('ERR_FS_CP_UNKNOWN', 'EINVAL', 22, 'cannot copy an unknown file type: ' + dest, dest);
}

function onFile(srcStat, destStat, src, dest, opts) {
  if (!destStat) return copyFile(srcStat, src, dest, opts);
  if (opts.force) {
    binding.unlink(dest);
    return copyFile(srcStat, src, dest, opts);
  }
  if (opts.errorOnExist) {
    throw cpError('ERR_FS_CP_EEXIST', 'EEXIST', 17, dest + ' already exists', dest);
  }
}

function copyFile(srcStat, src, dest, opts) {
  binding.copyFile(src, dest, opts.mode);
  if (opts.preserveTimestamps) {
    // A read-only file must be made writable to set its times.
    if ((srcStat[1] & 128) === 0) binding.chmod(dest, srcStat[1] | 128);
    binding.utimes(dest, srcStat[10] / 1000, srcStat[11] / 1000);
  }
  binding.chmod(dest, srcStat[1] & 4095);
}

function onDir(srcStat, destStat, src, dest, opts) {
  if (!destStat) {
    binding.mkdir(dest, 511, false);
    copyDir(src, dest, opts);
    binding.chmod(dest, srcStat[1] & 4095);
    return;
  }
  copyDir(src, dest, opts);
}

function copyDir(src, dest, opts) {
  var names = binding.readdir(src, false);
  for (var i = 0; i < names.length; i++) {
    var srcItem = pathModule.join(src, names[i]);
    var destItem = pathModule.join(dest, names[i]);
    if (opts.filter && !opts.filter(srcItem, destItem)) continue;
    var stats = checkPaths(srcItem, destItem, opts);
    getStats(stats.destStat, srcItem, destItem, opts);
  }
}

function onLink(destStat, src, dest, opts) {
  var resolvedSrc = binding.readlink(src);
  if (!opts.verbatimSymlinks && !pathModule.isAbsolute(resolvedSrc)) {
    resolvedSrc = pathModule.resolve(pathModule.dirname(src), resolvedSrc);
  }
  if (!destStat) {
    binding.symlink(resolvedSrc, dest, 0);
    return;
  }
  var resolvedDest;
  try {
    resolvedDest = binding.readlink(dest);
  } catch (err) {
    // dest exists and is a regular file or directory: replace it.
    if (err.code === 'EINVAL' || err.code === 'UNKNOWN') {
      binding.symlink(resolvedSrc, dest, 0);
      return;
    }
    throw err;
  }
  if (!pathModule.isAbsolute(resolvedDest)) {
    resolvedDest = pathModule.resolve(pathModule.dirname(dest), resolvedDest);
  }
  if (isSrcSubdir(resolvedSrc, resolvedDest) && typeOf(binding.stat(src)) === S_IFDIR) {
    throw cpError('ERR_FS_CP_EINVAL', 'EINVAL', 22,
      'cannot copy ' + resolvedSrc + ' to a subdirectory of self ' + resolvedDest, dest);
  }
  binding.unlink(dest);
  binding.symlink(resolvedSrc, dest, 0);
}

function cpSync(src, dest, options) {
  var opts = validateCpOptions(options);
  src = utils.getValidatedPath(src, 'src');
  dest = utils.getValidatedPath(dest, 'dest');
  cpSyncImpl(src, dest, opts);
}

function cp(src, dest, options, callback) {
  var opts = validateCpOptions(options);
  src = utils.getValidatedPath(src, 'src');
  dest = utils.getValidatedPath(dest, 'dest');
  process.nextTick(function () {
    try {
      cpSyncImpl(src, dest, opts);
    } catch (err) {
      callback(err);
      return;
    }
    callback(null);
  });
}

module.exports = {
  cp: cp,
  cpSync: cpSync,
  validateCpOptions: validateCpOptions
};
