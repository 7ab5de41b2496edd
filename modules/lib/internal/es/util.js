'use strict';

// Helpers shared by the ES built-ins of internal/es: the abstract operations
// of the spec the methods are written with (ToIntegerOrInfinity, ToLength,
// SameValueZero, ...), and `define`, which installs a method the way the
// spec's own are: writable, configurable, not enumerable (so that
// `for (k in array)` never sees them).

var defineProperty = Object.defineProperty;

function define(target, name, value) {
  defineProperty(target, name, { value: value, writable: true, enumerable: false, configurable: true });
}

// Installs each function of `methods` under its own name, unless the
// object already has its own (Duktape grows: a native version wins; an
// inherited one, such as Object.prototype.toString, does not count).
var hasOwnProperty = Object.prototype.hasOwnProperty;
function defineMissing(target, methods) {
  for (var i = 0; i < methods.length; i++) {
    var fn = methods[i];
    if (!hasOwnProperty.call(target, fn.name)) define(target, fn.name, fn);
  }
}

function toObject(value, what) {
  if (value === null || value === undefined) {
    throw new TypeError(what + ' called on null or undefined');
  }
  return Object(value);
}

function toIntegerOrInfinity(value) {
  var n = +value;
  if (n !== n || n === 0) return 0;
  if (n === Infinity || n === -Infinity) return n;
  return n < 0 ? Math.ceil(n) : Math.floor(n);
}

function toLength(value) {
  var n = toIntegerOrInfinity(value);
  if (n <= 0) return 0;
  return Math.min(n, 9007199254740991);
}

// A relative index (negative counts from the end) clamped to [0, length].
function relativeIndex(value, length) {
  var n = toIntegerOrInfinity(value);
  if (n < 0) return Math.max(length + n, 0);
  return Math.min(n, length);
}

function sameValueZero(a, b) {
  return a === b || (a !== a && b !== b);
}

// V8's wording for a value used as a function: `5 is not a function`,
// `abc is not a function`, `#<Object> is not a function`.
function describe(value) {
  if (typeof value === 'symbol') return value.toString();
  if (value === null || (typeof value !== 'object' && typeof value !== 'function')) return String(value);
  if (Array.isArray(value)) return '[object Array]';
  var ctor = value.constructor;
  var name = typeof ctor === 'function' && ctor.name ? ctor.name : 'Object';
  return '#<' + name + '>';
}

function requireCallable(fn) {
  if (typeof fn !== 'function') throw new TypeError(describe(fn) + ' is not a function');
  return fn;
}

module.exports = {
  define: define,
  defineMissing: defineMissing,
  describe: describe,
  relativeIndex: relativeIndex,
  requireCallable: requireCallable,
  sameValueZero: sameValueZero,
  toIntegerOrInfinity: toIntegerOrInfinity,
  toLength: toLength,
  toObject: toObject
};
