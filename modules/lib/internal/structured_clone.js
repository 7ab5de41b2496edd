'use strict';

// structuredClone(value[, options]) (the HTML structured clone algorithm,
// which Node runs through V8's serializer).
//
// Copies what the algorithm can carry: primitives, plain objects (own
// enumerable string keys, getters read once; the prototype becomes
// Object.prototype), arrays (holes and extra keys kept), Date, RegExp
// (lastIndex reset), Boolean/Number/String objects, Map, Set, errors (name,
// message and stack only), ArrayBuffer, typed arrays and DataView (a Buffer
// comes back as a Uint8Array). Shared and cyclic references come back shared
// and cyclic. Functions, symbols, promises, WeakMaps and the like throw a
// DOMException named DataCloneError, as in Node.
//
// `options.transfer` is accepted and ignored: there are no other realms to
// transfer to, so everything is copied.

var types = require('internal/util/types');
var collections = require('internal/collections');
var DOMException = require('internal/per_context/domexception').DOMException;

var kErrorNames = ['Error', 'EvalError', 'RangeError', 'ReferenceError', 'SyntaxError',
  'TypeError', 'URIError'];
var kErrorConstructors = {
  Error: Error, EvalError: EvalError, RangeError: RangeError, ReferenceError: ReferenceError,
  SyntaxError: SyntaxError, TypeError: TypeError, URIError: URIError
};

function cannotClone(what) {
  return new DOMException(what + ' could not be cloned.', 'DataCloneError');
}

function describe(value) {
  if (typeof value === 'symbol') return String(value);
  if (typeof value === 'function') return 'function ' + (value.name || '') + '() {}';
  var tag = Object.prototype.toString.call(value).slice(8, -1);
  if (types.isWeakMap(value)) tag = 'WeakMap';
  else if (types.isWeakSet(value)) tag = 'WeakSet';
  else if (types.isPromise(value)) tag = 'Promise';
  return '#<' + tag + '>';
}

function copyBytes(buffer, offset, length) {
  var out = new ArrayBuffer(length);
  new Uint8Array(out).set(new Uint8Array(buffer, offset, length));
  return out;
}

function cloneError(value) {
  var name = 'Error';
  try {
    name = value.name;
  } catch (e) {
    // A throwing getter: the algorithm keeps Error.
  }
  if (kErrorNames.indexOf(name) === -1) name = 'Error';
  var message = Object.getOwnPropertyDescriptor(value, 'message');
  var out = Object.create(kErrorConstructors[name].prototype);
  if (message !== undefined) {
    Object.defineProperty(out, 'message', { value: '' + value.message, writable: true,
      configurable: true, enumerable: false });
  }
  var stack = value.stack;
  if (typeof stack === 'string') {
    Object.defineProperty(out, 'stack', { value: stack, writable: true, configurable: true,
      enumerable: false });
  }
  return out;
}

function Cloner() {
  this.memory = new collections.Map();
}

Cloner.prototype.clone = function (value) {
  if (value === null || (typeof value !== 'object' && typeof value !== 'function' &&
      typeof value !== 'symbol')) {
    return value;
  }
  if (typeof value !== 'object') throw cannotClone(describe(value));
  var seen = this.memory.get(value);
  if (seen !== undefined) return seen;
  var out;
  var i;
  if (Array.isArray(value)) {
    out = new Array(value.length);
    this.memory.set(value, out);
    this.copyKeys(value, out);
    return out;
  }
  if (types.isDate(value)) {
    out = new Date(value.getTime());
  } else if (types.isRegExp(value)) {
    out = new RegExp(value.source, value.flags !== undefined ? value.flags :
      (value.global ? 'g' : '') + (value.ignoreCase ? 'i' : '') + (value.multiline ? 'm' : ''));
  } else if (types.isBooleanObject(value)) {
    out = new Boolean(value.valueOf());  // eslint-disable-line no-new-wrappers
  } else if (types.isNumberObject(value)) {
    out = new Number(value.valueOf());  // eslint-disable-line no-new-wrappers
  } else if (types.isStringObject(value)) {
    out = new String(value.valueOf());  // eslint-disable-line no-new-wrappers
  } else if (types.isArrayBuffer(value)) {
    out = copyBytes(value, 0, value.byteLength);
  } else if (types.isDataView(value)) {
    out = new DataView(this.clone(value.buffer), value.byteOffset, value.byteLength);
  } else if (types.isTypedArray(value)) {
    // A Buffer is a Uint8Array to the algorithm.
    var name = types.typedArrayName(value);
    var Ctor = name === 'Buffer' || name === undefined ? Uint8Array : globalThis[name];
    if (typeof Ctor !== 'function') Ctor = Uint8Array;
    out = new Ctor(this.clone(value.buffer), value.byteOffset, value.length);
  } else if (types.isMap(value)) {
    out = new collections.Map();
    this.memory.set(value, out);
    var entries = [];
    value.forEach(function (v, k) { entries.push(k, v); });
    for (i = 0; i < entries.length; i += 2) {
      out.set(this.clone(entries[i]), this.clone(entries[i + 1]));
    }
    return out;
  } else if (types.isSet(value)) {
    out = new collections.Set();
    this.memory.set(value, out);
    var items = [];
    value.forEach(function (v) { items.push(v); });
    for (i = 0; i < items.length; i++) out.add(this.clone(items[i]));
    return out;
  } else if (types.isNativeError(value) || value instanceof Error) {
    out = cloneError(value);
  } else if (types.isPromise(value) || types.isWeakMap(value) || types.isWeakSet(value) ||
             types.isProxy(value) || types.isSymbolObject(value)) {
    throw cannotClone(describe(value));
  } else {
    out = {};
    this.memory.set(value, out);
    this.copyKeys(value, out);
    return out;
  }
  this.memory.set(value, out);
  return out;
};

// Own enumerable string keys, each value read once and cloned.
Cloner.prototype.copyKeys = function (from, to) {
  var keys = Object.keys(from);
  for (var i = 0; i < keys.length; i++) {
    to[keys[i]] = this.clone(from[keys[i]]);
  }
};

function structuredClone(value, options) {
  if (arguments.length === 0) {
    // V8's own wording (no quotes around "value"), with Node's code.
    var err = new TypeError('The value argument must be specified');
    err.code = 'ERR_MISSING_ARGS';
    throw err;
  }
  if (options !== undefined && options !== null && typeof options !== 'object') {
    throw new TypeError('The "options" argument must be of type object.');
  }
  return new Cloner().clone(value);
}

module.exports = { structuredClone: structuredClone };
