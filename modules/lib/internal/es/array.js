'use strict';

// Array methods from ES2015 to ES2023 that Duktape 2.7 lacks, written from
// the spec's algorithms: Array.from/of; includes, find(Last)(Index), fill,
// copyWithin, flat, flatMap, at; keys/values/entries and [Symbol.iterator];
// the copying toSorted/toReversed/toSpliced/with; and a stable sort
// (internal/es/sort). Each works on any array-like `this`, as the spec's
// generic methods do.

var util = require('internal/es/util');
var iterators = require('internal/es/iterators');
var sort = require('internal/es/sort');

var toObject = util.toObject;
var toLength = util.toLength;
var toIntegerOrInfinity = util.toIntegerOrInfinity;
var relativeIndex = util.relativeIndex;
var requireCallable = util.requireCallable;

function from(items, mapFn, thisArg) {
  if (mapFn !== undefined) requireCallable(mapFn);
  var C = typeof this === 'function' && this !== Array ? this : null;
  var out;
  var k = 0;
  if (items === null || items === undefined) {
    throw new TypeError(String(items) + ' is not iterable (cannot read property Symbol(Symbol.iterator))');
  }
  if (typeof Object(items)[Symbol.iterator] === 'function') {
    out = C ? new C() : [];
    iterators.forOf(items, function (value) {
      out[k] = mapFn === undefined ? value : mapFn.call(thisArg, value, k);
      k++;
    });
    out.length = k;
    return out;
  }
  var arrayLike = Object(items);
  var length = toLength(arrayLike.length);
  out = C ? new C(length) : new Array(length);
  for (; k < length; k++) {
    out[k] = mapFn === undefined ? arrayLike[k] : mapFn.call(thisArg, arrayLike[k], k);
  }
  out.length = length;
  return out;
}

function of() {
  var C = typeof this === 'function' && this !== Array ? this : null;
  var out = C ? new C(arguments.length) : new Array(arguments.length);
  for (var k = 0; k < arguments.length; k++) out[k] = arguments[k];
  out.length = arguments.length;
  return out;
}

function includes(searchElement) {
  var o = toObject(this, 'Array.prototype.includes');
  var length = toLength(o.length);
  if (length === 0) return false;
  for (var k = relativeIndex(arguments[1], length); k < length; k++) {
    if (util.sameValueZero(o[k], searchElement)) return true;
  }
  return false;
}

function findIn(name, fromEnd, wantIndex) {
  return function (predicate) {
    var o = toObject(this, 'Array.prototype.' + name);
    var length = toLength(o.length);
    requireCallable(predicate);
    var thisArg = arguments[1];
    for (var i = 0; i < length; i++) {
      var k = fromEnd ? length - 1 - i : i;
      var value = o[k];
      if (predicate.call(thisArg, value, k, o)) return wantIndex ? k : value;
    }
    return wantIndex ? -1 : undefined;
  };
}

// The generic find family, named as the spec names them.
function named(name, length, fn) {
  Object.defineProperty(fn, 'name', { value: name, configurable: true });
  Object.defineProperty(fn, 'length', { value: length, configurable: true });
  return fn;
}

var find = named('find', 1, findIn('find', false, false));
var findIndex = named('findIndex', 1, findIn('findIndex', false, true));
var findLast = named('findLast', 1, findIn('findLast', true, false));
var findLastIndex = named('findLastIndex', 1, findIn('findLastIndex', true, true));

function fill(value) {
  var o = toObject(this, 'Array.prototype.fill');
  var length = toLength(o.length);
  var k = relativeIndex(arguments[1], length);
  var end = arguments[2] === undefined ? length : relativeIndex(arguments[2], length);
  for (; k < end; k++) o[k] = value;
  return o;
}

function copyWithin(target, start) {
  var o = toObject(this, 'Array.prototype.copyWithin');
  var length = toLength(o.length);
  var to = relativeIndex(target, length);
  var fromIndex = relativeIndex(start, length);
  var end = arguments[2] === undefined ? length : relativeIndex(arguments[2], length);
  var count = Math.min(end - fromIndex, length - to);
  var direction = 1;
  if (fromIndex < to && to < fromIndex + count) {
    direction = -1;
    fromIndex += count - 1;
    to += count - 1;
  }
  for (; count > 0; count--) {
    if (fromIndex in o) o[to] = o[fromIndex];
    else delete o[to];
    fromIndex += direction;
    to += direction;
  }
  return o;
}

// Appends the elements of source (flattening arrays `depth` levels deep)
// to out; holes are skipped.
function flattenInto(out, source, depth, mapFn, thisArg) {
  var length = toLength(source.length);
  for (var k = 0; k < length; k++) {
    if (!(k in source)) continue;
    var element = source[k];
    if (mapFn !== undefined) element = mapFn.call(thisArg, element, k, source);
    if (depth > 0 && Array.isArray(element)) flattenInto(out, element, depth - 1);
    else out.push(element);
  }
  return out;
}

function flat() {
  var o = toObject(this, 'Array.prototype.flat');
  var depth = arguments[0] === undefined ? 1 : toIntegerOrInfinity(arguments[0]);
  return flattenInto([], o, depth);
}

function flatMap(mapper) {
  var o = toObject(this, 'Array.prototype.flatMap');
  requireCallable(mapper);
  return flattenInto([], o, 1, mapper, arguments[1]);
}

function at(index) {
  var o = toObject(this, 'Array.prototype.at');
  var length = toLength(o.length);
  var k = toIntegerOrInfinity(index);
  if (k < 0) k += length;
  return k < 0 || k >= length ? undefined : o[k];
}

function keys() {
  return iterators.createArrayIterator(toObject(this, 'Array.prototype.keys'), iterators.KEYS);
}

function values() {
  return iterators.createArrayIterator(toObject(this, 'Array.prototype.values'), iterators.VALUES);
}

function entries() {
  return iterators.createArrayIterator(toObject(this, 'Array.prototype.entries'), iterators.ENTRIES);
}

function sortArray(comparefn) {
  sort.checkComparator(comparefn);
  return sort.sortArrayLike(toObject(this, 'Array.prototype.sort'), comparefn);
}
named('sort', 1, sortArray);

// A dense copy of an array-like (holes read as undefined).
function copyOf(o) {
  var length = toLength(o.length);
  var out = new Array(length);
  for (var k = 0; k < length; k++) out[k] = o[k];
  return out;
}

function toSorted(comparefn) {
  sort.checkComparator(comparefn);
  return sort.sortArrayLike(copyOf(toObject(this, 'Array.prototype.toSorted')), comparefn);
}

function toReversed() {
  return copyOf(toObject(this, 'Array.prototype.toReversed')).reverse();
}

function toSpliced(start, skipCount) {
  var copy = copyOf(toObject(this, 'Array.prototype.toSpliced'));
  var args = [relativeIndex(start, copy.length)];
  if (arguments.length === 0) args.push(0);
  else if (arguments.length === 1) args.push(copy.length);
  else if (arguments.length > 1) args.push(Math.min(Math.max(toIntegerOrInfinity(skipCount), 0), copy.length));
  for (var i = 2; i < arguments.length; i++) args.push(arguments[i]);
  Array.prototype.splice.apply(copy, args);
  return copy;
}

function withAt(index, value) {
  var copy = copyOf(toObject(this, 'Array.prototype.with'));
  var relative = toIntegerOrInfinity(index);
  var k = relative < 0 ? copy.length + relative : relative;
  if (k < 0 || k >= copy.length) throw new RangeError('Invalid index : ' + index);
  copy[k] = value;
  return copy;
}
named('with', 2, withAt);

named('from', 1, from);

function install() {
  util.defineMissing(Array, [from, of]);
  util.defineMissing(Array.prototype, [includes, find, findIndex, findLast, findLastIndex, fill,
    copyWithin, flat, flatMap, at, keys, values, entries, toSorted, toReversed, toSpliced, withAt]);
  util.define(Array.prototype, 'sort', sortArray);
  util.define(Array.prototype, Symbol.iterator, Array.prototype.values);
}

module.exports = {
  install: install,
  copyOf: copyOf
};
