'use strict';

// The util module (Node v20's lib/util.js, with the helpers Node keeps in
// lib/internal/util.js: deprecate, promisify, debuglog).
//
// Left out because there is nothing under them in tickscope: MIMEType,
// parseArgs, parseEnv, transferableAbort*, aborted, getSystemErrorMap (it
// returns a Map, which Duktape lacks). getSystemErrorName knows the common
// libuv error numbers (Linux values).

var inspectModule = require('internal/util/inspect');
var typesModule = require('internal/util/types');
var errors = require('internal/errors');
var validators = require('internal/validators');

var inspect = inspectModule.inspect;
var format = inspectModule.format;
var formatWithOptions = inspectModule.formatWithOptions;
var codes = errors.codes;

var validateFunction = validators.validateFunction;
var validateString = validators.validateString;
var validateNumber = validators.validateNumber;

var hasOwn = Object.prototype.hasOwnProperty;
var objectToString = Object.prototype.toString;

// util.types: the public is* checks only.
var types = {};
Object.keys(typesModule).forEach(function (name) {
  if (/^is[A-Z]/.test(name)) types[name] = typesModule[name];
});

// --- inherits -------------------------------------------------------------

function inherits(ctor, superCtor) {
  if (ctor === undefined || ctor === null) {
    throw new codes.ERR_INVALID_ARG_TYPE('ctor', 'Function', ctor);
  }
  if (superCtor === undefined || superCtor === null) {
    throw new codes.ERR_INVALID_ARG_TYPE('superCtor', 'Function', superCtor);
  }
  if (superCtor.prototype === undefined) {
    throw new codes.ERR_INVALID_ARG_TYPE('superCtor.prototype', 'Object', superCtor.prototype);
  }
  Object.defineProperty(ctor, 'super_', { value: superCtor, writable: true, configurable: true });
  Object.setPrototypeOf(ctor.prototype, superCtor.prototype);
}

// --- deprecate ------------------------------------------------------------

// Codes already warned about: a code warns once per process, whichever
// deprecated function uses it.
var codesWarned = Object.create(null);

function deprecate(fn, msg, code) {
  if (process.noDeprecation === true) return fn;
  if (code !== undefined) validateString(code, 'code');
  var warned = false;
  function deprecated() {
    if (!warned) {
      warned = true;
      if (code !== undefined) {
        if (!codesWarned[code]) {
          process.emitWarning(msg, 'DeprecationWarning', code);
          codesWarned[code] = true;
        }
      } else {
        process.emitWarning(msg, 'DeprecationWarning');
      }
    }
    var args = Array.prototype.slice.call(arguments);
    // (No new.target in ES5: `this instanceof deprecated` marks `new`.)
    if (this instanceof deprecated) return Reflect.construct(fn, args);
    return fn.apply(this, args);
  }
  Object.setPrototypeOf(deprecated, fn);
  if (fn.prototype) deprecated.prototype = fn.prototype;
  return deprecated;
}

// --- promisify / callbackify ----------------------------------------------

var kCustomPromisifiedSymbol = Symbol.for('nodejs.util.promisify.custom');
// Node's internal customPromisifyArgs: a function carrying this lists the
// names of its callback's values, and the promise resolves to an object
// with those names (child_process.exec: { stdout, stderr }).
var kCustomPromisifyArgsSymbol = Symbol.for('tickscope.util.promisify.customArgs');

// Copies all own properties (with their attributes) from `from` to `to`,
// as Object.defineProperties(to, Object.getOwnPropertyDescriptors(from)).
function copyOwnProperties(to, from, adjust) {
  var keys = Reflect.ownKeys(from);
  for (var i = 0; i < keys.length; i++) {
    var key = keys[i];
    if (key === 'fileName') continue;  // Duktape's own, not Node's
    var desc = Object.getOwnPropertyDescriptor(from, key);
    if (adjust) adjust(key, desc);
    try {
      Object.defineProperty(to, key, desc);
    } catch (e) {
      // Non-configurable on the target (Duktape's function `prototype`).
    }
  }
  return to;
}

function promisify(original) {
  validateFunction(original, 'original');
  if (original[kCustomPromisifiedSymbol]) {
    var custom = original[kCustomPromisifiedSymbol];
    validateFunction(custom, 'util.promisify.custom');
    return Object.defineProperty(custom, kCustomPromisifiedSymbol, {
      value: custom, enumerable: false, writable: false, configurable: true
    });
  }
  var argumentNames = original[kCustomPromisifyArgsSymbol];

  function fn() {
    var self = this;
    var args = Array.prototype.slice.call(arguments);
    return new Promise(function (resolve, reject) {
      args.push(function (err) {
        if (err) return reject(err);
        if (argumentNames !== undefined && arguments.length > 2) {
          var obj = {};
          for (var i = 0; i < argumentNames.length; i++) obj[argumentNames[i]] = arguments[i + 1];
          resolve(obj);
        } else {
          resolve(arguments[1]);
        }
      });
      original.apply(self, args);
    });
  }

  Object.setPrototypeOf(fn, Object.getPrototypeOf(original));
  Object.defineProperty(fn, kCustomPromisifiedSymbol, {
    value: fn, enumerable: false, writable: false, configurable: true
  });
  return copyOwnProperties(fn, original);
}
promisify.custom = kCustomPromisifiedSymbol;

function callbackifyOnRejected(reason, cb) {
  // A falsy rejection reason would read as "no error" to the callback.
  if (!reason) {
    var err = new codes.ERR_FALSY_VALUE_REJECTION();
    err.reason = reason;
    reason = err;
  }
  return cb(reason);
}

function callbackify(original) {
  validateFunction(original, 'original');

  function callbackified() {
    var args = Array.prototype.slice.call(arguments);
    var maybeCb = args.pop();
    validateFunction(maybeCb, 'last argument');
    var cb = maybeCb.bind(this);
    original.apply(this, args).then(function (ret) {
      process.nextTick(cb, null, ret);
    }, function (rej) {
      process.nextTick(callbackifyOnRejected, rej, cb);
    });
  }

  return copyOwnProperties(callbackified, original, function (key, desc) {
    if (key === 'length' && typeof desc.value === 'number') desc.value++;
    if (key === 'name' && typeof desc.value === 'string') desc.value += 'Callbackified';
  });
}

// --- debuglog -------------------------------------------------------------

var debugImpls;
var testEnabled;

function initializeDebugEnv(debugEnv) {
  debugImpls = Object.create(null);
  if (debugEnv) {
    var source = debugEnv.replace(/[|\\{}()[\]^$+?.]/g, '\\$&')
      .split('*').join('.*')
      .split(',').join('$|^');
    var re = new RegExp('^(' + source + ')$', 'i');
    testEnabled = function (str) { return re.test(str); };
  } else {
    testEnabled = function () { return false; };
  }
}

function noop() {}

function debuglogImpl(enabled, set) {
  if (debugImpls === undefined) initializeDebugEnv(process.env.NODE_DEBUG);
  if (debugImpls[set] === undefined) {
    if (enabled) {
      var pid = process.pid;
      if (set === 'HTTP' || set === 'HTTP2') {
        process.emitWarning("Setting the NODE_DEBUG environment variable to '" +
          set.toLowerCase() + "' can expose sensitive data (such as passwords, tokens and " +
          'authentication headers) in the resulting log.');
      }
      debugImpls[set] = function debug() {
        var args = [{ colors: false }].concat(Array.prototype.slice.call(arguments));
        var msg = formatWithOptions.apply(null, args);
        process.stderr.write(format('%s %s: %s\n', set, inspect(pid), msg));
      };
    } else {
      debugImpls[set] = noop;
    }
  }
  return debugImpls[set];
}

function debuglog(set, cb) {
  var enabled;
  function init() {
    if (debugImpls === undefined) initializeDebugEnv(process.env.NODE_DEBUG);
    set = set.toUpperCase();
    enabled = testEnabled(set);
  }
  var debug = function () {
    init();
    debug = debuglogImpl(enabled, set);
    if (typeof cb === 'function') cb(debug);
    return debug.apply(this, arguments);
  };
  var test = function () {
    init();
    test = function () { return enabled; };
    return enabled;
  };
  var logger = function () {
    return debug.apply(this, arguments);
  };
  Object.defineProperty(logger, 'enabled', {
    get: function () { return test(); },
    configurable: true,
    enumerable: true
  });
  return logger;
}

// --- legacy type checks ---------------------------------------------------

function isBoolean(arg) { return typeof arg === 'boolean'; }
function isNull(arg) { return arg === null; }
function isNullOrUndefined(arg) { return arg === null || arg === undefined; }
function isNumber(arg) { return typeof arg === 'number'; }
function isString(arg) { return typeof arg === 'string'; }
function isSymbol(arg) { return typeof arg === 'symbol'; }
function isUndefined(arg) { return arg === undefined; }
function isObject(arg) { return arg !== null && typeof arg === 'object'; }
function isFunction(arg) { return typeof arg === 'function'; }
function isPrimitive(arg) {
  return arg === null || (typeof arg !== 'object' && typeof arg !== 'function');
}
function isError(e) {
  return typesModule.isNativeError(e) || objectToString.call(e) === '[object Error]' ||
    e instanceof Error;
}
function isBuffer(arg) {
  var B;
  try {
    B = require('buffer').Buffer;
  } catch (e) {
    return false;  // no buffer module yet
  }
  return B.isBuffer(arg);
}

// --- misc -----------------------------------------------------------------

function _extend(target, source) {
  if (source === null || typeof source !== 'object') return target;
  var keys = Object.keys(source);
  var i = keys.length;
  while (i--) target[keys[i]] = source[keys[i]];
  return target;
}

var months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function pad(n) {
  return n < 10 ? '0' + n : String(n);
}

function timestamp() {
  var d = new Date();
  var t = [pad(d.getHours()), pad(d.getMinutes()), pad(d.getSeconds())].join(':');
  return d.getDate() + ' ' + months[d.getMonth()] + ' ' + t;
}

function log() {
  console.log('%s - %s', timestamp(), format.apply(null, arguments));
}

// Replaces lone surrogates with U+FFFD.
function toUSVString(input) {
  var str = String(input);
  var out = '';
  var last = 0;
  for (var i = 0; i < str.length; i++) {
    var c = str.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) {
      if (c <= 0xdbff && i + 1 < str.length) {
        var d = str.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) {
          i++;
          continue;
        }
      }
      out += str.slice(last, i) + '\ufffd';
      last = i + 1;
    }
  }
  return last === 0 ? str : out + str.slice(last);
}

// libuv error numbers on Linux.
var uvErrorNames = {
  '-7': 'E2BIG', '-13': 'EACCES', '-98': 'EADDRINUSE', '-99': 'EADDRNOTAVAIL',
  '-97': 'EAFNOSUPPORT', '-11': 'EAGAIN', '-3000': 'EAI_ADDRFAMILY', '-3001': 'EAI_AGAIN',
  '-3002': 'EAI_BADFLAGS', '-3013': 'EAI_BADHINTS', '-3003': 'EAI_CANCELED',
  '-3004': 'EAI_FAIL', '-3005': 'EAI_FAMILY', '-3006': 'EAI_MEMORY', '-3007': 'EAI_NODATA',
  '-3008': 'EAI_NONAME', '-3009': 'EAI_OVERFLOW', '-3014': 'EAI_PROTOCOL',
  '-3010': 'EAI_SERVICE', '-3011': 'EAI_SOCKTYPE', '-114': 'EALREADY', '-9': 'EBADF',
  '-16': 'EBUSY', '-125': 'ECANCELED', '-4080': 'ECHARSET', '-103': 'ECONNABORTED',
  '-111': 'ECONNREFUSED', '-104': 'ECONNRESET', '-89': 'EDESTADDRREQ', '-17': 'EEXIST',
  '-14': 'EFAULT', '-27': 'EFBIG', '-113': 'EHOSTUNREACH', '-4': 'EINTR', '-22': 'EINVAL',
  '-5': 'EIO', '-106': 'EISCONN', '-21': 'EISDIR', '-40': 'ELOOP', '-24': 'EMFILE',
  '-90': 'EMSGSIZE', '-36': 'ENAMETOOLONG', '-100': 'ENETDOWN', '-101': 'ENETUNREACH',
  '-23': 'ENFILE', '-105': 'ENOBUFS', '-19': 'ENODEV', '-2': 'ENOENT', '-12': 'ENOMEM',
  '-64': 'ENONET', '-92': 'ENOPROTOOPT', '-28': 'ENOSPC', '-38': 'ENOSYS',
  '-107': 'ENOTCONN', '-20': 'ENOTDIR', '-39': 'ENOTEMPTY', '-88': 'ENOTSOCK',
  '-95': 'ENOTSUP', '-75': 'EOVERFLOW', '-1': 'EPERM', '-32': 'EPIPE', '-71': 'EPROTO',
  '-93': 'EPROTONOSUPPORT', '-91': 'EPROTOTYPE', '-34': 'ERANGE', '-30': 'EROFS',
  '-108': 'ESHUTDOWN', '-29': 'ESPIPE', '-3': 'ESRCH', '-110': 'ETIMEDOUT',
  '-26': 'ETXTBSY', '-18': 'EXDEV', '-4094': 'UNKNOWN', '-4095': 'EOF', '-6': 'ENXIO',
  '-31': 'EMLINK', '-112': 'EHOSTDOWN', '-121': 'EREMOTEIO', '-25': 'ENOTTY',
  '-4028': 'EFTYPE', '-84': 'EILSEQ', '-94': 'ESOCKTNOSUPPORT'
};

function getSystemErrorName(err) {
  validateNumber(err, 'err');
  if (err >= 0 || !Number.isInteger(err)) {
    throw new codes.ERR_OUT_OF_RANGE('err', 'a negative integer', err);
  }
  var name = uvErrorNames[String(err)];
  return name !== undefined ? name : 'Unknown system error ' + err;
}

// internal/util/comparisons (assert's deep equality) is required lazily,
// and guarded: until that module exists, a plain structural comparison
// (same prototypes, same own enumerable keys, SameValue leaves) stands in.
var comparisons;
function isDeepStrictEqual(a, b) {
  if (comparisons === undefined) {
    try {
      comparisons = require('internal/util/comparisons');
    } catch (e) {
      if (!/internal\/util\/comparisons/.test(String(e && e.message))) throw e;
      comparisons = { isDeepStrictEqual: function (x, y) { return fallbackDeepEqual(x, y, []); } };
    }
  }
  return comparisons.isDeepStrictEqual(a, b);
}

function fallbackDeepEqual(a, b, seen) {
  if (a === b) return a !== 0 || 1 / a === 1 / b;
  if (a !== a && b !== b) return true;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
  if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  var ca = typesModule.classOf(a);
  if (ca !== typesModule.classOf(b)) return false;
  if (typesModule.isDate(a) && a.getTime() !== b.getTime()) return false;
  if (typesModule.isRegExp(a) && String(a) !== String(b)) return false;
  if (typesModule.isBoxedPrimitive(a) && !fallbackDeepEqual(a.valueOf(), b.valueOf(), seen)) return false;
  for (var s = 0; s < seen.length; s++) {
    if (seen[s][0] === a && seen[s][1] === b) return true;
  }
  var ka = Object.keys(a);
  var kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  seen.push([a, b]);
  for (var i = 0; i < ka.length; i++) {
    if (!hasOwn.call(b, ka[i]) || !fallbackDeepEqual(a[ka[i]], b[ka[i]], seen)) {
      seen.pop();
      return false;
    }
  }
  seen.pop();
  return true;
}

function shouldColorize(stream) {
  var env = process.env;
  if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR === '' || env.FORCE_COLOR === '1' ||
    env.FORCE_COLOR === '2' || env.FORCE_COLOR === '3' || env.FORCE_COLOR === 'true';
  if (env.NO_COLOR !== undefined || env.NODE_DISABLE_COLORS !== undefined || env.TERM === 'dumb') {
    return false;
  }
  return !!(stream && stream.isTTY);
}

function styleText(formatName, text, options) {
  validateString(text, 'text');
  var validateStream = !options || options.validateStream !== false;
  var stream = options && options.stream !== undefined ? options.stream : process.stdout;
  var formats = Array.isArray(formatName) ? formatName : [formatName];
  var left = '';
  var right = '';
  for (var i = 0; i < formats.length; i++) {
    var key = formats[i];
    var code = inspect.colors[key];
    if (code === undefined || !hasOwn.call(inspect.colors, key)) {
      validators.validateOneOf(key, 'format', Object.keys(inspect.colors));
    }
    left += '\u001b[' + code[0] + 'm';
    right = '\u001b[' + code[1] + 'm' + right;
  }
  if (validateStream && !shouldColorize(stream)) return text;
  return left + text + right;
}

module.exports = {
  _extend: _extend,
  callbackify: callbackify,
  debug: debuglog,
  debuglog: debuglog,
  deprecate: deprecate,
  format: format,
  styleText: styleText,
  formatWithOptions: formatWithOptions,
  getSystemErrorName: getSystemErrorName,
  inherits: inherits,
  inspect: inspect,
  isArray: Array.isArray,
  isBoolean: isBoolean,
  isBuffer: isBuffer,
  isDeepStrictEqual: isDeepStrictEqual,
  isNull: isNull,
  isNullOrUndefined: isNullOrUndefined,
  isNumber: isNumber,
  isString: isString,
  isSymbol: isSymbol,
  isUndefined: isUndefined,
  isRegExp: typesModule.isRegExp,
  isObject: isObject,
  isDate: typesModule.isDate,
  isError: isError,
  isFunction: isFunction,
  isPrimitive: isPrimitive,
  log: log,
  promisify: promisify,
  stripVTControlCharacters: inspectModule.stripVTControlCharacters,
  toUSVString: toUSVString,
  types: types,
  TextDecoder: typeof TextDecoder === 'function' ? TextDecoder : undefined,
  TextEncoder: typeof TextEncoder === 'function' ? TextEncoder : undefined
};
