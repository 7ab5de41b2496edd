'use strict';

// The iterators of arrays, typed arrays and strings (ES2015 23.1.5, 22.1.5)
// and of String.prototype.matchAll (22.2.9), which Duktape 2.7 lacks.
// Each is an object whose prototype carries next(); all inherit
// %IteratorPrototype%, whose [Symbol.iterator]() returns the iterator
// itself, so an iterator can be passed wherever an iterable is expected.
//
// An array iterator reads the array's length at every step, so elements
// pushed while iterating are visited, as in V8.

var util = require('internal/es/util');

var define = util.define;
var SymbolIterator = Symbol.iterator;
var SymbolToStringTag = Symbol.toStringTag;

var KEYS = 0;
var VALUES = 1;
var ENTRIES = 2;

var IteratorPrototype = {};
define(IteratorPrototype, SymbolIterator, function () { return this; });
Object.defineProperty(IteratorPrototype[SymbolIterator], 'name', { value: '[Symbol.iterator]' });

function done() {
  return { value: undefined, done: true };
}

function makePrototype(tag, next) {
  var proto = Object.create(IteratorPrototype);
  define(proto, 'next', next);
  Object.defineProperty(proto, SymbolToStringTag, { value: tag, configurable: true });
  return proto;
}

// --- Array Iterator ----------------------------------------------------------------------

var kArrayState = Symbol('tickscope.arrayIterator');

var ArrayIteratorPrototype = makePrototype('Array Iterator', function next() {
  var state = this !== null && typeof this === 'object' ? this[kArrayState] : undefined;
  if (state === undefined) {
    throw new TypeError('Method Array Iterator.prototype.next called on incompatible receiver ' +
      util.describe(this));
  }
  var target = state.target;
  if (target === undefined) return done();
  var index = state.index;
  if (index >= util.toLength(target.length)) {
    state.target = undefined;
    return done();
  }
  state.index = index + 1;
  if (state.kind === KEYS) return { value: index, done: false };
  if (state.kind === VALUES) return { value: target[index], done: false };
  return { value: [index, target[index]], done: false };
});

function createArrayIterator(target, kind) {
  var it = Object.create(ArrayIteratorPrototype);
  Object.defineProperty(it, kArrayState, { value: { target: target, index: 0, kind: kind } });
  return it;
}

// --- String Iterator: by code point -------------------------------------------------------

var kStringState = Symbol('tickscope.stringIterator');

var StringIteratorPrototype = makePrototype('String Iterator', function next() {
  var state = this !== null && typeof this === 'object' ? this[kStringState] : undefined;
  if (state === undefined) {
    throw new TypeError('Method String Iterator.prototype.next called on incompatible receiver ' +
      util.describe(this));
  }
  var s = state.string;
  if (s === undefined || state.index >= s.length) {
    state.string = undefined;
    return done();
  }
  var i = state.index;
  var first = s.charCodeAt(i);
  var size = 1;
  if (first >= 0xd800 && first <= 0xdbff && i + 1 < s.length) {
    var second = s.charCodeAt(i + 1);
    if (second >= 0xdc00 && second <= 0xdfff) size = 2;
  }
  state.index = i + size;
  return { value: s.slice(i, i + size), done: false };
});

function createStringIterator(string) {
  var it = Object.create(StringIteratorPrototype);
  Object.defineProperty(it, kStringState, { value: { string: string, index: 0 } });
  return it;
}

// --- RegExp String Iterator (matchAll) -----------------------------------------------------

var kMatchState = Symbol('tickscope.regExpStringIterator');

var RegExpStringIteratorPrototype = makePrototype('RegExp String Iterator', function next() {
  var state = this !== null && typeof this === 'object' ? this[kMatchState] : undefined;
  if (state === undefined) {
    throw new TypeError('Method RegExp String Iterator.prototype.next called on incompatible ' +
      'receiver ' + util.describe(this));
  }
  if (state.done) return done();
  var match = state.regexp.exec(state.string);
  if (match === null) {
    state.done = true;
    return done();
  }
  if (!state.global) {
    state.done = true;
  } else if (match[0] === '') {
    // An empty match: step over one character, or this would loop forever.
    state.regexp.lastIndex = util.toLength(state.regexp.lastIndex) + 1;
  }
  return { value: match, done: false };
});

function createRegExpStringIterator(regexp, string, global) {
  var it = Object.create(RegExpStringIteratorPrototype);
  Object.defineProperty(it, kMatchState, {
    value: { regexp: regexp, string: string, global: global, done: false }
  });
  return it;
}

// Calls each(value) for every value of an iterable (closing the iterator
// if each throws), as for-of would.
function forOf(iterable, each) {
  var method = iterable[SymbolIterator];
  if (typeof method !== 'function') {
    throw new TypeError(util.describe(iterable) + ' is not iterable');
  }
  var iterator = method.call(iterable);
  if (iterator === null || typeof iterator !== 'object') {
    throw new TypeError('Result of the Symbol.iterator method is not an object');
  }
  var next = iterator.next;
  for (;;) {
    var result = next.call(iterator);
    if (result === null || typeof result !== 'object') {
      throw new TypeError('Iterator result ' + String(result) + ' is not an object');
    }
    if (result.done) return;
    try {
      each(result.value);
    } catch (err) {
      var close = iterator['return'];
      if (typeof close === 'function') {
        try {
          close.call(iterator);
        } catch (ignored) {
          // The first error wins.
        }
      }
      throw err;
    }
  }
}

module.exports = {
  ENTRIES: ENTRIES,
  IteratorPrototype: IteratorPrototype,
  KEYS: KEYS,
  VALUES: VALUES,
  createArrayIterator: createArrayIterator,
  createRegExpStringIterator: createRegExpStringIterator,
  createStringIterator: createStringIterator,
  forOf: forOf
};
