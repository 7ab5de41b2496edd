'use strict';

// Helpers shared by the fs module (Node's lib/internal/fs/utils.js): open
// flags, Stats and Dirent objects, path arguments.

var codes = require('internal/errors').codes;
var constants = internalBinding('constants_fs');

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

function Stats(values) {
  this.dev = values[kDev];
  this.mode = values[kMode];
  this.nlink = values[kNlink];
  this.uid = values[kUid];
  this.gid = values[kGid];
  this.rdev = values[kRdev];
  this.blksize = values[kBlksize];
  this.ino = values[kIno];
  this.size = values[kSize];
  this.blocks = values[kBlocks];
  this.atimeMs = values[kAtimeMs];
  this.mtimeMs = values[kMtimeMs];
  this.ctimeMs = values[kCtimeMs];
  this.birthtimeMs = values[kBirthtimeMs];
  this.atime = dateFromMs(this.atimeMs);
  this.mtime = dateFromMs(this.mtimeMs);
  this.ctime = dateFromMs(this.ctimeMs);
  this.birthtime = dateFromMs(this.birthtimeMs);
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
  throw new codes.ERR_INVALID_ARG_VALUE(name || 'flags', flags);
}

// A path argument: a string, a Buffer (its utf8 text) or a file: URL.
function toPathString(path, name) {
  if (typeof path === 'string') {
    if (path.indexOf('\u0000') !== -1) {
      throw new codes.ERR_INVALID_ARG_VALUE(name || 'path', path,
        'must be a string, Uint8Array, or URL without null bytes');
    }
    return path;
  }
  if (path instanceof Uint8Array) return require('buffer').Buffer.from(path).toString('utf8');
  if (path !== null && typeof path === 'object' && path.href !== undefined && path.protocol === 'file:') {
    return decodeURIComponent(path.pathname);
  }
  throw new codes.ERR_INVALID_ARG_TYPE(name || 'path', ['string', 'Buffer', 'URL'], path);
}

module.exports = {
  Stats: Stats,
  Dirent: Dirent,
  stringToFlags: stringToFlags,
  toPathString: toPathString,
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
