'use strict';

// The path module: path.posix and path.win32 (Node's lib/path.js). On this
// (POSIX) host `require('path')` is path.posix; path.win32 gives Windows
// semantics and, like Node on Linux, uses process.cwd() as its current
// directory when resolving.
//
// HOW: instead of Node's character-scanning state machines this file works
// on a path in three steps:
//   1. split off the root ('/' on POSIX; a drive 'C:', 'C:\', a UNC share
//      '\\server\share\' or a device '\\.\' on Windows), see win32Root();
//   2. collapse the rest as a list of segments (collapse(): '' and '.' go
//      away, '..' pops the previous segment or, when the path is relative,
//      stays);
//   3. glue the root back on.
// The last component (basename/extname/parse/dirname) comes from
// lastComponent(), which skips trailing separators.
//
// WHY the odd corners: Node's outputs have quirks that programs can observe
// and that the tests pin down, for example
//   posix.dirname('//a') === '//'        dirname('a//b') === 'a/'
//   basename('a/bc/', 'xbc') === 'bc/'   extname('...') === '.'
//   win32.normalize('CON:') === '.\\CON:.' (reserved device names, and the
//   CVE-2024-36139 rule that keeps a relative result from looking like a
//   drive: win32.normalize('ab:/x') === '.\\ab:\\x').
// Each such rule is implemented deliberately and commented where it lives.

var validators = require('internal/validators');
var validateString = validators.validateString;
var validateObject = validators.validateObject;

var SLASH = 47;      // '/'
var BACKSLASH = 92;  // '\'
var COLON = 58;      // ':'
var DOT = 46;        // '.'
var QUESTION = 63;   // '?'

function isSlash(c) {
  return c === SLASH;
}

function isWinSep(c) {
  return c === SLASH || c === BACKSLASH;
}

function isDriveLetter(c) {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

// Does `path` start with a drive such as 'c:'?
function hasDrive(path) {
  return path.length >= 2 && path.charCodeAt(1) === COLON && isDriveLetter(path.charCodeAt(0));
}

// Device names Windows reserves in every directory ('CON', 'COM1', ...).
var RESERVED_NAMES = ['CON', 'PRN', 'AUX', 'NUL',
  'COM1', 'COM2', 'COM3', 'COM4', 'COM5', 'COM6', 'COM7', 'COM8', 'COM9',
  'LPT1', 'LPT2', 'LPT3', 'LPT4', 'LPT5', 'LPT6', 'LPT7', 'LPT8', 'LPT9',
  'COM\xb9', 'COM\xb2', 'COM\xb3', 'LPT\xb9', 'LPT\xb2', 'LPT\xb3'];

// Node slices path[0, colonIndex) even when there is no colon (-1), so
// 'CON1' is checked as 'CON'; the quirk is kept on purpose.
function isReservedName(path, colonIndex) {
  return RESERVED_NAMES.indexOf(path.slice(0, colonIndex).toUpperCase()) !== -1;
}

// Splits `text` on separators and resolves '.' and '..'. A '..' that has
// nothing left to cancel is kept only if `keepAboveRoot` (relative paths).
// Returns the segments joined with `sep` ('' when nothing is left).
function collapse(text, keepAboveRoot, sepTest, sep) {
  var out = [];
  var start = 0;
  for (var i = 0; i <= text.length; i++) {
    if (i < text.length && !sepTest(text.charCodeAt(i))) continue;
    var seg = text.slice(start, i);
    start = i + 1;
    if (seg === '' || seg === '.') continue;
    if (seg === '..') {
      if (out.length > 0 && out[out.length - 1] !== '..') out.pop();
      else if (keepAboveRoot) out.push('..');
    } else {
      out.push(seg);
    }
  }
  return out.join(sep);
}

// The last path component: {start, end} indexes in `path` of the component
// after `from`, trailing separators excluded. end is -1 when there is none;
// start is then `from`.
function lastComponent(path, from, sepTest) {
  var end = -1;
  var i = path.length - 1;
  for (; i >= from; i--) {
    if (sepTest(path.charCodeAt(i))) {
      if (end !== -1) break;
    } else if (end === -1) {
      end = i + 1;
    }
  }
  return { start: end === -1 ? from : i + 1, end: end };
}

// The extension of a single component: from its last dot, unless that dot
// opens the name ('.bashrc') or the name is '..'.
function extOf(base) {
  var dot = base.lastIndexOf('.');
  if (dot <= 0 || base === '..') return '';
  return base.slice(dot);
}

// basename(path, suffix) on top of lastComponent(), reproducing Node's
// handling of a suffix: it is removed when the name ends with it (and is not
// equal to it); when the whole name is itself a tail of a longer suffix Node
// returns everything from the name's start, trailing separators included.
function basenameOf(path, suffix, from, sepTest) {
  var c = lastComponent(path, from, sepTest);
  var base = c.end === -1 ? '' : path.slice(c.start, c.end);
  if (suffix !== undefined && suffix.length > 0 && suffix.length <= path.length) {
    if (suffix === path) return '';
    if (base.length > suffix.length && base.slice(base.length - suffix.length) === suffix) {
      return base.slice(0, base.length - suffix.length);
    }
    if (suffix.length > base.length && suffix.slice(suffix.length - base.length) === base) {
      return path.slice(c.start);
    }
  }
  return base;
}

function formatExt(ext) {
  if (!ext) return '';
  return ext.charAt(0) === '.' ? ext : '.' + ext;
}

// path.format for both flavours: dir (or root) + base (or name + ext).
function formatWith(sep, obj) {
  validateObject(obj, 'pathObject');
  var dir = obj.dir || obj.root;
  var base = obj.base || (obj.name || '') + formatExt(obj.ext);
  if (!dir) return base;
  if (dir === obj.root) return dir + base;
  return dir + sep + base;
}

// resolve(...paths) and join(...paths) gather their arguments with withRest
// (cheaper than `arguments` in Duktape; modules/native/functions.cpp).
var withRest = internalBinding('functions').withRest;

// ---------------------------------------------------------------- POSIX --

var posix = {};

posix.resolve = withRest(function resolve(paths) {
  if (paths === undefined) paths = [];
  var joined = '';
  var absolute = false;
  // Right to left until something absolute has been prepended.
  for (var i = paths.length - 1; i >= 0 && !absolute; i--) {
    var p = paths[i];
    validateString(p, 'paths[' + i + ']');
    if (p.length === 0) continue;
    joined = p + '/' + joined;
    absolute = p.charCodeAt(0) === SLASH;
  }
  if (!absolute) {
    var cwd = process.cwd();
    joined = cwd + '/' + joined;
    absolute = cwd.charCodeAt(0) === SLASH;
  }
  var body = collapse(joined, !absolute, isSlash, '/');
  if (absolute) return '/' + body;
  return body.length > 0 ? body : '.';
}, 0);

posix.normalize = function normalize(path) {
  validateString(path, 'path');
  if (path.length === 0) return '.';
  var absolute = path.charCodeAt(0) === SLASH;
  var trailing = path.charCodeAt(path.length - 1) === SLASH;
  var body = collapse(path, !absolute, isSlash, '/');
  if (body.length === 0) {
    if (absolute) return '/';
    return trailing ? './' : '.';
  }
  if (trailing) body += '/';
  return absolute ? '/' + body : body;
};

posix.isAbsolute = function isAbsolute(path) {
  validateString(path, 'path');
  return path.length > 0 && path.charCodeAt(0) === SLASH;
};

posix.join = withRest(function join(paths) {
  var parts = [];
  var n = paths === undefined ? 0 : paths.length;
  for (var i = 0; i < n; i++) {
    validateString(paths[i], 'path');
    if (paths[i].length > 0) parts.push(paths[i]);
  }
  if (parts.length === 0) return '.';
  return posix.normalize(parts.join('/'));
}, 0);

// Both paths are resolved (absolute, no trailing slash, no empty segments),
// so the answer is '..' per segment of `from` after the common prefix,
// followed by the rest of `to`.
posix.relative = function relative(from, to) {
  validateString(from, 'from');
  validateString(to, 'to');
  if (from === to) return '';
  from = posix.resolve(from);
  to = posix.resolve(to);
  if (from === to) return '';
  var a = from === '/' ? [] : from.slice(1).split('/');
  var b = to === '/' ? [] : to.slice(1).split('/');
  var common = 0;
  while (common < a.length && common < b.length && a[common] === b[common]) common++;
  var out = [];
  for (var i = common; i < a.length; i++) out.push('..');
  return out.concat(b.slice(common)).join('/');
};

posix.toNamespacedPath = function toNamespacedPath(path) {
  return path;  // nothing to do on POSIX
};

posix.dirname = function dirname(path) {
  validateString(path, 'path');
  if (path.length === 0) return '.';
  var rooted = path.charCodeAt(0) === SLASH;
  var c = lastComponent(path, 0, isSlash);
  // The separator just before the last component; only one is dropped, so
  // dirname('a//b') is 'a/'. A separator at index 0 is the root.
  var cut = c.end === -1 ? -1 : c.start - 1;
  if (cut < 1) return rooted ? '/' : '.';
  if (rooted && cut === 1) return '//';
  return path.slice(0, cut);
};

posix.basename = function basename(path, suffix) {
  if (suffix !== undefined) validateString(suffix, 'suffix');
  validateString(path, 'path');
  return basenameOf(path, suffix, 0, isSlash);
};

posix.extname = function extname(path) {
  validateString(path, 'path');
  var c = lastComponent(path, 0, isSlash);
  return c.end === -1 ? '' : extOf(path.slice(c.start, c.end));
};

posix.format = function format(pathObject) {
  return formatWith('/', pathObject);
};

posix.parse = function parse(path) {
  validateString(path, 'path');
  var ret = { root: '', dir: '', base: '', ext: '', name: '' };
  if (path.length === 0) return ret;
  var absolute = path.charCodeAt(0) === SLASH;
  var from = absolute ? 1 : 0;
  if (absolute) ret.root = '/';
  var c = lastComponent(path, from, isSlash);
  if (c.end !== -1) {
    ret.base = path.slice(c.start, c.end);
    ret.ext = extOf(ret.base);
    ret.name = ret.base.slice(0, ret.base.length - ret.ext.length);
  }
  if (c.start > from) ret.dir = path.slice(0, c.start - 1);
  else if (absolute) ret.dir = '/';
  return ret;
};

// -------------------------------------------------------------- WINDOWS --

// The root of a Windows path:
//   device     'C:', '\\server\share', '\\.' or '\\?' (undefined if none)
//   rootEnd    where the rest of the path starts
//   absolute   true when a separator follows the device (or opens the path)
//   uncOnly    the path is exactly a UNC root ('\\server\share')
// A UNC root needs two leading separators, a server name, separators and a
// share name. For resolve/normalize (`devices` true) '\\.\x' and '\\?\x'
// are device roots of four characters; dirname/parse, like Node's, read them
// as ordinary UNC roots.
function win32Root(path, devices) {
  var len = path.length;
  var r = { device: undefined, rootEnd: 0, absolute: false, uncOnly: false };
  if (len === 0) return r;
  var c0 = path.charCodeAt(0);
  if (isWinSep(c0)) {
    r.absolute = true;
    r.rootEnd = 1;
    if (len > 1 && isWinSep(path.charCodeAt(1))) {
      var j = 2;
      while (j < len && !isWinSep(path.charCodeAt(j))) j++;
      var server = path.slice(2, j);
      if (j < len && server.length > 0) {
        var k = j;
        while (k < len && isWinSep(path.charCodeAt(k))) k++;
        if (k < len && k > j) {
          var m = k;
          while (m < len && !isWinSep(path.charCodeAt(m))) m++;
          if (devices && (server === '.' || server === '?')) {
            r.device = '\\\\' + server;
            r.rootEnd = 4;
          } else {
            r.device = '\\\\' + server + '\\' + path.slice(k, m);
            r.rootEnd = m;
            r.uncOnly = m === len;
          }
        }
      }
    }
  } else if (hasDrive(path)) {
    r.device = path.slice(0, 2);
    r.rootEnd = 2;
    if (len > 2 && isWinSep(path.charCodeAt(2))) {
      r.absolute = true;
      r.rootEnd = 3;
    }
  }
  return r;
}

var win32 = {};

// Right to left until both a device and an absolute path are known. The
// current directory comes from process.cwd() (a POSIX path here, which is
// rooted but has no device); for a drive-relative path such as 'C:foo' Node
// consults the '=C:' environment variable first, and so do we.
win32.resolve = withRest(function resolve(paths) {
  if (paths === undefined) paths = [];
  var device = '';
  var tail = '';
  var absolute = false;
  for (var i = paths.length - 1; i >= -1; i--) {
    var p;
    if (i >= 0) {
      p = paths[i];
      validateString(p, 'paths[' + i + ']');
      if (p.length === 0) continue;
    } else if (device.length === 0) {
      p = process.cwd();
    } else {
      p = process.env['=' + device] || process.cwd();
      // A directory of another drive: use the root of ours.
      if (p === undefined ||
          (p.slice(0, 2).toLowerCase() !== device.toLowerCase() &&
           p.charCodeAt(2) === BACKSLASH)) {
        p = device + '\\';
      }
    }
    var r = win32Root(p, true);
    if (r.device !== undefined) {
      if (device.length === 0) device = r.device;
      else if (r.device.toLowerCase() !== device.toLowerCase()) continue;  // other drive
    }
    if (absolute) {
      if (device.length > 0) break;
    } else {
      tail = p.slice(r.rootEnd) + '\\' + tail;
      absolute = r.absolute;
      if (absolute && device.length > 0) break;
    }
  }
  tail = collapse(tail, !absolute, isWinSep, '\\');
  if (absolute) return device + '\\' + tail;
  return device + tail || '.';
}, 0);

win32.normalize = function normalize(path) {
  validateString(path, 'path');
  var len = path.length;
  if (len === 0) return '.';
  if (len === 1) return path.charCodeAt(0) === SLASH ? '\\' : path;
  var r = win32Root(path, true);
  if (r.uncOnly) return r.device + '\\';
  var device = r.device;
  var rootEnd = r.rootEnd;
  var absolute = r.absolute;
  var colon = path.indexOf(':');
  // 'CON:' and friends name a device when no drive or UNC root matched.
  if (device === undefined && !isWinSep(path.charCodeAt(0)) && colon > 0 &&
      isReservedName(path, colon)) {
    device = path.slice(0, colon + 1);
    rootEnd = colon + 1;
  }
  var tail = rootEnd < len ? collapse(path.slice(rootEnd), !absolute, isWinSep, '\\') : '';
  if (tail.length === 0 && !absolute) tail = '.';
  if (tail.length > 0 && isWinSep(path.charCodeAt(len - 1))) tail += '\\';
  // CVE-2024-36139: a relative result must not start with something Windows
  // reads as a drive or stream ('c:x', 'a:' followed by a separator).
  if (!absolute && device === undefined && colon !== -1) {
    if (hasDrive(tail)) return '.\\' + tail;
    for (var at = colon; at !== -1; at = path.indexOf(':', at + 1)) {
      if (at === len - 1 || isWinSep(path.charCodeAt(at + 1))) return '.\\' + tail;
    }
  }
  if (isReservedName(path, colon)) return '.\\' + (device === undefined ? '' : device) + tail;
  if (device === undefined) return absolute ? '\\' + tail : tail;
  return absolute ? device + '\\' + tail : device + tail;
};

win32.isAbsolute = function isAbsolute(path) {
  validateString(path, 'path');
  if (path.length === 0) return false;
  if (isWinSep(path.charCodeAt(0))) return true;
  return path.length > 2 && hasDrive(path) && isWinSep(path.charCodeAt(2));
};

win32.join = withRest(function join(paths) {
  var parts = [];
  var n = paths === undefined ? 0 : paths.length;
  for (var i = 0; i < n; i++) {
    validateString(paths[i], 'path');
    if (paths[i].length > 0) parts.push(paths[i]);
  }
  if (parts.length === 0) return '.';
  var joined = parts.join('\\');
  // A leading run of separators would read as a UNC root; keep it only when
  // the first part clearly is one ('//server...'), else squash it to one.
  if (!/^[\\\/]{2}[^\\\/]/.test(parts[0])) joined = joined.replace(/^[\\\/]{2,}/, '\\');
  return win32.normalize(joined);
}, 0);

// Windows compares case-insensitively but answers with `to`'s own spelling.
// Node compares the two resolved paths character by character (after
// trimming leading and trailing backslashes) and remembers the last common
// backslash; with device-less roots that gives answers such as
// relative('\\aa', '\\a') === '..a', which programs can observe, so the same
// comparison is done here rather than a cleaner segment-wise one.
win32.relative = function relative(from, to) {
  validateString(from, 'from');
  validateString(to, 'to');
  if (from === to) return '';
  var fromFull = win32.resolve(from);
  var toFull = win32.resolve(to);
  if (fromFull === toFull) return '';
  var f = fromFull.toLowerCase();
  var t = toFull.toLowerCase();
  if (f === t) return '';
  if (f.length !== fromFull.length || t.length !== toFull.length) {
    return relativeBySegments(fromFull, toFull);  // lower-casing changed lengths
  }
  var fs = 0;
  while (fs < f.length && f.charCodeAt(fs) === BACKSLASH) fs++;
  var fe = f.length;
  while (fe - 1 > fs && f.charCodeAt(fe - 1) === BACKSLASH) fe--;
  var ts = 0;
  while (ts < t.length && t.charCodeAt(ts) === BACKSLASH) ts++;
  var te = t.length;
  while (te - 1 > ts && t.charCodeAt(te - 1) === BACKSLASH) te--;
  var fLen = fe - fs;
  var tLen = te - ts;
  var n = fLen < tLen ? fLen : tLen;
  var i = 0;
  var lastSep = -1;  // offset of the last backslash both share
  while (i < n && f.charCodeAt(fs + i) === t.charCodeAt(ts + i)) {
    if (f.charCodeAt(fs + i) === BACKSLASH) lastSep = i;
    i++;
  }
  if (i < n) {
    if (lastSep === -1) return toFull;  // nothing in common (another drive)
  } else {
    // One is a prefix of the other.
    if (tLen > n) {
      // (these two keep `to`'s trailing backslash, as Node's do)
      if (t.charCodeAt(ts + i) === BACKSLASH) return toFull.slice(ts + i + 1);
      if (i === 2) return toFull.slice(ts + i);  // `from` is a drive root
    }
    if (fLen > n) {
      if (f.charCodeAt(fs + i) === BACKSLASH) lastSep = i;
      else if (i === 2) lastSep = 3;  // `to` is a drive root
    }
    if (lastSep === -1) lastSep = 0;
  }
  // A '..' for every segment of `from` after the common part.
  var ups = [];
  for (var k = fs + lastSep + 1; k <= fe; k++) {
    if (k === fe || f.charCodeAt(k) === BACKSLASH) ups.push('..');
  }
  var rest = ts + lastSep;
  if (ups.length > 0) return ups.join('\\') + toFull.slice(rest, te);
  if (toFull.charCodeAt(rest) === BACKSLASH) rest++;
  return toFull.slice(rest, te);
};

// win32.relative when lower-casing changed a length ('\u0130' becomes two
// characters): compare whole segments instead of characters.
function relativeBySegments(fromFull, toFull) {
  var a = fromFull.split('\\');
  var b = toFull.split('\\');
  if (a[a.length - 1] === '') a.pop();
  if (b[b.length - 1] === '') b.pop();
  var n = a.length < b.length ? a.length : b.length;
  var i = 0;
  while (i < n && a[i].toLowerCase() === b[i].toLowerCase()) i++;
  if (i === 0) return toFull;
  var ups = [];
  for (var k = i; k < a.length; k++) ups.push('..');
  if (i === n) {
    if (b.length > n) return b.slice(i).join('\\');
    return ups.join('\\');
  }
  return ups.join('\\') + '\\' + b.slice(i).join('\\');
}

// 'C:\x' -> '\\?\C:\x', '\\server\share' -> '\\?\UNC\server\share'.
win32.toNamespacedPath = function toNamespacedPath(path) {
  if (typeof path !== 'string' || path.length === 0) return path;
  var full = win32.resolve(path);
  if (full.length <= 2) return path;
  if (full.charCodeAt(0) === BACKSLASH) {
    if (full.charCodeAt(1) === BACKSLASH) {
      var c = full.charCodeAt(2);
      if (c !== QUESTION && c !== DOT) return '\\\\?\\UNC\\' + full.slice(2);
    }
  } else if (hasDrive(full) && full.charCodeAt(2) === BACKSLASH) {
    return '\\\\?\\' + full;
  }
  return full;
};

win32.dirname = function dirname(path) {
  validateString(path, 'path');
  var len = path.length;
  if (len === 0) return '.';
  if (len === 1) return isWinSep(path.charCodeAt(0)) ? path : '.';
  var r = win32Root(path, false);
  if (r.uncOnly) return path;
  // The root as dirname keeps its separator: 'C:\', '\', '\\srv\share\'.
  var rootLen = -1;
  if (r.device !== undefined && r.device.charCodeAt(0) === BACKSLASH) {
    rootLen = r.rootEnd + 1;
  } else if (r.device !== undefined || r.absolute) {
    rootLen = r.rootEnd;
  }
  var from = rootLen === -1 ? 0 : rootLen;
  var c = lastComponent(path, from, isWinSep);
  if (c.end !== -1 && c.start > from) return path.slice(0, c.start - 1);
  return rootLen === -1 ? '.' : path.slice(0, rootLen);
};

win32.basename = function basename(path, suffix) {
  if (suffix !== undefined) validateString(suffix, 'suffix');
  validateString(path, 'path');
  return basenameOf(path, suffix, hasDrive(path) ? 2 : 0, isWinSep);
};

win32.extname = function extname(path) {
  validateString(path, 'path');
  var c = lastComponent(path, hasDrive(path) ? 2 : 0, isWinSep);
  return c.end === -1 ? '' : extOf(path.slice(c.start, c.end));
};

win32.format = function format(pathObject) {
  return formatWith('\\', pathObject);
};

win32.parse = function parse(path) {
  validateString(path, 'path');
  var ret = { root: '', dir: '', base: '', ext: '', name: '' };
  var len = path.length;
  if (len === 0) return ret;
  if (len === 1) {
    if (isWinSep(path.charCodeAt(0))) ret.root = ret.dir = path;
    else ret.base = ret.name = path;
    return ret;
  }
  var r = win32Root(path, false);
  var rootEnd;
  if (r.device !== undefined && r.device.charCodeAt(0) === BACKSLASH) {
    // UNC: the root includes the separator after the share, if any.
    rootEnd = r.uncOnly ? len : r.rootEnd + 1;
  } else if (r.device !== undefined) {
    if (len === r.rootEnd) {  // just 'C:' or 'C:\'
      ret.root = ret.dir = path;
      return ret;
    }
    rootEnd = r.rootEnd;
  } else {
    rootEnd = r.absolute ? 1 : 0;
  }
  if (rootEnd > 0) ret.root = path.slice(0, rootEnd);
  var c = lastComponent(path, rootEnd, isWinSep);
  if (c.end !== -1) {
    ret.base = path.slice(c.start, c.end);
    ret.ext = extOf(ret.base);
    ret.name = ret.base.slice(0, ret.base.length - ret.ext.length);
  }
  ret.dir = c.start > rootEnd ? path.slice(0, c.start - 1) : ret.root;
  return ret;
};

// ----------------------------------------------------------------- glob --

// path.matchesGlob(path, pattern) (experimental in Node, which delegates to
// minimatch with windowsPathsNoEscape, nonegate, nocomment). The subset
// here: '*', '?', '[...]' classes (with '!'/'^' and [:alpha:]-style names),
// '**' as a whole segment (any number of segments; at the end at least
// one), and brace lists/ranges ('{js,ts}', '{1..3}'). As in minimatch,
// wildcards do not match names starting with '.', and backslashes in the
// pattern are separators (with win32 in the path too).

var globWarned = false;

var POSIX_CLASSES = {
  alpha: 'a-zA-Z', digit: '0-9', alnum: 'a-zA-Z0-9', upper: 'A-Z', lower: 'a-z',
  space: ' \\t\\r\\n\\v\\f', blank: ' \\t', xdigit: '0-9A-Fa-f', word: '\\w',
  punct: '!-\\/:-@\\[-`{-~', cntrl: '\\x00-\\x1f\\x7f', graph: '!-~', print: ' -~'
};

// Expands the first brace group that is a list or a range, recursively.
function expandBraces(pattern) {
  for (var open = pattern.indexOf('{'); open !== -1; open = pattern.indexOf('{', open + 1)) {
    var depth = 0;
    var close = -1;
    var commas = [];
    for (var i = open; i < pattern.length; i++) {
      var c = pattern.charAt(i);
      if (c === '{') depth++;
      else if (c === '}' && --depth === 0) { close = i; break; }
      else if (c === ',' && depth === 1) commas.push(i);
    }
    if (close === -1) return [pattern];
    var head = pattern.slice(0, open);
    var tail = pattern.slice(close + 1);
    var body = pattern.slice(open + 1, close);
    var items = null;
    if (commas.length > 0) {
      items = [];
      var from = open + 1;
      commas.concat([close]).forEach(function (at) {
        items.push(pattern.slice(from, at));
        from = at + 1;
      });
    } else {
      var range = /^(-?\d+)\.\.(-?\d+)$/.exec(body) || /^([a-zA-Z])\.\.([a-zA-Z])$/.exec(body);
      if (range) {
        items = [];
        var numeric = /\d/.test(range[1]);
        var a = numeric ? parseInt(range[1], 10) : range[1].charCodeAt(0);
        var b = numeric ? parseInt(range[2], 10) : range[2].charCodeAt(0);
        var step = a <= b ? 1 : -1;
        for (var v = a; step > 0 ? v <= b : v >= b; v += step) {
          items.push(numeric ? String(v) : String.fromCharCode(v));
        }
      }
    }
    if (items === null) continue;
    var out = [];
    items.forEach(function (item) {
      expandBraces(head + item + tail).forEach(function (x) { out.push(x); });
    });
    return out;
  }
  return [pattern];
}

function escapeRegExp(ch) {
  return /[\\^$.*+?()[\]{}|\/-]/.test(ch) ? '\\' + ch : ch;
}

// One pattern segment as a RegExp, or null when it has no wildcard.
function segmentRegExp(seg) {
  if (!/[*?[]/.test(seg)) return null;
  var src = '';
  for (var i = 0; i < seg.length; i++) {
    var c = seg.charAt(i);
    if (c === '*') {
      src += '[^/]*';
      while (seg.charAt(i + 1) === '*') i++;
    } else if (c === '?') {
      src += '[^/]';
    } else if (c === '[') {
      var j = i + 1;
      var negate = seg.charAt(j) === '!' || seg.charAt(j) === '^';
      if (negate) j++;
      var cls = '';
      var first = true;
      var closed = false;
      for (; j < seg.length; j++) {
        var d = seg.charAt(j);
        if (d === ']' && !first) { closed = true; break; }
        first = false;
        var named = /^\[:([a-z]+):\]/.exec(seg.slice(j));
        if (named && POSIX_CLASSES[named[1]]) {
          cls += POSIX_CLASSES[named[1]];
          j += named[0].length - 1;
        } else if (d === '\\' || d === ']' || d === '[' || d === '^') {
          cls += '\\' + d;
        } else {
          cls += d;
        }
      }
      if (closed && cls !== '') {
        src += '[' + (negate ? '^' : '') + cls + ']';
        i = j;
      } else {
        src += '\\[';
      }
    } else {
      src += escapeRegExp(c);
    }
  }
  return new RegExp('^' + src + '$');
}

function isHiddenName(name) {
  return name.charAt(0) === '.';
}

function segmentMatches(name, seg) {
  var re = segmentRegExp(seg);
  if (re === null) return name === seg;
  if (name === '' || name === '.' || name === '..') return false;
  if (isHiddenName(name) && seg.charAt(0) !== '.') return false;
  return re.test(name);
}

function matchSegments(file, fi, pat, pi) {
  for (; pi < pat.length; pi++, fi++) {
    if (pat[pi] === '**') {
      if (pi === pat.length - 1) {
        // A final '**' takes the rest: one segment at least, none hidden.
        if (fi >= file.length) return false;
        for (var k = fi; k < file.length; k++) {
          if (isHiddenName(file[k])) return false;
        }
        return true;
      }
      for (var take = fi; take <= file.length; take++) {
        if (matchSegments(file, take, pat, pi + 1)) return true;
        if (take < file.length && isHiddenName(file[take])) return false;
      }
      return false;
    }
    if (fi >= file.length || !segmentMatches(file[fi], pat[pi])) return false;
  }
  // The pattern is used up: so must the path be (a trailing '/' is fine).
  return fi === file.length || (fi === file.length - 1 && file[fi] === '');
}

function matchesGlob(path, pattern, windows) {
  if (!globWarned) {
    globWarned = true;
    process.emitWarning('glob is an experimental feature and might change at any time',
      'ExperimentalWarning');
  }
  validateString(path, 'path');
  validateString(pattern, 'pattern');
  pattern = pattern.replace(/\\/g, '/');
  if (windows) path = path.replace(/\\/g, '/');
  var file = path.split('/');
  return expandBraces(pattern).some(function (p) {
    if (p === '') return path === '';
    return matchSegments(file, 0, p.split('/'), 0);
  });
}

posix.matchesGlob = function (path, pattern) {
  return matchesGlob(path, pattern, false);
};

win32.matchesGlob = function (path, pattern) {
  return matchesGlob(path, pattern, true);
};

// (set last so that Object.keys(path) lists them where Node does)
posix.sep = '/';
posix.delimiter = ':';
win32.sep = '\\';
win32.delimiter = ';';

// Each flavour reaches the other, as in Node: path.posix.win32 === path.win32.
posix.win32 = win32.win32 = win32;
posix.posix = win32.posix = posix;

// Legacy name (DEP0080).
win32._makeLong = win32.toNamespacedPath;
posix._makeLong = posix.toNamespacedPath;

module.exports = posix;
