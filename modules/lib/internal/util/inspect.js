'use strict';

// util.inspect, util.format and util.formatWithOptions, following Node v20's
// lib/internal/util/inspect.js algorithm by algorithm, in ES5.
//
// Overview (same as Node):
//   inspect(value, opts) builds a context `ctx` (options + state) and calls
//   formatValue, which handles primitives, custom inspect functions and
//   circular references, then formatRaw, which picks braces, a "base" (the
//   `[Function: f]`, the date, the error stack, ...) and a formatter for the
//   entries, formats every own key with formatProperty, and finally
//   reduceToSingleString decides between one line and one entry per line:
//     - arrays with more than 6 entries are first grouped into columns
//       (groupArrayElements);
//     - entries go on one line when the object holds at most `compact`
//       (default 3) levels of nested objects below it (ctx.currentDepth -
//       recurseTimes) and the entries fit within breakLength (80).
//
// What differs from Node, and why:
//   - Type checks use Duktape's internal class (internal/util/types), V8's
//     are native. BigInt, classes, generator and async functions do not
//     exist in Duktape. Map, Set, WeakMap, WeakSet and their iterators are
//     the runtime's (internal/collections), read through its helpers so that
//     no user-visible method runs; a WeakMap or WeakSet cannot list its
//     entries (they live on the keys), so it is `<items unknown>` even with
//     showHidden.
//   - Proxies cannot be unwrapped: Node formats the target without running
//     traps; here the proxy itself is formatted (its traps may run).
//   - Duktape does not infer function names (`var f = function () {}` has
//     name ''), so such functions print as `[Function (anonymous)]` and
//     objects built by them lack the `Foo` prefix.
//   - Stack traces are Duktape's, rewritten to Node's shape by
//     internal/errors_stack (no column numbers).
//   - String widths (used for column alignment) follow Node's non-ICU
//     fallback: full-width East Asian ranges count 2, combining marks 0;
//     strings are not NFC-normalized (Duktape has no String#normalize).

var types = require('internal/util/types');
var collections = require('internal/collections');

var classOf = types.classOf;
// Duktape.info(value): the engine's view of an object (class, property
// table sizes); see internal/util/types.
// (User scripts have no Duktape global, as in Node: internalBinding('duktape').)
var dukInfo = internalBinding('duktape').info;
var isNativeError = types.isNativeError;

// Duktape's internal class numbers (see internal/util/types).
var CLASS_OBJECT = 1;
var CLASS_ARGUMENTS = 4;
var CLASS_BOOLEAN = 5;
var CLASS_DATE = 6;
var CLASS_ERROR = 7;
var CLASS_NUMBER = 10;
var CLASS_REGEXP = 11;
var CLASS_STRING = 12;
var CLASS_SYMBOL = 14;
var CLASS_ARRAYBUFFER = 19;
var CLASS_DATAVIEW = 20;
var CLASS_INT8ARRAY = 21;
var CLASS_FLOAT64ARRAY = 29;

var hasOwn = Object.prototype.hasOwnProperty;
var propertyIsEnumerable = Object.prototype.propertyIsEnumerable;
var getOwnPropertyDescriptor = Object.getOwnPropertyDescriptor;
var getPrototypeOf = Object.getPrototypeOf;
var objectKeys = Object.keys;
var getOwnPropertyNames = Object.getOwnPropertyNames;
var getOwnPropertySymbols = Object.getOwnPropertySymbols;
var symbolToString = Symbol.prototype.toString;
var regExpToString = RegExp.prototype.toString;
var dateGetTime = Date.prototype.getTime;
var dateToISOString = Date.prototype.toISOString;
var dateToString = Date.prototype.toString;
var errorToString = Error.prototype.toString;
var SymbolToStringTag = Symbol.toStringTag;
var SymbolToPrimitive = Symbol.toPrimitive;

var customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');

var promiseModule;
function lazyPromise() {
  if (promiseModule === undefined) promiseModule = require('internal/promise');
  return promiseModule;
}

var validators;
function lazyValidators() {
  if (validators === undefined) validators = require('internal/validators');
  return validators;
}

// The names Node counts as built-in constructors (it collects the
// capitalized names on globalThis at startup). Fixed here so that
// Duktape-specific globals (Duktape, CBOR) do not count.
var builtInObjects = {};
['Object', 'Function', 'Array', 'Number', 'Boolean', 'String', 'Symbol', 'Date', 'Promise',
  'RegExp', 'Error', 'AggregateError', 'EvalError', 'RangeError', 'ReferenceError',
  'SyntaxError', 'TypeError', 'URIError', 'JSON', 'Math', 'Intl', 'ArrayBuffer', 'Atomics',
  'Uint8Array', 'Int8Array', 'Uint16Array', 'Int16Array', 'Uint32Array', 'Int32Array',
  'Float32Array', 'Float64Array', 'Uint8ClampedArray', 'BigUint64Array', 'BigInt64Array',
  'DataView', 'Map', 'BigInt', 'Set', 'WeakMap', 'WeakSet', 'Proxy', 'Reflect',
  'FinalizationRegistry', 'WeakRef', 'SharedArrayBuffer', 'WebAssembly'
].forEach(function (name) { builtInObjects[name] = true; });

function isBuiltInName(name) {
  return typeof name === 'string' && hasOwn.call(builtInObjects, name);
}

var inspectDefaultOptions = Object.seal({
  showHidden: false,
  depth: 2,
  colors: false,
  customInspect: true,
  showProxy: false,
  maxArrayLength: 100,
  maxStringLength: 10000,
  breakLength: 80,
  compact: 3,
  sorted: false,
  getters: false,
  numericSeparator: false
});

var optionNames = objectKeys(inspectDefaultOptions);

var kObjectType = 0;
var kArrayType = 1;
var kArrayExtrasType = 2;

var keyStrRegExp = /^[a-zA-Z_][a-zA-Z_0-9]*$/;
var numberRegExp = /^(0|[1-9][0-9]*)$/;
var coreModuleRegExp = /^ {4}at (?:[^/\\(]+ \(|)node:(.+):\d+(?::\d+)?\)?$/;

var kMinLineLength = 16;

// Escapes for the control characters, the single quote and the backslash,
// by character code; '' where nothing needs escaping.
var meta = (function () {
  var out = [];
  var hex = '0123456789ABCDEF';
  for (var i = 0; i < 160; i++) {
    if (i < 32 || (i >= 127 && i < 160)) {
      out.push('\\x' + hex.charAt(i >> 4) + hex.charAt(i & 15));
    } else {
      out.push('');
    }
  }
  out[8] = '\\b';
  out[9] = '\\t';
  out[10] = '\\n';
  out[12] = '\\f';
  out[13] = '\\r';
  out[39] = "\\'";
  out[92] = '\\\\';
  return out;
}());

// ANSI escape sequences (the chalk/ansi-regex pattern Node uses).
var ansi = new RegExp(
  '[\\u001B\\u009B][[\\]()#;?]*' +
  '(?:(?:(?:(?:;[-a-zA-Z\\d\\/#&.:=?%@~_]+)*' +
  '|[a-zA-Z\\d]+(?:;[-a-zA-Z\\d\\/#&.:=?%@~_]*)*)?' +
  '(?:\\u0007|\\u001B\\u005C|\\u009C))' +
  '|(?:(?:\\d{1,4}(?:;\\d{0,4})*)?' +
  '[\\dA-PR-TZcf-nq-uy=><~]))', 'g');

function repeat(str, n) {
  return n > 0 ? str.repeat(n) : '';
}

function padStart(str, width, fill) {
  return str.length >= width ? str : repeat(fill, width - str.length) + str;
}

function padEnd(str, width, fill) {
  return str.length >= width ? str : str + repeat(fill, width - str.length);
}

function isObjectLike(value) {
  return value !== null && (typeof value === 'object' || typeof value === 'function');
}

function isError(value) {
  if (isNativeError(value)) return true;
  try {
    return value instanceof Error;
  } catch (e) {
    return false;
  }
}

function getUserOptions(ctx) {
  var ret = { stylize: ctx.stylize };
  for (var i = 0; i < optionNames.length; i++) ret[optionNames[i]] = ctx[optionNames[i]];
  if (ctx.userOptions !== undefined) {
    var keys = objectKeys(ctx.userOptions);
    for (var j = 0; j < keys.length; j++) ret[keys[j]] = ctx.userOptions[keys[j]];
  }
  return ret;
}

/**
 * Returns a string representation of `value` (legacy signature:
 * inspect(value, showHidden, depth, colors)).
 */
function inspect(value, opts, legacyDepth, legacyColors) {
  // (Extra parameters rather than `arguments`: Duktape builds an arguments
  // object on every call of a function that mentions it.)
  if (opts === undefined && legacyDepth === undefined) {
    var fast = fastPrimitive(value);
    if (fast !== undefined) return fast;
  }
  // The context inherits the default options (Node copies them; building a
  // 17-property literal costs Duktape more than twice as much).
  var ctx = Object.create(inspectDefaultOptions);
  ctx.budget = {};
  ctx.indentationLvl = 0;
  ctx.seen = [];
  ctx.currentDepth = 0;
  ctx.stylize = stylizeNoColor;
  if (legacyDepth !== undefined) ctx.depth = legacyDepth;
  if (legacyColors !== undefined) ctx.colors = legacyColors;
  if (opts !== undefined) {
    if (typeof opts === 'boolean') {
      ctx.showHidden = opts;
    } else if (opts) {
      var optKeys = objectKeys(opts);
      for (var i = 0; i < optKeys.length; i++) {
        var key = optKeys[i];
        if (hasOwn.call(inspectDefaultOptions, key) || key === 'stylize') {
          ctx[key] = opts[key];
        } else if (ctx.userOptions === undefined) {
          // Passed through to custom inspect functions.
          ctx.userOptions = opts;
        }
      }
    }
  }
  if (ctx.colors) ctx.stylize = stylizeWithColor;
  if (ctx.maxArrayLength === null) ctx.maxArrayLength = Infinity;
  if (ctx.maxStringLength === null) ctx.maxStringLength = Infinity;
  return formatValue(ctx, value, 0);
}
Object.defineProperty(inspect, 'length', { value: 2 });
inspect.custom = customInspectSymbol;

// The inspection of a number, boolean, undefined or null under plain
// default options (the common console.log('x', 1) case), or undefined for
// anything else: the same text formatValue would produce, without building
// a context.
function fastPrimitive(value) {
  var t = typeof value;
  if (t === 'number') {
    if (inspectDefaultOptions.colors || inspectDefaultOptions.numericSeparator) return undefined;
    return value === 0 && 1 / value < 0 ? '-0' : '' + value;
  }
  if (inspectDefaultOptions.colors) return undefined;
  if (t === 'boolean') return value ? 'true' : 'false';
  if (t === 'undefined') return 'undefined';
  if (value === null) return 'null';
  return undefined;
}

Object.defineProperty(inspect, 'defaultOptions', {
  get: function () {
    return inspectDefaultOptions;
  },
  set: function (options) {
    lazyValidators().validateObject(options, 'options');
    return Object.assign(inspectDefaultOptions, options);
  },
  enumerable: true,
  configurable: true
});

// ANSI SGR codes: [set, reset].
var defaultFG = 39;
var defaultBG = 49;
inspect.colors = Object.assign(Object.create(null), {
  reset: [0, 0],
  bold: [1, 22],
  dim: [2, 22],
  italic: [3, 23],
  underline: [4, 24],
  blink: [5, 25],
  inverse: [7, 27],
  hidden: [8, 28],
  strikethrough: [9, 29],
  doubleunderline: [21, 24],
  black: [30, defaultFG],
  red: [31, defaultFG],
  green: [32, defaultFG],
  yellow: [33, defaultFG],
  blue: [34, defaultFG],
  magenta: [35, defaultFG],
  cyan: [36, defaultFG],
  white: [37, defaultFG],
  bgBlack: [40, defaultBG],
  bgRed: [41, defaultBG],
  bgGreen: [42, defaultBG],
  bgYellow: [43, defaultBG],
  bgBlue: [44, defaultBG],
  bgMagenta: [45, defaultBG],
  bgCyan: [46, defaultBG],
  bgWhite: [47, defaultBG],
  framed: [51, 54],
  overlined: [53, 55],
  gray: [90, defaultFG],
  redBright: [91, defaultFG],
  greenBright: [92, defaultFG],
  yellowBright: [93, defaultFG],
  blueBright: [94, defaultFG],
  magentaBright: [95, defaultFG],
  cyanBright: [96, defaultFG],
  whiteBright: [97, defaultFG],
  bgGray: [100, defaultBG],
  bgRedBright: [101, defaultBG],
  bgGreenBright: [102, defaultBG],
  bgYellowBright: [103, defaultBG],
  bgBlueBright: [104, defaultBG],
  bgMagentaBright: [105, defaultBG],
  bgCyanBright: [106, defaultBG],
  bgWhiteBright: [107, defaultBG]
});

function defineColorAlias(target, alias) {
  Object.defineProperty(inspect.colors, alias, {
    get: function () { return this[target]; },
    set: function (value) { this[target] = value; },
    configurable: true,
    enumerable: false
  });
}

defineColorAlias('gray', 'grey');
defineColorAlias('gray', 'blackBright');
defineColorAlias('bgGray', 'bgGrey');
defineColorAlias('bgGray', 'bgBlackBright');
defineColorAlias('dim', 'faint');
defineColorAlias('strikethrough', 'crossedout');
defineColorAlias('strikethrough', 'strikeThrough');
defineColorAlias('strikethrough', 'crossedOut');
defineColorAlias('hidden', 'conceal');
defineColorAlias('inverse', 'swapColors');
defineColorAlias('inverse', 'swapcolors');
defineColorAlias('doubleunderline', 'doubleUnderline');

inspect.styles = Object.assign(Object.create(null), {
  special: 'cyan',
  number: 'yellow',
  bigint: 'yellow',
  boolean: 'yellow',
  undefined: 'grey',
  null: 'bold',
  string: 'green',
  symbol: 'green',
  date: 'magenta',
  regexp: 'red',
  module: 'underline'
});

var strEscapeTest = /[\x00-\x1f\x27\x5c\x7f-\x9f\ud800-\udfff]/;
var strEscapeTestSingle = /[\x00-\x1f\x5c\x7f-\x9f\ud800-\udfff]/;

function addQuotes(str, quotes) {
  if (quotes === -1) return '"' + str + '"';
  if (quotes === -2) return '`' + str + '`';
  return "'" + str + "'";
}

// Escapes control characters, lone surrogates, the backslash and (unless
// another quote character is used) the single quote. The quotes are single
// ones unless the string holds one: then double quotes, or backticks when
// it also holds double quotes, as Node does.
function strEscape(str) {
  var singleQuote = 39;
  if (str.indexOf("'") !== -1) {
    if (str.indexOf('"') === -1) {
      singleQuote = -1;
    } else if (str.indexOf('`') === -1 && str.indexOf('${') === -1) {
      singleQuote = -2;
    }
  }
  // Most strings need no escape: one regexp test decides (cheaper than the
  // loop below in Duktape).
  if (str.length < 5000 && !(singleQuote === 39 ? strEscapeTest : strEscapeTestSingle).test(str)) {
    return addQuotes(str, singleQuote);
  }
  var result = '';
  var last = 0;
  var len = str.length;
  for (var i = 0; i < len; i++) {
    var point = str.charCodeAt(i);
    if (point === singleQuote || point === 92 || point < 32 || (point > 126 && point < 160)) {
      result += (last === i ? '' : str.slice(last, i)) + meta[point];
      last = i + 1;
    } else if (point >= 0xd800 && point <= 0xdfff) {
      if (point <= 0xdbff && i + 1 < len) {
        var next = str.charCodeAt(i + 1);
        if (next >= 0xdc00 && next <= 0xdfff) {
          i++;
          continue;
        }
      }
      result += str.slice(last, i) + '\\u' + point.toString(16);
      last = i + 1;
    }
  }
  if (last === 0) return addQuotes(str, singleQuote);
  if (last !== len) result += str.slice(last);
  return addQuotes(result, singleQuote);
}

// The same escapes for a key shown as [key] or [Symbol(desc)] (no quotes;
// the single quote is escaped too).
function escapeKey(str) {
  var result = '';
  var last = 0;
  for (var i = 0; i < str.length; i++) {
    var point = str.charCodeAt(i);
    if (point === 39 || point === 92 || point < 32 || (point > 126 && point < 160)) {
      result += str.slice(last, i) + meta[point];
      last = i + 1;
    } else if (point >= 0xd800 && point <= 0xdfff) {
      if (point <= 0xdbff && i + 1 < str.length) {
        var next = str.charCodeAt(i + 1);
        if (next >= 0xdc00 && next <= 0xdfff) {
          i++;
          continue;
        }
      }
      result += str.slice(last, i) + '\\u' + point.toString(16);
      last = i + 1;
    }
  }
  return last === 0 ? str : result + str.slice(last);
}

function stylizeWithColor(str, styleType) {
  var style = inspect.styles[styleType];
  if (style !== undefined) {
    var color = inspect.colors[style];
    if (color !== undefined) return '\u001b[' + color[0] + 'm' + str + '\u001b[' + color[1] + 'm';
  }
  return str;
}

function stylizeNoColor(str) {
  return str;
}

function getEmptyFormatArray() {
  return [];
}

function isInstanceof(object, proto) {
  try {
    return object instanceof proto;
  } catch (e) {
    return false;
  }
}

// V8's GetConstructorName for objects whose prototype chain names no
// constructor: the name of the object's internal class.
function internalGetConstructorName(value) {
  if (typeof value === 'function') return 'Function';
  var c = classOf(value);
  switch (c) {
    case 2: return 'Array';
    case 4: return 'Arguments';
    case 5: return 'Boolean';
    case 6: return 'Date';
    case 7: return 'Error';
    case 10: return 'Number';
    case 11: return 'RegExp';
    case 12: return 'String';
    case 14: return 'Symbol';
    case 19: return 'ArrayBuffer';
    case 20: return 'DataView';
    default: return types.typedArrayName(value) || 'Object';
  }
}

// Objects made by the built-in constructors answer without the general walk
// below (like Node's wellKnownPrototypes, which also ignores a tampered
// `constructor` of those prototypes).
var wellKnownPrototypes = [Object.prototype, Array.prototype, Function.prototype];
var wellKnownNames = ['Object', 'Array', 'Function'];

function getConstructorName(obj, ctx, recurseTimes, protoProps) {
  var known = wellKnownPrototypes.indexOf(getPrototypeOf(obj));
  if (known !== -1 && !hasOwn.call(obj, 'constructor')) return wellKnownNames[known];
  var firstProto;
  var tmp = obj;
  // A Duktape proxy reports a null prototype (getPrototypeOf is not
  // forwarded to the target), but property reads are: ask for the
  // constructor the way the target would answer.
  if (getPrototypeOf(obj) === null && types.isProxy(obj)) {
    var ctor = obj.constructor;
    if (typeof ctor === 'function' && typeof ctor.name === 'string' && ctor.name !== '') {
      return ctor.name;
    }
  }
  while (obj) {
    var descriptor = getOwnPropertyDescriptor(obj, 'constructor');
    if (descriptor !== undefined && typeof descriptor.value === 'function' &&
        descriptor.value.name !== '' && isInstanceof(tmp, descriptor.value)) {
      if (protoProps !== undefined &&
          (firstProto !== obj || !isBuiltInName(descriptor.value.name))) {
        addPrototypeProperties(ctx, tmp, firstProto || tmp, recurseTimes, protoProps);
      }
      return String(descriptor.value.name);
    }
    obj = getPrototypeOf(obj);
    if (firstProto === undefined) firstProto = obj;
  }
  if (firstProto === null) return null;

  var res = internalGetConstructorName(tmp);
  if (recurseTimes > ctx.depth && ctx.depth !== null) return res + ' <Complex prototype>';
  var protoConstr = getConstructorName(firstProto, ctx, recurseTimes + 1, protoProps);
  if (protoConstr === null) {
    var opts = {};
    for (var k in ctx) opts[k] = ctx[k];
    opts.customInspect = false;
    opts.depth = -1;
    return res + ' <' + inspect(firstProto, opts) + '>';
  }
  return res + ' <' + protoConstr + '>';
}

// With showHidden: adds the non-function properties that user-defined
// prototypes (up to three levels) hold to `output`.
function addPrototypeProperties(ctx, main, obj, recurseTimes, output) {
  var depth = 0;
  var keys;
  var keySet;
  do {
    if (depth !== 0 || main === obj) {
      obj = getPrototypeOf(obj);
      if (obj === null) return;
      var descriptor = getOwnPropertyDescriptor(obj, 'constructor');
      if (descriptor !== undefined && typeof descriptor.value === 'function' &&
          isBuiltInName(descriptor.value.name)) {
        return;
      }
    }
    if (depth === 0) {
      keySet = [];
    } else {
      for (var j = 0; j < keys.length; j++) keySet.push(keys[j]);
    }
    keys = Reflect.ownKeys(obj);
    ctx.seen.push(main);
    for (var i = 0; i < keys.length; i++) {
      var key = keys[i];
      if (key === 'constructor' || hasOwn.call(main, key) ||
          (depth !== 0 && keySet.indexOf(key) !== -1)) {
        continue;
      }
      var desc = getOwnPropertyDescriptor(obj, key);
      if (typeof desc.value === 'function') continue;
      var value = formatProperty(ctx, obj, recurseTimes, key, kObjectType, desc, main);
      output.push(ctx.colors ? '\u001b[2m' + value + '\u001b[22m' : value);
    }
    ctx.seen.pop();
  } while (++depth !== 3);
}

function getPrefix(constructor, tag, fallback, size) {
  if (size === undefined) size = '';
  if (constructor === null) {
    if (tag !== '' && fallback !== tag) return '[' + fallback + size + ': null prototype] [' + tag + '] ';
    return '[' + fallback + size + ': null prototype] ';
  }
  if (tag !== '' && constructor !== tag) return constructor + size + ' [' + tag + '] ';
  return constructor + size + ' ';
}

// A function's own property names as V8 lists them. Duktape adds `fileName`,
// gives strict functions (and bound ones) `caller` and `arguments` thrower
// accessors and lists `name` last; V8 lists length, name, then (only for
// sloppy-mode functions) arguments and caller, then prototype.
function functionOwnNames(fn) {
  var names = getOwnPropertyNames(fn);
  var isScript = dukInfo !== undefined && dukInfo(fn).bcbytes !== undefined;
  var sloppy = isScript && !hasOwn.call(fn, 'caller');
  var head = ['length', 'name'];
  if (sloppy) head.push('arguments', 'caller');
  if (hasOwn.call(fn, 'prototype')) head.push('prototype');
  for (var i = 0; i < names.length; i++) {
    var n = names[i];
    if (n === 'fileName' || n === 'caller' || n === 'arguments' || n === 'length' || n === 'name' ||
        n === 'prototype') {
      continue;
    }
    head.push(n);
  }
  return head;
}

// An error's own property names as V8 lists them: V8 keeps `stack` as an
// own property (first), the runtime as a getter on Error.prototype.
function errorOwnNames(err) {
  var names = getOwnPropertyNames(err);
  var out = ['stack'];
  if (hasOwn.call(err, 'message')) out.push('message');
  for (var i = 0; i < names.length; i++) {
    if (names[i] !== 'stack' && names[i] !== 'message') out.push(names[i]);
  }
  return out;
}

// formatProperty's descriptor for the V8-only properties above.
function engineDescriptor(value, key) {
  if (typeof value === 'function') {
    if (key === 'arguments' || key === 'caller') {
      if (!hasOwn.call(value, key)) return { value: null, enumerable: false };
    } else if (key === 'name' && !hasOwn.call(value, 'name')) {
      return { value: typeof value.name === 'string' ? value.name : '', enumerable: false };
    }
  } else if (key === 'stack' && !hasOwn.call(value, 'stack') && isNativeError(value)) {
    return { value: value.stack, enumerable: false };
  }
  return undefined;
}

function getKeys(value, showHidden) {
  var keys;
  var symbols = getOwnPropertySymbols(value);
  var i;
  if (showHidden) {
    keys = typeof value === 'function' ? functionOwnNames(value) :
      isNativeError(value) ? errorOwnNames(value) : getOwnPropertyNames(value);
    for (i = 0; i < symbols.length; i++) {
      if (!collections.isInternalSymbol(symbols[i])) keys.push(symbols[i]);
    }
  } else {
    keys = objectKeys(value);
    for (i = 0; i < symbols.length; i++) {
      if (propertyIsEnumerable.call(value, symbols[i])) keys.push(symbols[i]);
    }
  }
  return keys;
}

// The own keys of an array-like that are not indices (V8's
// GetOwnNonIndexProperties).
function getOwnNonIndexProperties(value, showHidden, isTyped) {
  // Shortcut: Duktape keeps indices apart from other properties; when its
  // table of other properties is empty there is nothing to list, and asking
  // costs less than Object.keys materializing every index of a long array.
  if (!showHidden && dukInfo !== undefined && (isTyped || value.length > 8) &&
      dukInfo(value).enext === 0) {
    return [];
  }
  var names = showHidden ? getOwnPropertyNames(value) : objectKeys(value);
  var keys = [];
  var i;
  // Index keys come first (in ascending order): the others are a suffix.
  var start = names.length;
  while (start > 0 && !isIndexKey(names[start - 1])) start--;
  for (i = start; i < names.length; i++) {
    // Duktape keeps a typed array's length as an own property; V8 has a
    // getter on the prototype.
    if (isTyped && names[i] === 'length') continue;
    keys.push(names[i]);
  }
  var symbols = getOwnPropertySymbols(value);
  for (i = 0; i < symbols.length; i++) {
    if (showHidden ? !collections.isInternalSymbol(symbols[i]) :
        propertyIsEnumerable.call(value, symbols[i])) {
      keys.push(symbols[i]);
    }
  }
  return keys;
}

function isIndexKey(name) {
  return numberRegExp.test(name) && Number(name) < 4294967295;
}

function getCtxStyle(value, constructor, tag) {
  var fallback = '';
  if (constructor === null) {
    fallback = internalGetConstructorName(value);
    if (fallback === tag) fallback = 'Object';
  }
  return getPrefix(constructor, tag, fallback);
}

function formatValue(ctx, value, recurseTimes, typedArray) {
  if (typeof value !== 'object' && typeof value !== 'function') {
    return formatPrimitive(ctx.stylize, value, ctx);
  }
  if (value === null) return ctx.stylize('null', 'null');

  // (Proxies: Duktape cannot reveal the target, so there is nothing to
  // unwrap or show with showProxy; the proxy is formatted like its target.)
  var context = value;

  if (ctx.customInspect) {
    var maybeCustom = value[customInspectSymbol];
    if (typeof maybeCustom === 'function' && maybeCustom !== inspect) {
      // Skip prototype objects (Foo.prototype holding Foo's inspect method).
      var ctorDesc = getOwnPropertyDescriptor(value, 'constructor');
      var isProto = ctorDesc !== undefined && isObjectLike(ctorDesc.value) &&
        ctorDesc.value.prototype === value;
      if (!isProto) {
        var depth = ctx.depth === null ? null : ctx.depth - recurseTimes;
        var ret = maybeCustom.call(context, depth, getUserOptions(ctx), inspect);
        if (ret !== context) {
          if (typeof ret !== 'string') return formatValue(ctx, ret, recurseTimes);
          return ret.split('\n').join('\n' + repeat(' ', ctx.indentationLvl));
        }
      }
    }
  }

  if (ctx.seen.indexOf(value) !== -1) {
    var index = 1;
    if (ctx.circular === undefined) {
      ctx.circular = [value];
    } else {
      index = ctx.circular.indexOf(value) + 1;
      if (index === 0) {
        ctx.circular.push(value);
        index = ctx.circular.length;
      }
    }
    return ctx.stylize('[Circular *' + index + ']', 'special');
  }

  return formatRaw(ctx, value, recurseTimes, typedArray);
}

function formatRaw(ctx, value, recurseTimes, typedArray) {
  var keys;
  var protoProps;
  if (ctx.showHidden && (recurseTimes <= ctx.depth || ctx.depth === null)) protoProps = [];

  var constructor = getConstructorName(value, ctx, recurseTimes, protoProps);
  if (protoProps !== undefined && protoProps.length === 0) protoProps = undefined;

  var tag = value[SymbolToStringTag];
  // The internal class, for the type checks below: without a string tag,
  // Object.prototype.toString tells it (cheaply); with one, ask Duktape.
  var cls = typeof tag === 'string' ? classOf(value) : types.classFromToString(value);
  // Duktape's JSON object lacks the Symbol.toStringTag V8 gives it.
  if (tag === undefined && value === JSON) tag = 'JSON';
  // Only show the tag when it is not already listed as an own key.
  if (typeof tag !== 'string' ||
      (tag !== '' && (ctx.showHidden ? hasOwn : propertyIsEnumerable).call(value, SymbolToStringTag))) {
    tag = '';
  }
  var base = '';
  var formatter = getEmptyFormatArray;
  var braces;
  var extrasType = kObjectType;
  var prefix;
  var isPromiseValue = false;
  var collectionKind;

  if (Array.isArray(value)) {
    prefix = (constructor !== 'Array' || tag !== '') ?
      getPrefix(constructor, tag, 'Array', '(' + value.length + ')') : '';
    keys = getOwnNonIndexProperties(value, ctx.showHidden, false);
    braces = [prefix + '[', ']'];
    if (value.length === 0 && keys.length === 0 && protoProps === undefined) return braces[0] + ']';
    extrasType = kArrayExtrasType;
    formatter = formatArray;
  } else if (cls >= CLASS_INT8ARRAY && cls <= CLASS_FLOAT64ARRAY) {
    keys = getOwnNonIndexProperties(value, ctx.showHidden, true);
    var fallback = '';
    if (constructor === null) fallback = types.typedArrayName(value);
    var size = value.length;
    prefix = getPrefix(constructor, tag, fallback, '(' + size + ')');
    braces = [prefix + '[', ']'];
    if (value.length === 0 && keys.length === 0 && !ctx.showHidden) return braces[0] + ']';
    formatter = makeTypedArrayFormatter(value, size);
    extrasType = kArrayExtrasType;
  } else if (cls === CLASS_OBJECT && (collectionKind = collections.kindOf(value)) !== undefined &&
             collectionKind !== 'WeakMap' && collectionKind !== 'WeakSet') {
    keys = getKeys(value, ctx.showHidden);
    if (collectionKind === 'Map' || collectionKind === 'Set') {
      var collectionSize = collections.sizeOf(value);
      prefix = getPrefix(constructor, tag, collectionKind, '(' + collectionSize + ')');
      formatter = collectionKind === 'Map' ? formatMap : formatSet;
      if (collectionSize === 0 && keys.length === 0 && protoProps === undefined) return prefix + '{}';
      braces = [prefix + '{', '}'];
    } else {
      braces = getIteratorBraces(collectionKind.slice(0, 3), tag);
      formatter = makeIteratorFormatter(braces);
    }
  } else {
    keys = getKeys(value, ctx.showHidden);
    braces = ['{', '}'];
    if (typeof value === 'function') {
      base = getFunctionBase(ctx, value, constructor, tag);
      if (keys.length === 0 && protoProps === undefined) return ctx.stylize(base, 'special');
    } else if (constructor === 'Object') {
      if (cls === CLASS_ARGUMENTS) {
        braces[0] = '[Arguments] {';
      } else if (tag !== '') {
        braces[0] = getPrefix(constructor, tag, 'Object') + '{';
      }
      if (keys.length === 0 && protoProps === undefined) return braces[0] + '}';
    } else if (cls === CLASS_REGEXP) {
      base = regExpString(value, constructor);
      prefix = getPrefix(constructor, tag, 'RegExp');
      if (prefix !== 'RegExp ') base = prefix + base;
      if ((keys.length === 0 && protoProps === undefined) ||
          (recurseTimes > ctx.depth && ctx.depth !== null)) {
        return ctx.stylize(base, 'regexp');
      }
    } else if (cls === CLASS_DATE) {
      var time = dateGetTime.call(value);
      base = time !== time ? dateToString.call(value) : dateToISOString.call(value);
      prefix = getPrefix(constructor, tag, 'Date');
      if (prefix !== 'Date ') base = prefix + base;
      if (keys.length === 0 && protoProps === undefined) return ctx.stylize(base, 'date');
    } else if (cls === CLASS_ERROR || isInstanceof(value, Error)) {
      base = formatError(value, constructor, tag, ctx, keys);
      if (keys.length === 0 && protoProps === undefined) return base;
    } else if (cls === CLASS_ARRAYBUFFER) {
      prefix = getPrefix(constructor, tag, 'ArrayBuffer');
      if (typedArray === undefined) {
        formatter = formatArrayBuffer;
      } else if (keys.length === 0 && protoProps === undefined) {
        return prefix + '{ byteLength: ' + formatNumber(ctx.stylize, value.byteLength, false) + ' }';
      }
      braces[0] = prefix + '{';
      keys.unshift('byteLength');
    } else if (cls === CLASS_DATAVIEW) {
      braces[0] = getPrefix(constructor, tag, 'DataView') + '{';
      keys.unshift('byteLength', 'byteOffset', 'buffer');
    } else if ((isPromiseValue = lazyPromise().isPromise(value))) {
      braces[0] = getPrefix(constructor, tag, 'Promise') + '{';
      formatter = formatPromise;
    } else if (collectionKind === 'WeakMap' || collectionKind === 'WeakSet') {
      braces[0] = getPrefix(constructor, tag, collectionKind) + '{';
      formatter = formatWeakCollection;
    } else if (cls === CLASS_NUMBER || cls === CLASS_STRING || cls === CLASS_BOOLEAN ||
               cls === CLASS_SYMBOL) {
      base = getBoxedBase(value, ctx, keys, constructor, tag, cls);
      if (keys.length === 0 && protoProps === undefined) return base;
    } else {
      if (keys.length === 0 && protoProps === undefined) return getCtxStyle(value, constructor, tag) + '{}';
      braces[0] = getCtxStyle(value, constructor, tag) + '{';
    }
    if (ctx.showHidden && keys.length !== 0 && (isPromiseValue || lazyPromise().isPromise(value))) {
      // The runtime's promises keep their internal slots on symbol keys;
      // V8's are invisible.
      var hidden = lazyPromise().symbols;
      keys = keys.filter(function (k) {
        return hidden.indexOf(k) === -1 &&
          !(typeof k === 'symbol' && symbolToString.call(k) === 'Symbol(unhandledRejectionInfo)');
      });
    }
  }

  if (recurseTimes > ctx.depth && ctx.depth !== null) {
    var constructorName = getCtxStyle(value, constructor, tag).slice(0, -1);
    if (constructor !== null) constructorName = '[' + constructorName + ']';
    return ctx.stylize(constructorName, 'special');
  }
  recurseTimes += 1;

  ctx.seen.push(value);
  ctx.currentDepth = recurseTimes;
  var output;
  var i;
  var indentationLvl = ctx.indentationLvl;
  try {
    output = formatter(ctx, value, recurseTimes);
    for (i = 0; i < keys.length; i++) {
      output.push(formatProperty(ctx, value, recurseTimes, keys[i], extrasType));
    }
    if (protoProps !== undefined) {
      for (i = 0; i < protoProps.length; i++) output.push(protoProps[i]);
    }
  } catch (err) {
    if (!isStackOverflowError(err)) throw err;
    ctx.seen.pop();
    ctx.indentationLvl = indentationLvl;
    return ctx.stylize('[' + getCtxStyle(value, constructor, tag).slice(0, -1) +
      ': Inspection interrupted prematurely. Maximum call stack size exceeded.]', 'special');
  }
  if (ctx.circular !== undefined) {
    var index = ctx.circular.indexOf(value) + 1;
    if (index !== 0) {
      var reference = ctx.stylize('<ref *' + index + '>', 'special');
      if (ctx.compact !== true) {
        base = base === '' ? reference : reference + ' ' + base;
      } else {
        braces[0] = reference + ' ' + braces[0];
      }
    }
  }
  ctx.seen.pop();

  if (ctx.sorted) {
    var comparator = ctx.sorted === true ? undefined : ctx.sorted;
    if (extrasType === kObjectType) {
      output = output.sort(comparator);
    } else if (keys.length > 1) {
      var sorted = output.slice(output.length - keys.length).sort(comparator);
      output = output.slice(0, output.length - keys.length).concat(sorted);
    }
  }

  var res = reduceToSingleString(ctx, output, base, braces, extrasType, recurseTimes, value);
  var budget = ctx.budget[ctx.indentationLvl] || 0;
  var newLength = budget + res.length;
  ctx.budget[ctx.indentationLvl] = newLength;
  // Stop inspecting deeper once the output gets huge (Node's 2 ** 27).
  if (newLength > 134217728) ctx.depth = -1;
  return res;
}

var regExpGetters = (function () {
  var out = {};
  ['source', 'global', 'ignoreCase', 'multiline'].forEach(function (name) {
    var d = getOwnPropertyDescriptor(RegExp.prototype, name);
    if (d !== undefined && typeof d.get === 'function') out[name] = d.get;
  });
  return out;
}());

// /source/flags of a regexp, also when its prototype is gone (Duktape's
// source and flag getters live on RegExp.prototype).
function regExpString(value, constructor) {
  if (constructor !== null || regExpGetters.source === undefined) return regExpToString.call(value);
  var flags = '';
  if (regExpGetters.global && regExpGetters.global.call(value)) flags += 'g';
  if (regExpGetters.ignoreCase && regExpGetters.ignoreCase.call(value)) flags += 'i';
  if (regExpGetters.multiline && regExpGetters.multiline.call(value)) flags += 'm';
  return '/' + regExpGetters.source.call(value) + '/' + flags;
}

function isStackOverflowError(err) {
  return err instanceof RangeError && /call ?stack|stack size|recursion/i.test(String(err.message));
}

function getBoxedBase(value, ctx, keys, constructor, tag, cls) {
  var type;
  var primitive;
  if (cls === CLASS_NUMBER) {
    type = 'Number';
    primitive = Number.prototype.valueOf.call(value);
  } else if (cls === CLASS_STRING) {
    type = 'String';
    primitive = String.prototype.valueOf.call(value);
    // The index keys of a boxed string only repeat its characters.
    keys.splice(0, primitive.length);
  } else if (cls === CLASS_BOOLEAN) {
    type = 'Boolean';
    primitive = Boolean.prototype.valueOf.call(value);
  } else {
    type = 'Symbol';
    primitive = Symbol.prototype.valueOf.call(value);
  }
  var base = '[' + type;
  if (type !== constructor) {
    if (constructor === null) {
      base += ' (null prototype)';
    } else {
      base += ' (' + constructor + ')';
    }
  }
  base += ': ' + formatPrimitive(stylizeNoColor, primitive, ctx) + ']';
  if (tag !== '' && tag !== constructor) base += ' [' + tag + ']';
  if (keys.length !== 0 || ctx.stylize === stylizeNoColor) return base;
  return ctx.stylize(base, type.toLowerCase());
}

function getFunctionBase(ctx, value, constructor, tag) {
  // (No class syntax, generators or async functions in Duktape.)
  var type = 'Function';
  var base = '[' + type;
  if (constructor === null) base += ' (null prototype)';
  var name = value.name;
  if (name === '') {
    base += ' (anonymous)';
  } else {
    base += ': ' + (typeof name === 'string' ? name : formatValue(ctx, name));
  }
  base += ']';
  if (constructor !== type && constructor !== null) base += ' ' + constructor;
  if (tag !== '' && constructor !== tag) base += ' [' + tag + ']';
  return base;
}

// The longest run (more than 3) of stack lines of `a` also found in `b`.
function identicalSequenceRange(a, b) {
  for (var i = 0; i < a.length - 3; i++) {
    var pos = b.indexOf(a[i]);
    if (pos !== -1) {
      var rest = b.length - pos;
      if (rest > 3) {
        var len = 1;
        var maxLen = Math.min(a.length - i, rest);
        while (maxLen > len && a[i + len] === b[pos + len]) len++;
        if (len > 3) return { len: len, offset: i };
      }
    }
  }
  return { len: 0, offset: 0 };
}

// An error's stack. V8 keeps it as an own property of real errors; the
// runtime computes it with a getter on Error.prototype, which would also
// answer for objects that merely inherit from Error.prototype, so those
// count as having no stack, as in Node.
function readStack(err) {
  if (!isNativeError(err) && !hasOwn.call(err, 'stack')) {
    var proto = err;
    var found = false;
    while (proto !== null && proto !== Error.prototype) {
      var d = getOwnPropertyDescriptor(proto, 'stack');
      if (d !== undefined) {
        found = true;
        break;
      }
      proto = getPrototypeOf(proto);
    }
    if (!found) return undefined;
  }
  return err.stack;
}

function getStackString(ctx, error) {
  var stack = readStack(error);
  if (stack) {
    if (typeof stack === 'string') return stack;
    return formatValue(ctx, stack);
  }
  return errorToString.call(error);
}

function getStackFrames(ctx, err, stack) {
  var frames = stack.split('\n');
  var cause;
  try {
    cause = err.cause;
  } catch (e) {
    // A throwing `cause` getter is ignored.
  }
  if (cause != null && isError(cause)) {
    var causeStack = getStackString(ctx, cause);
    var causeStackStart = causeStack.indexOf('\n    at');
    if (causeStackStart !== -1) {
      var causeFrames = causeStack.slice(causeStackStart + 1).split('\n');
      var range = identicalSequenceRange(frames, causeFrames);
      if (range.len > 0) {
        var skipped = range.len - 2;
        var msg = '    ... ' + skipped + ' lines matching cause stack trace ...';
        frames.splice(range.offset + 1, skipped, ctx.stylize(msg, 'undefined'));
      }
    }
  }
  return frames;
}

// Makes the first line of the stack name the constructor when the error's
// name does not (e.g. a subclass whose name was not changed).
function improveStack(stack, constructor, name, tag) {
  var len = name.length;
  if (typeof name !== 'string') {
    stack = stack.replace(String(name),
      String(name) + ' [' + getPrefix(constructor, tag, 'Error').slice(0, -1) + ']');
  }
  if (constructor === null ||
      (typeof name === 'string' && name.slice(-5) === 'Error' && stack.indexOf(name) === 0 &&
       (stack.length === len || stack[len] === ':' || stack[len] === '\n'))) {
    var fallback = 'Error';
    if (constructor === null) {
      var start = /^([A-Z][a-z_ A-Z0-9[\]()-]+)(?::|\n {4}at)/.exec(stack) ||
        /^([a-z_A-Z0-9-]*Error)$/.exec(stack);
      fallback = (start && start[1]) || '';
      len = fallback.length;
      fallback = fallback || 'Error';
    }
    var prefix = getPrefix(constructor, tag, fallback).slice(0, -1);
    if (name !== prefix) {
      if (prefix.indexOf(name) !== -1) {
        if (len === 0) {
          stack = prefix + ': ' + stack;
        } else {
          stack = prefix + stack.slice(len);
        }
      } else {
        stack = prefix + ' [' + name + ']' + stack.slice(len);
      }
    }
  }
  return stack;
}

function removeDuplicateErrorKeys(ctx, keys, err, stack) {
  if (!ctx.showHidden && keys.length !== 0) {
    var names = ['name', 'message', 'stack'];
    for (var i = 0; i < names.length; i++) {
      var index = keys.indexOf(names[i]);
      if (index !== -1 && stack.indexOf(String(err[names[i]])) !== -1) {
        keys.splice(index, 1);
      }
    }
  }
}

function markNodeModules(ctx, line) {
  var re = /[/\\]node_modules[/\\](.+?)(?=[/\\])/g;
  var tempLine = '';
  var pos = 0;
  var m;
  while ((m = re.exec(line)) !== null) {
    tempLine += line.slice(pos, m.index + 14);
    tempLine += ctx.stylize(m[1], 'module');
    pos = m.index + m[0].length;
  }
  if (pos !== 0) line = tempLine + line.slice(pos);
  return line;
}

function markCwd(ctx, line, workingDirectory) {
  var cwdStartPos = line.indexOf(workingDirectory);
  var tempLine = '';
  var cwdLength = workingDirectory.length;
  if (cwdStartPos !== -1) {
    if (line.slice(cwdStartPos - 7, cwdStartPos) === 'file://') {
      cwdLength += 7;
      cwdStartPos -= 7;
    }
    var start = line[cwdStartPos - 1] === '(' ? cwdStartPos - 1 : cwdStartPos;
    var end = start !== cwdStartPos && line.slice(-1) === ')' ? -1 : line.length;
    var workingDirectoryEndPos = cwdStartPos + cwdLength + 1;
    var cwdSlice = line.slice(start, workingDirectoryEndPos);
    tempLine += line.slice(0, start);
    tempLine += ctx.stylize(cwdSlice, 'undefined');
    tempLine += line.slice(workingDirectoryEndPos, end);
    if (end === -1) tempLine += ctx.stylize(')', 'undefined');
  } else {
    tempLine += line;
  }
  return tempLine;
}

function formatError(err, constructor, tag, ctx, keys) {
  var name = err.name != null ? err.name : 'Error';
  var stack = getStackString(ctx, err);

  removeDuplicateErrorKeys(ctx, keys, err, stack);

  if ('cause' in err && (keys.length === 0 || keys.indexOf('cause') === -1)) keys.push('cause');
  if (Array.isArray(err.errors) && (keys.length === 0 || keys.indexOf('errors') === -1)) {
    keys.push('errors');
  }

  stack = improveStack(stack, constructor, name, tag);

  // The frames start after the message (which may itself contain lines).
  var pos = (err.message && stack.indexOf(err.message)) || -1;
  if (pos !== -1) pos += err.message.length;
  var stackStart = stack.indexOf('\n    at', pos);
  if (stackStart === -1) {
    stack = '[' + stack + ']';
  } else {
    var newStack = stack.slice(0, stackStart);
    var lines = getStackFrames(ctx, err, stack.slice(stackStart + 1));
    if (ctx.colors) {
      var workingDirectory;
      try {
        workingDirectory = process.cwd();
      } catch (e) {
        workingDirectory = undefined;
      }
      for (var i = 0; i < lines.length; i++) {
        var line = lines[i];
        if (coreModuleRegExp.test(line)) {
          newStack += '\n' + ctx.stylize(line, 'undefined');
        } else {
          line = markNodeModules(ctx, line);
          if (workingDirectory !== undefined) line = markCwd(ctx, line, workingDirectory);
          newStack += '\n' + line;
        }
      }
    } else {
      newStack += '\n' + lines.join('\n');
    }
    stack = newStack;
  }
  if (ctx.indentationLvl !== 0) {
    stack = stack.split('\n').join('\n' + repeat(' ', ctx.indentationLvl));
  }
  return stack;
}

function groupArrayElements(ctx, output, value) {
  var totalLength = 0;
  var maxLength = 0;
  var i = 0;
  var outputLength = output.length;
  if (ctx.maxArrayLength < output.length) {
    // The "... n more items" entry does not take part.
    outputLength--;
  }
  var separatorSpace = 2;  // ", "
  var dataLen = new Array(outputLength);
  for (; i < outputLength; i++) {
    var len = getStringWidth(output[i], ctx.colors);
    dataLen[i] = len;
    totalLength += len + separatorSpace;
    if (maxLength < len) maxLength = len;
  }
  var actualMax = maxLength + separatorSpace;
  // Group only if three entries fit next to each other and no entry is much
  // longer than the others.
  if (actualMax * 3 + ctx.indentationLvl < ctx.breakLength &&
      (totalLength / actualMax > 5 || maxLength <= 6)) {
    var approxCharHeights = 2.5;
    var averageBias = Math.sqrt(actualMax - totalLength / output.length);
    var biasedMax = Math.max(actualMax - 3 - averageBias, 1);
    var columns = Math.min(
      // Aim for a square-ish block, characters being ~2.5 times higher than wide.
      Math.round(Math.sqrt(approxCharHeights * biasedMax * outputLength) / biasedMax),
      Math.floor((ctx.breakLength - ctx.indentationLvl) / actualMax),
      ctx.compact * 4,
      15
    );
    if (columns <= 1) return output;
    var tmp = [];
    var maxLineLength = [];
    for (i = 0; i < columns; i++) {
      var lineMaxLength = 0;
      for (var j = i; j < output.length; j += columns) {
        if (dataLen[j] > lineMaxLength) lineMaxLength = dataLen[j];
      }
      maxLineLength.push(lineMaxLength + separatorSpace);
    }
    // Numbers are right-aligned, anything else left-aligned.
    var order = padStart;
    if (value !== undefined) {
      for (i = 0; i < output.length; i++) {
        if (typeof value[i] !== 'number' && typeof value[i] !== 'bigint') {
          order = padEnd;
          break;
        }
      }
    }
    for (i = 0; i < outputLength; i += columns) {
      var max = Math.min(i + columns, outputLength);
      var str = '';
      var k = i;
      for (; k < max - 1; k++) {
        // Colors take no columns: pad by the visible width.
        var padding = maxLineLength[k - i] + output[k].length - dataLen[k];
        str += order(output[k] + ', ', padding, ' ');
      }
      if (order === padStart) {
        var lastPadding = maxLineLength[k - i] + output[k].length - dataLen[k] - separatorSpace;
        str += padStart(output[k], lastPadding, ' ');
      } else {
        str += output[k];
      }
      tmp.push(str);
    }
    if (ctx.maxArrayLength < output.length) tmp.push(output[outputLength]);
    output = tmp;
  }
  return output;
}

function addNumericSeparator(integerString) {
  var result = '';
  var i = integerString.length;
  var start = integerString[0] === '-' ? 1 : 0;
  for (; i >= start + 4; i -= 3) result = '_' + integerString.slice(i - 3, i) + result;
  return i === integerString.length ? integerString : integerString.slice(0, i) + result;
}

function addNumericSeparatorEnd(integerString) {
  var result = '';
  var i = 0;
  for (; i < integerString.length - 3; i += 3) result += integerString.slice(i, i + 3) + '_';
  return i === 0 ? integerString : result + integerString.slice(i);
}

function remainingText(remaining) {
  return '... ' + remaining + ' more item' + (remaining > 1 ? 's' : '');
}

function formatNumber(fn, number, numericSeparator) {
  if (!numericSeparator) {
    if (number === 0 && 1 / number < 0) return fn('-0', 'number');
    return fn('' + number, 'number');
  }
  var integer = number < 0 ? Math.ceil(number) : Math.floor(number);
  var string = String(integer);
  if (integer === number) {
    if (!isFinite(number) || string.indexOf('e') !== -1) return fn(string, 'number');
    return fn(addNumericSeparator(string), 'number');
  }
  if (number !== number) return fn(string, 'number');
  return fn(addNumericSeparator(string) + '.' +
    addNumericSeparatorEnd(String(number).slice(string.length + 1)), 'number');
}

function formatPrimitive(fn, value, ctx) {
  if (typeof value === 'string') {
    var trailer = '';
    if (value.length > ctx.maxStringLength) {
      var remaining = value.length - ctx.maxStringLength;
      value = value.slice(0, ctx.maxStringLength);
      trailer = '... ' + remaining + ' more character' + (remaining > 1 ? 's' : '');
    }
    if (ctx.compact !== true && value.length > kMinLineLength &&
        value.length > ctx.breakLength - ctx.indentationLvl - 4) {
      // Long strings: one quoted piece per line (split after each '\n').
      var pieces = [];
      var from = 0;
      var nl;
      while ((nl = value.indexOf('\n', from)) !== -1 && nl + 1 < value.length) {
        pieces.push(fn(strEscape(value.slice(from, nl + 1)), 'string'));
        from = nl + 1;
      }
      pieces.push(fn(strEscape(value.slice(from)), 'string'));
      return pieces.join(' +\n' + repeat(' ', ctx.indentationLvl + 2)) + trailer;
    }
    return fn(strEscape(value), 'string') + trailer;
  }
  if (typeof value === 'number') return formatNumber(fn, value, ctx.numericSeparator);
  if (typeof value === 'boolean') return fn('' + value, 'boolean');
  if (typeof value === 'undefined') return fn('undefined', 'undefined');
  if (typeof value === 'symbol') return fn(symbolToString.call(value), 'symbol');
  // (bigint: not in Duktape)
  return fn(String(value), 'bigint');
}

// An array with holes or more own keys than indices.
function formatSpecialArray(ctx, value, recurseTimes, maxLength, output, i) {
  var keys = objectKeys(value);
  var index = i;
  for (; i < keys.length && output.length < maxLength; i++) {
    var key = keys[i];
    var tmp = +key;
    if (tmp > 4294967294) break;
    if ('' + index !== key) {
      if (!numberRegExp.test(key)) break;
      var emptyItems = tmp - index;
      output.push(ctx.stylize('<' + emptyItems + ' empty item' + (emptyItems > 1 ? 's' : '') + '>',
        'undefined'));
      index = tmp;
      if (output.length === maxLength) break;
    }
    output.push(formatProperty(ctx, value, recurseTimes, key, kArrayType));
    index++;
  }
  var remaining = value.length - index;
  if (output.length !== maxLength) {
    if (remaining > 0) {
      output.push(ctx.stylize('<' + remaining + ' empty item' + (remaining > 1 ? 's' : '') + '>',
        'undefined'));
    }
  } else if (remaining > 0) {
    output.push(remainingText(remaining));
  }
  return output;
}

var hexDigits = '0123456789abcdef';

function formatArrayBuffer(ctx, value) {
  var buffer;
  try {
    buffer = new Uint8Array(value);
  } catch (e) {
    return [ctx.stylize('(detached)', 'special')];
  }
  var n = Math.min(ctx.maxArrayLength, buffer.length);
  var parts = [];
  for (var i = 0; i < n; i++) parts.push(hexDigits[buffer[i] >> 4] + hexDigits[buffer[i] & 15]);
  var str = parts.join(' ');
  var remaining = buffer.length - ctx.maxArrayLength;
  if (remaining > 0) str += ' ... ' + remaining + ' more byte' + (remaining > 1 ? 's' : '');
  return [ctx.stylize('[Uint8Contents]', 'special') + ': <' + str + '>'];
}

function formatArray(ctx, value, recurseTimes) {
  var valLen = value.length;
  var len = Math.min(Math.max(0, ctx.maxArrayLength), valLen);
  var remaining = valLen - len;
  var output = [];
  for (var i = 0; i < len; i++) {
    var desc = getOwnPropertyDescriptor(value, i);
    if (desc === undefined) return formatSpecialArray(ctx, value, recurseTimes, len, output, i);
    output.push(formatProperty(ctx, value, recurseTimes, i, kArrayType, desc));
  }
  if (remaining > 0) output.push(remainingText(remaining));
  return output;
}

function makeTypedArrayFormatter(value, length) {
  return function formatTypedArray(ctx, ignored, recurseTimes) {
    var maxLength = Math.min(Math.max(0, ctx.maxArrayLength), length);
    var remaining = value.length - maxLength;
    var output = new Array(maxLength);
    for (var i = 0; i < maxLength; ++i) {
      output[i] = formatNumber(ctx.stylize, value[i], ctx.numericSeparator);
    }
    if (remaining > 0) output[maxLength] = remainingText(remaining);
    if (ctx.showHidden) {
      // All but BYTES_PER_ELEMENT are getters in V8; .buffer goes last.
      ctx.indentationLvl += 2;
      var hiddenKeys = ['BYTES_PER_ELEMENT', 'length', 'byteLength', 'byteOffset', 'buffer'];
      for (var k = 0; k < hiddenKeys.length; k++) {
        var str = formatValue(ctx, value[hiddenKeys[k]], recurseTimes, true);
        output.push('[' + hiddenKeys[k] + ']: ' + str);
      }
      ctx.indentationLvl -= 2;
    }
    return output;
  };
}

function formatSet(ctx, value, recurseTimes) {
  var values = collections.entriesOf(value);
  var length = values.length;
  var maxLength = Math.min(Math.max(0, ctx.maxArrayLength), length);
  var remaining = length - maxLength;
  var output = [];
  ctx.indentationLvl += 2;
  for (var i = 0; i < maxLength; i++) output.push(formatValue(ctx, values[i], recurseTimes));
  if (remaining > 0) output.push(remainingText(remaining));
  ctx.indentationLvl -= 2;
  return output;
}

function formatMap(ctx, value, recurseTimes) {
  var entries = collections.entriesOf(value);  // [k1, v1, k2, v2, ...]
  var length = entries.length / 2;
  var maxLength = Math.min(Math.max(0, ctx.maxArrayLength), length);
  var remaining = length - maxLength;
  var output = [];
  ctx.indentationLvl += 2;
  for (var i = 0; i < maxLength; i++) {
    output.push(formatValue(ctx, entries[2 * i], recurseTimes) + ' => ' +
      formatValue(ctx, entries[2 * i + 1], recurseTimes));
  }
  if (remaining > 0) output.push(remainingText(remaining));
  ctx.indentationLvl -= 2;
  return output;
}

// '[Map Iterator] {', or with another tag '[Tag] [Map Iterator] {'.
function getIteratorBraces(type, tag) {
  if (tag !== type + ' Iterator') {
    if (tag !== '') tag += '] [';
    tag += type + ' Iterator';
  }
  return ['[' + tag + '] {', '}'];
}

// A Map or Set iterator shows what it would still yield (without advancing);
// an entries iterator is marked as '[Map Entries]' / '[Set Entries]'.
function makeIteratorFormatter(braces) {
  return function formatIterator(ctx, value, recurseTimes) {
    var preview = collections.previewIterator(value);
    var entries = preview[0];
    var maxLength;
    var output;
    var i;
    if (preview[1]) {
      braces[0] = braces[0].replace(/ Iterator] {$/, ' Entries] {');
      var len = entries.length / 2;
      maxLength = Math.min(Math.max(ctx.maxArrayLength, 0), len);
      output = [];
      ctx.indentationLvl += 2;
      for (i = 0; i < maxLength; i++) {
        var pair = [formatValue(ctx, entries[2 * i], recurseTimes),
          formatValue(ctx, entries[2 * i + 1], recurseTimes)];
        output.push(reduceToSingleString(ctx, pair, '', ['[', ']'], kArrayExtrasType, recurseTimes));
      }
      ctx.indentationLvl -= 2;
      if (len - maxLength > 0) output.push(remainingText(len - maxLength));
      return output;
    }
    maxLength = Math.min(Math.max(ctx.maxArrayLength, 0), entries.length);
    output = [];
    ctx.indentationLvl += 2;
    for (i = 0; i < maxLength; i++) output.push(formatValue(ctx, entries[i], recurseTimes));
    ctx.indentationLvl -= 2;
    if (entries.length - maxLength > 0) output.push(remainingText(entries.length - maxLength));
    return output;
  };
}

function formatWeakCollection(ctx) {
  return [ctx.stylize('<items unknown>', 'special')];
}

function formatPromise(ctx, value, recurseTimes) {
  var output;
  var details = lazyPromise().getPromiseDetails(value);
  var state = details[0];
  if (state === 'pending') {
    output = [ctx.stylize('<pending>', 'special')];
  } else {
    ctx.indentationLvl += 2;
    var str = formatValue(ctx, details[1], recurseTimes);
    ctx.indentationLvl -= 2;
    output = [state === 'rejected' ? ctx.stylize('<rejected>', 'special') + ' ' + str : str];
  }
  return output;
}

function formatProperty(ctx, value, recurseTimes, key, type, desc, original) {
  if (original === undefined) original = value;
  var name;
  var str;
  var extra = ' ';
  desc = desc || ((key === 'stack' || typeof value === 'function') && engineDescriptor(value, key)) ||
    getOwnPropertyDescriptor(value, key) || { value: value[key], enumerable: true };
  var tv = typeof desc.value;
  if ((tv === 'number' || tv === 'boolean' || tv === 'symbol') &&
      (ctx.compact !== true || type !== kObjectType)) {
    // (Shortcut: these do not depend on the indentation.)
    str = formatPrimitive(ctx.stylize, desc.value, ctx);
  } else if (desc.value !== undefined) {
    var diff = (ctx.compact !== true || type !== kObjectType) ? 2 : 3;
    ctx.indentationLvl += diff;
    str = formatValue(ctx, desc.value, recurseTimes);
    if (diff === 3 && ctx.breakLength < getStringWidth(str, ctx.colors)) {
      extra = '\n' + repeat(' ', ctx.indentationLvl);
    }
    ctx.indentationLvl -= diff;
  } else if (desc.get !== undefined) {
    var label = desc.set !== undefined ? 'Getter/Setter' : 'Getter';
    var s = ctx.stylize;
    var sp = 'special';
    if (ctx.getters && (ctx.getters === true ||
        (ctx.getters === 'get' && desc.set === undefined) ||
        (ctx.getters === 'set' && desc.set !== undefined))) {
      try {
        var tmp = desc.get.call(original);
        ctx.indentationLvl += 2;
        if (tmp === null) {
          str = s('[' + label + ':', sp) + ' ' + s('null', 'null') + s(']', sp);
        } else if (typeof tmp === 'object') {
          str = s('[' + label + ']', sp) + ' ' + formatValue(ctx, tmp, recurseTimes);
        } else {
          str = s('[' + label + ':', sp) + ' ' + formatPrimitive(s, tmp, ctx) + s(']', sp);
        }
        ctx.indentationLvl -= 2;
      } catch (err) {
        str = s('[' + label + ':', sp) + ' <Inspection threw (' + err.message + ')>' + s(']', sp);
      }
    } else {
      str = ctx.stylize('[' + label + ']', sp);
    }
  } else if (desc.set !== undefined) {
    str = ctx.stylize('[Setter]', 'special');
  } else {
    str = ctx.stylize('undefined', 'undefined');
  }
  if (type === kArrayType) return str;
  if (typeof key === 'symbol') {
    name = '[' + ctx.stylize(escapeKey(symbolToString.call(key)), 'symbol') + ']';
  } else if (key === '__proto__') {
    name = "['__proto__']";
  } else if (desc.enumerable === false) {
    name = '[' + escapeKey(String(key)) + ']';
  } else if (keyStrRegExp.test(key)) {
    name = ctx.stylize(key, 'name');
  } else {
    name = ctx.stylize(strEscape(String(key)), 'string');
  }
  return name + ':' + extra + str;
}

function isBelowBreakLength(ctx, output, start, base) {
  // At least one comma per entry, plus (maybe) a space.
  var totalLength = output.length + start;
  if (totalLength + output.length > ctx.breakLength) return false;
  for (var i = 0; i < output.length; i++) {
    totalLength += ctx.colors ? removeColors(output[i]).length : output[i].length;
    if (totalLength > ctx.breakLength) return false;
  }
  // No single line when the base holds line breaks (an error stack, say).
  return base === '' || base.indexOf('\n') === -1;
}

function reduceToSingleString(ctx, output, base, braces, extrasType, recurseTimes, value) {
  if (ctx.compact !== true) {
    if (typeof ctx.compact === 'number' && ctx.compact >= 1) {
      var entries = output.length;
      if (extrasType === kArrayExtrasType && entries > 6) {
        output = groupArrayElements(ctx, output, value);
      }
      // One line when this object has at most `compact` nested levels below
      // it and its (ungrouped) entries fit in breakLength; the 10 stands for
      // the other things that take up room on the line.
      if (ctx.currentDepth - recurseTimes < ctx.compact && entries === output.length) {
        var start = output.length + ctx.indentationLvl + braces[0].length + base.length + 10;
        if (isBelowBreakLength(ctx, output, start, base)) {
          var joinedOutput = output.join(', ');
          if (joinedOutput.indexOf('\n') === -1) {
            return (base ? base + ' ' : '') + braces[0] + ' ' + joinedOutput + ' ' + braces[1];
          }
        }
      }
    }
    var indentation = '\n' + repeat(' ', ctx.indentationLvl);
    return (base ? base + ' ' : '') + braces[0] + indentation + '  ' +
      output.join(',' + indentation + '  ') + indentation + braces[1];
  }
  // compact === true: the old (Node < 12) layout.
  if (isBelowBreakLength(ctx, output, 0, base)) {
    return braces[0] + (base ? ' ' + base : '') + ' ' + output.join(', ') + ' ' + braces[1];
  }
  var indent = repeat(' ', ctx.indentationLvl);
  var ln = base === '' && braces[0].length === 1 ? ' ' : (base ? ' ' + base : '') + '\n' + indent + '  ';
  return braces[0] + ln + output.join(',\n' + indent + '  ') + ' ' + braces[1];
}

// Whether `value` gets its string form from a built-in toString (so %s
// should inspect it rather than call it).
function hasBuiltInToString(value) {
  var hasOwnToString = hasOwn;
  var hasOwnToPrimitive = hasOwn;
  if (typeof value.toString !== 'function') {
    if (typeof value[SymbolToPrimitive] !== 'function') return true;
    if (hasOwn.call(value, SymbolToPrimitive)) return false;
    hasOwnToString = returnFalse;
  } else if (hasOwn.call(value, 'toString')) {
    return false;
  } else if (typeof value[SymbolToPrimitive] !== 'function') {
    hasOwnToPrimitive = returnFalse;
  } else if (hasOwn.call(value, SymbolToPrimitive)) {
    return false;
  }
  var pointer = value;
  do {
    pointer = getPrototypeOf(pointer);
  } while (!hasOwnToString.call(pointer, 'toString') &&
           !hasOwnToPrimitive.call(pointer, SymbolToPrimitive));
  var descriptor = getOwnPropertyDescriptor(pointer, 'constructor');
  return descriptor !== undefined && typeof descriptor.value === 'function' &&
    isBuiltInName(descriptor.value.name);
}

function returnFalse() {
  return false;
}

function firstErrorLine(error) {
  return String(error.message).split('\n')[0];
}

var CIRCULAR_ERROR_MESSAGE;
function tryStringify(arg) {
  try {
    return JSON.stringify(arg);
  } catch (err) {
    if (!CIRCULAR_ERROR_MESSAGE) {
      try {
        var a = {};
        a.a = a;
        JSON.stringify(a);
      } catch (circularError) {
        CIRCULAR_ERROR_MESSAGE = firstErrorLine(circularError);
      }
    }
    if (err.name === 'TypeError' && firstErrorLine(err) === CIRCULAR_ERROR_MESSAGE) {
      return '[Circular]';
    }
    throw err;
  }
}

// format(...args) and formatWithOptions(inspectOptions, ...args): withRest
// gathers the rest arguments into an array without the `arguments` object
// Duktape would build on every call (see modules/native/functions.cpp).
var withRest = internalBinding('functions').withRest;

var format = withRest(function format(args) {
  return formatWithOptionsInternal(undefined, args === undefined ? [] : args);
}, 0);

var formatWithOptions = withRest(function formatWithOptions(inspectOptions, args) {
  if (inspectOptions === null || typeof inspectOptions !== 'object') {
    lazyValidators().validateObject(inspectOptions, 'inspectOptions', { allowArray: true });
  }
  if (args === undefined) return '';
  // Fast path: a lone string is returned as is.
  if (args.length === 1 && typeof args[0] === 'string') return args[0];
  return formatWithOptionsInternal(inspectOptions, args);
}, 1);

function numericSeparatorOf(options) {
  if (options != null && options.numericSeparator != null) return options.numericSeparator;
  return inspectDefaultOptions.numericSeparator;
}

function withOptions(inspectOptions, extra) {
  var opts = {};
  var k;
  if (inspectOptions != null) {
    var keys = objectKeys(inspectOptions);
    for (var i = 0; i < keys.length; i++) opts[keys[i]] = inspectOptions[keys[i]];
  }
  for (k in extra) opts[k] = extra[k];
  return opts;
}

function formatWithOptionsInternal(inspectOptions, args) {
  var first = args[0];
  var a = 0;
  var str = '';
  var join = '';

  if (typeof first === 'string') {
    if (args.length === 1) return first;
    var tempStr;
    var lastPos = 0;
    // (Jumps from one '%' to the next; the same steps as Node's scan of
    // every character.)
    for (var i = first.indexOf('%'); i !== -1 && i < first.length - 1; i = first.indexOf('%', i + 1)) {
      if (first.charCodeAt(i) === 37) {  // '%'
        var nextChar = first.charCodeAt(++i);
        if (a + 1 !== args.length) {
          switch (nextChar) {
            case 115: {  // 's'
              var tempArg = args[++a];
              if (typeof tempArg === 'number') {
                tempStr = formatNumber(stylizeNoColor, tempArg, numericSeparatorOf(inspectOptions));
              } else if (typeof tempArg !== 'object' || tempArg === null ||
                         !hasBuiltInToString(tempArg)) {
                tempStr = String(tempArg);
              } else {
                tempStr = inspect(tempArg, withOptions(inspectOptions,
                  { compact: 3, colors: false, depth: 0 }));
              }
              break;
            }
            case 106:  // 'j'
              tempStr = tryStringify(args[++a]);
              break;
            case 100: {  // 'd'
              var tempNum = args[++a];
              if (typeof tempNum === 'symbol') {
                tempStr = 'NaN';
              } else {
                tempStr = formatNumber(stylizeNoColor, Number(tempNum),
                  numericSeparatorOf(inspectOptions));
              }
              break;
            }
            case 79:  // 'O'
              tempStr = inspect(args[++a], inspectOptions);
              break;
            case 111:  // 'o'
              tempStr = inspect(args[++a], withOptions(inspectOptions,
                { showHidden: true, showProxy: true, depth: 4 }));
              break;
            case 105: {  // 'i'
              var tempInteger = args[++a];
              if (typeof tempInteger === 'symbol') {
                tempStr = 'NaN';
              } else {
                tempStr = formatNumber(stylizeNoColor, parseInt(tempInteger),
                  numericSeparatorOf(inspectOptions));
              }
              break;
            }
            case 102: {  // 'f'
              var tempFloat = args[++a];
              if (typeof tempFloat === 'symbol') {
                tempStr = 'NaN';
              } else {
                tempStr = formatNumber(stylizeNoColor, parseFloat(tempFloat),
                  numericSeparatorOf(inspectOptions));
              }
              break;
            }
            case 99:  // 'c'
              a += 1;
              tempStr = '';
              break;
            case 37:  // '%'
              str += first.slice(lastPos, i);
              lastPos = i + 1;
              continue;
            default:  // not a placeholder
              continue;
          }
          if (lastPos !== i - 1) str += first.slice(lastPos, i - 1);
          str += tempStr;
          lastPos = i + 1;
        } else if (nextChar === 37) {
          str += first.slice(lastPos, i);
          lastPos = i + 1;
        }
      }
    }
    if (lastPos !== 0) {
      a++;
      join = ' ';
      if (lastPos < first.length) str += first.slice(lastPos);
    }
  }

  var plain = inspectOptions === undefined || (!inspectOptions.colors &&
    !inspectOptions.numericSeparator && inspectOptions.stylize === undefined);
  while (a < args.length) {
    var value = args[a];
    str += join;
    if (typeof value === 'string') {
      str += value;
    } else {
      var fast = plain ? fastPrimitive(value) : undefined;
      str += fast !== undefined ? fast : inspect(value, inspectOptions);
    }
    join = ' ';
    a++;
  }
  return str;
}

function isZeroWidthCodePoint(code) {
  return code <= 0x1F ||
    (code >= 0x7F && code <= 0x9F) ||
    (code >= 0x300 && code <= 0x36F) ||
    (code >= 0x200B && code <= 0x200F) ||
    (code >= 0x20D0 && code <= 0x20FF) ||
    (code >= 0xFE00 && code <= 0xFE0F) ||
    (code >= 0xFE20 && code <= 0xFE2F) ||
    (code >= 0xE0100 && code <= 0xE01EF);
}

function isFullWidthCodePoint(code) {
  return code >= 0x1100 && (
    code <= 0x115f ||
    code === 0x2329 ||
    code === 0x232a ||
    (code >= 0x2e80 && code <= 0x3247 && code !== 0x303f) ||
    (code >= 0x3250 && code <= 0x4dbf) ||
    (code >= 0x4e00 && code <= 0xa4c6) ||
    (code >= 0xa960 && code <= 0xa97c) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe10 && code <= 0xfe19) ||
    (code >= 0xfe30 && code <= 0xfe6b) ||
    (code >= 0xff01 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    (code >= 0x1b000 && code <= 0x1b001) ||
    (code >= 0x1f200 && code <= 0x1f251) ||
    (code >= 0x1f300 && code <= 0x1f64f) ||
    (code >= 0x20000 && code <= 0x3fffd));
}

// The number of terminal columns `str` takes.
function getStringWidth(str, removeControlChars) {
  if (removeControlChars === undefined || removeControlChars) str = stripVTControlCharacters(str);
  var width = 0;
  for (var i = 0; i < str.length; i++) {
    var code = str.charCodeAt(i);
    if (code < 127) {
      if (code >= 32) width++;
      continue;
    }
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < str.length) {
      var low = str.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        code = (code - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
        i++;
      }
    }
    if (isFullWidthCodePoint(code)) {
      width += 2;
    } else if (!isZeroWidthCodePoint(code)) {
      width++;
    }
  }
  return width;
}

function stripVTControlCharacters(str) {
  lazyValidators().validateString(str, 'str');
  if (str.indexOf('\u001b') === -1 && str.indexOf('\u009b') === -1) return str;
  return str.replace(ansi, '');
}

function removeColors(str) {
  return String(str).replace(ansi, '');
}

module.exports = {
  identicalSequenceRange: identicalSequenceRange,
  inspect: inspect,
  inspectDefaultOptions: inspectDefaultOptions,
  format: format,
  formatWithOptions: formatWithOptions,
  formatWithOptionsInternal: formatWithOptionsInternal,
  getStringWidth: getStringWidth,
  stripVTControlCharacters: stripVTControlCharacters,
  isZeroWidthCodePoint: isZeroWidthCodePoint,
  removeColors: removeColors,
  customInspectSymbol: customInspectSymbol
};
