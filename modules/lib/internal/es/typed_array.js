'use strict';

// The methods of %TypedArray%.prototype (ES2015 23.2.3, with the later
// at/findLast/toSorted/toReversed/with) that Duktape 2.7 lacks: its typed
// arrays have only set, subarray and the accessors. Installed on the
// prototype all typed arrays share, so Uint8Array, Float64Array... and
// Buffer (whose own slice, indexOf, includes, fill and toString come first)
// get them. A method that makes a new array makes one of the same type
// (a Buffer for a Buffer, as Node's species constructor does).

var util = require('internal/es/util');
var iterators = require('internal/es/iterators');
var sort = require('internal/es/sort');

var TypedArray = Object.getPrototypeOf(Uint8Array);
var TypedArrayPrototype = Object.getPrototypeOf(Uint8Array.prototype);
var requireCallable = util.requireCallable;
var relativeIndex = util.relativeIndex;
var toIntegerOrInfinity = util.toIntegerOrInfinity;

var lazyBuffer;
function isBuffer(value) {
  if (lazyBuffer === undefined) lazyBuffer = require('buffer').Buffer;
  return lazyBuffer.isBuffer(value);
}

function requireTypedArray(value, name) {
  if (!ArrayBuffer.isView(value) || value instanceof DataView) {
    throw new TypeError('this is not a typed array.');
  }
  return value;
}

// A new typed array like `ta` (its type), of `length` elements.
function createLike(ta, length) {
  if (isBuffer(ta)) return lazyBuffer.alloc(length);
  return new ta.constructor(length);
}

function map(callback) {
  var ta = requireTypedArray(this, 'map');
  requireCallable(callback);
  var out = createLike(ta, ta.length);
  for (var k = 0; k < ta.length; k++) out[k] = callback.call(arguments[1], ta[k], k, ta);
  return out;
}

function filter(callback) {
  var ta = requireTypedArray(this, 'filter');
  requireCallable(callback);
  var kept = [];
  for (var k = 0; k < ta.length; k++) {
    if (callback.call(arguments[1], ta[k], k, ta)) kept.push(ta[k]);
  }
  var out = createLike(ta, kept.length);
  for (k = 0; k < kept.length; k++) out[k] = kept[k];
  return out;
}

function forEach(callback) {
  var ta = requireTypedArray(this, 'forEach');
  requireCallable(callback);
  for (var k = 0; k < ta.length; k++) callback.call(arguments[1], ta[k], k, ta);
}

function reduceFrom(ta, callback, args, fromEnd) {
  requireCallable(callback);
  var length = ta.length;
  var k = 0;
  var accumulator;
  if (args.length >= 2) {
    accumulator = args[1];
  } else {
    if (length === 0) throw new TypeError('Reduce of empty array with no initial value');
    accumulator = ta[fromEnd ? length - 1 : 0];
    k = 1;
  }
  for (; k < length; k++) {
    var i = fromEnd ? length - 1 - k : k;
    accumulator = callback(accumulator, ta[i], i, ta);
  }
  return accumulator;
}

function reduce(callback) {
  return reduceFrom(requireTypedArray(this, 'reduce'), callback, arguments, false);
}

function reduceRight(callback) {
  return reduceFrom(requireTypedArray(this, 'reduceRight'), callback, arguments, true);
}

function some(callback) {
  var ta = requireTypedArray(this, 'some');
  requireCallable(callback);
  for (var k = 0; k < ta.length; k++) if (callback.call(arguments[1], ta[k], k, ta)) return true;
  return false;
}

function every(callback) {
  var ta = requireTypedArray(this, 'every');
  requireCallable(callback);
  for (var k = 0; k < ta.length; k++) if (!callback.call(arguments[1], ta[k], k, ta)) return false;
  return true;
}

function indexOf(searchElement) {
  var ta = requireTypedArray(this, 'indexOf');
  for (var k = relativeIndex(arguments[1], ta.length); k < ta.length; k++) {
    if (ta[k] === searchElement) return k;
  }
  return -1;
}

function lastIndexOf(searchElement) {
  var ta = requireTypedArray(this, 'lastIndexOf');
  var k = arguments.length > 1 ? toIntegerOrInfinity(arguments[1]) : ta.length - 1;
  if (k < 0) k += ta.length;
  for (k = Math.min(k, ta.length - 1); k >= 0; k--) if (ta[k] === searchElement) return k;
  return -1;
}

function includes(searchElement) {
  var ta = requireTypedArray(this, 'includes');
  for (var k = relativeIndex(arguments[1], ta.length); k < ta.length; k++) {
    if (util.sameValueZero(ta[k], searchElement)) return true;
  }
  return false;
}

function finder(name, fromEnd, wantIndex) {
  var fn = function (predicate) {
    var ta = requireTypedArray(this, name);
    requireCallable(predicate);
    for (var i = 0; i < ta.length; i++) {
      var k = fromEnd ? ta.length - 1 - i : i;
      if (predicate.call(arguments[1], ta[k], k, ta)) return wantIndex ? k : ta[k];
    }
    return wantIndex ? -1 : undefined;
  };
  Object.defineProperty(fn, 'name', { value: name, configurable: true });
  return fn;
}

function fill(value) {
  var ta = requireTypedArray(this, 'fill');
  var k = relativeIndex(arguments[1], ta.length);
  var end = arguments[2] === undefined ? ta.length : relativeIndex(arguments[2], ta.length);
  for (; k < end; k++) ta[k] = value;
  return ta;
}

function join(separator) {
  var ta = requireTypedArray(this, 'join');
  var sep = separator === undefined ? ',' : String(separator);
  var out = '';
  for (var k = 0; k < ta.length; k++) out += (k > 0 ? sep : '') + String(ta[k]);
  return out;
}

function reverse() {
  var ta = requireTypedArray(this, 'reverse');
  for (var i = 0, j = ta.length - 1; i < j; i++, j--) {
    var t = ta[i];
    ta[i] = ta[j];
    ta[j] = t;
  }
  return ta;
}

// Numeric order; NaN last, -0 before +0.
function compareNumbers(x, y) {
  if (x !== x) return y !== y ? 0 : 1;
  if (y !== y) return -1;
  if (x < y) return -1;
  if (x > y) return 1;
  if (x === 0 && y === 0) return 1 / x < 0 ? (1 / y < 0 ? 0 : -1) : (1 / y < 0 ? 1 : 0);
  return 0;
}

// Numbers that compare equal under compareNumbers are the same value, so
// the default order may use Duktape's faster, unstable sort.
function sortInto(ta, comparefn) {
  var list = Array.prototype.slice.call(ta);
  if (comparefn === undefined) sort.nativeSort.call(list, compareNumbers);
  else sort.timSort(list, comparefn);
  for (var k = 0; k < list.length; k++) ta[k] = list[k];
  return ta;
}

function sortTypedArray(comparefn) {
  sort.checkComparator(comparefn);
  return sortInto(requireTypedArray(this, 'sort'), comparefn);
}
Object.defineProperty(sortTypedArray, 'name', { value: 'sort', configurable: true });

function slice(start, end) {
  var ta = requireTypedArray(this, 'slice');
  var k = relativeIndex(start, ta.length);
  var final = end === undefined ? ta.length : relativeIndex(end, ta.length);
  var count = Math.max(final - k, 0);
  var out = createLike(ta, count);
  for (var n = 0; n < count; n++) out[n] = ta[k + n];
  return out;
}

function copyWithin(target, start) {
  var ta = requireTypedArray(this, 'copyWithin');
  var length = ta.length;
  var to = relativeIndex(target, length);
  var from = relativeIndex(start, length);
  var end = arguments[2] === undefined ? length : relativeIndex(arguments[2], length);
  var count = Math.min(end - from, length - to);
  // set() copies as if through a temporary: overlapping ranges are safe.
  if (count > 0) ta.set(ta.subarray(from, from + count), to);
  return ta;
}

function at(index) {
  var ta = requireTypedArray(this, 'at');
  var k = toIntegerOrInfinity(index);
  if (k < 0) k += ta.length;
  return k < 0 || k >= ta.length ? undefined : ta[k];
}

function keys() {
  return iterators.createArrayIterator(requireTypedArray(this, 'keys'), iterators.KEYS);
}

function values() {
  return iterators.createArrayIterator(requireTypedArray(this, 'values'), iterators.VALUES);
}

function entries() {
  return iterators.createArrayIterator(requireTypedArray(this, 'entries'), iterators.ENTRIES);
}

function copy(ta) {
  var out = new ta.constructor(ta.length);
  out.set(ta);
  return out;
}

function toReversed() {
  return reverse.call(copy(requireTypedArray(this, 'toReversed')));
}

function toSorted(comparefn) {
  sort.checkComparator(comparefn);
  return sortInto(copy(requireTypedArray(this, 'toSorted')), comparefn);
}

function withAt(index, value) {
  var ta = requireTypedArray(this, 'with');
  var relative = toIntegerOrInfinity(index);
  var k = relative < 0 ? ta.length + relative : relative;
  if (k < 0 || k >= ta.length) throw new RangeError('Invalid typed array index');
  var out = copy(ta);
  out[k] = value;
  return out;
}
Object.defineProperty(withAt, 'name', { value: 'with', configurable: true });

function toString() {
  return join.call(this);
}

function toLocaleString() {
  var ta = requireTypedArray(this, 'toLocaleString');
  var parts = [];
  for (var k = 0; k < ta.length; k++) parts.push(ta[k].toLocaleString());
  return parts.join(',');
}

// %TypedArray%.from / of: `this` is the concrete constructor (Uint8Array...).
function from(source, mapFn, thisArg) {
  if (mapFn !== undefined) requireCallable(mapFn);
  var list = Array.from(source);
  var out = new this(list.length);
  for (var k = 0; k < list.length; k++) {
    out[k] = mapFn === undefined ? list[k] : mapFn.call(thisArg, list[k], k);
  }
  return out;
}
Object.defineProperty(from, 'length', { value: 1, configurable: true });

function of() {
  var out = new this(arguments.length);
  for (var k = 0; k < arguments.length; k++) out[k] = arguments[k];
  return out;
}

function install() {
  util.defineMissing(TypedArrayPrototype, [map, filter, forEach, reduce, reduceRight, some, every,
    indexOf, lastIndexOf, includes, finder('find', false, false), finder('findIndex', false, true),
    finder('findLast', true, false), finder('findLastIndex', true, true), fill, join, reverse,
    sortTypedArray, slice, copyWithin, at, keys, values, entries, toReversed, toSorted, withAt,
    toString, toLocaleString]);
  util.define(TypedArrayPrototype, Symbol.iterator, TypedArrayPrototype.values);
  util.defineMissing(TypedArray, [from, of]);
}

module.exports = { install: install };
