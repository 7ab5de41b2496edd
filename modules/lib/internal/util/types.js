'use strict';

// util.types (Node's lib/internal/util/types.js plus the checks V8 provides
// natively in Node's internalBinding('types')).
//
// HOW: V8 answers "is this a Date?" from the object's internal slots, so a
// lying Symbol.toStringTag or a swapped prototype does not fool it. Duktape's
// equivalent of those slots is the object's internal *class number*, which
// Duktape.info(value).class reports and user code cannot change. Every check
// below that V8 does natively is a comparison of that number. The class
// numbers are DUK_HOBJECT_CLASS_* from duk_hobject.h (Duktape 2.7).
//
// Map, Set, WeakMap, WeakSet and their iterators are the runtime's own
// (internal/collections), which tells its objects apart by the record each
// holds under a private symbol. What Duktape does not have (BigInt, generator
// and async functions, module namespaces, externals, shared memory) can never
// be the type asked about, so those checks return false.
//
// Proxies: V8 marks them; Duktape keeps no trace that user code can see. The
// best effort here relies on a Duktape detail: a Proxy object never stores
// properties of its own (everything goes to the target), so its property
// table is empty although it reports keys, and Array.isArray sees through it
// to an array target while the proxy's own class stays "Object". A proxy of
// an object without any keys cannot be told apart from {}.

// The engine's Duktape object, which user scripts do not see (as in Node).
var dukInfo = internalBinding('duktape').info;

var CLASS_OBJECT = 1;
var CLASS_ARRAY = 2;
var CLASS_FUNCTION = 3;
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
var CLASS_UINT8ARRAY = 22;
var CLASS_UINT8CLAMPEDARRAY = 23;
var CLASS_INT16ARRAY = 24;
var CLASS_UINT16ARRAY = 25;
var CLASS_INT32ARRAY = 26;
var CLASS_UINT32ARRAY = 27;
var CLASS_FLOAT32ARRAY = 28;
var CLASS_FLOAT64ARRAY = 29;

var typedArrayNames = {
  21: 'Int8Array', 22: 'Uint8Array', 23: 'Uint8ClampedArray', 24: 'Int16Array',
  25: 'Uint16Array', 26: 'Int32Array', 27: 'Uint32Array', 28: 'Float32Array',
  29: 'Float64Array'
};

var objectToString = Object.prototype.toString;

var classByToString = (function () {
  var byName = { Array: 2, Function: 3, Arguments: 4, Boolean: 5, Date: 6, Error: 7, Number: 10,
    RegExp: 11, String: 12, Symbol: 14, ArrayBuffer: 19, DataView: 20, Int8Array: 21,
    Uint8Array: 22, Uint8ClampedArray: 23, Int16Array: 24, Uint16Array: 25, Int32Array: 26,
    Uint32Array: 27, Float32Array: 28, Float64Array: 29 };
  var out = Object.create(null);
  Object.keys(byName).forEach(function (name) { out['[object ' + name + ']'] = byName[name]; });
  return out;
}());

// The class as Object.prototype.toString reports it. That is only reliable
// when the object has no string-valued Symbol.toStringTag (the caller
// knows); it costs a fifth of Duktape.info, which builds a whole object.
function classFromToString(value) {
  return classByToString[objectToString.call(value)] || CLASS_OBJECT;
}

// The internal class number of an object, or 0 for primitives.
function classOf(value) {
  if (value === null || (typeof value !== 'object' && typeof value !== 'function')) return 0;
  if (dukInfo !== undefined) return dukInfo(value)['class'];
  // Not on Duktape: fall back to the (spoofable) [[Class]] string.
  return classFromToString(value);
}

function is(cls) {
  return function (value) { return classOf(value) === cls; };
}

function no() {
  return false;
}

var isDate = is(CLASS_DATE);
var isRegExp = is(CLASS_REGEXP);
var isNativeError = is(CLASS_ERROR);
var isNumberObject = is(CLASS_NUMBER);
var isStringObject = is(CLASS_STRING);
var isBooleanObject = is(CLASS_BOOLEAN);
var isSymbolObject = is(CLASS_SYMBOL);
var isArgumentsObject = is(CLASS_ARGUMENTS);
var isArrayBuffer = is(CLASS_ARRAYBUFFER);
var isDataView = is(CLASS_DATAVIEW);

function isBoxedPrimitive(value) {
  var c = classOf(value);
  return c === CLASS_NUMBER || c === CLASS_STRING || c === CLASS_BOOLEAN || c === CLASS_SYMBOL;
}

// ArrayBuffer.isView answers from the internal class too, and cheaply.
var isView = ArrayBuffer.isView;

function isTypedArray(value) {
  if (!isView(value)) return false;
  var c = classOf(value);
  return c >= CLASS_INT8ARRAY && c <= CLASS_FLOAT64ARRAY;
}

function isArrayBufferView(value) {
  return isView(value);
}

// 'Uint8Array' etc. for a typed array, else undefined (what V8's
// %TypedArray%.prototype[Symbol.toStringTag] getter returns).
function typedArrayName(value) {
  return typedArrayNames[classOf(value)];
}

var collections = require('internal/collections');

var promiseModule;
function isPromise(value) {
  if (promiseModule === undefined) promiseModule = require('internal/promise');
  return promiseModule.isPromise(value);
}

function isProxy(value) {
  if (dukInfo === undefined || value === null ||
      (typeof value !== 'object' && typeof value !== 'function')) {
    return false;
  }
  var info = dukInfo(value);
  if (info['class'] !== CLASS_OBJECT || info.esize !== 0 || info.asize !== 0) return false;
  if (Array.isArray(value)) return true;
  try {
    return Reflect.ownKeys(value).length !== 0;
  } catch (e) {
    return true;  // a trap threw: certainly a proxy
  }
}

module.exports = {
  classOf: classOf,
  classFromToString: classFromToString,
  typedArrayName: typedArrayName,
  CLASS_OBJECT: CLASS_OBJECT,
  CLASS_ARRAY: CLASS_ARRAY,
  CLASS_FUNCTION: CLASS_FUNCTION,
  CLASS_ERROR: CLASS_ERROR,

  isExternal: no,
  isDate: isDate,
  isArgumentsObject: isArgumentsObject,
  isBigIntObject: no,
  isBooleanObject: isBooleanObject,
  isNumberObject: isNumberObject,
  isStringObject: isStringObject,
  isSymbolObject: isSymbolObject,
  isBoxedPrimitive: isBoxedPrimitive,
  isNativeError: isNativeError,
  isRegExp: isRegExp,
  isAsyncFunction: no,
  isGeneratorFunction: no,
  isGeneratorObject: no,
  isPromise: isPromise,
  isMap: collections.isMap,
  isSet: collections.isSet,
  isMapIterator: collections.isMapIterator,
  isSetIterator: collections.isSetIterator,
  isWeakMap: collections.isWeakMap,
  isWeakSet: collections.isWeakSet,
  isArrayBuffer: isArrayBuffer,
  isDataView: isDataView,
  isSharedArrayBuffer: no,
  isProxy: isProxy,
  isModuleNamespaceObject: no,
  isAnyArrayBuffer: isArrayBuffer,
  isCryptoKey: no,
  isKeyObject: no,
  isArrayBufferView: isArrayBufferView,
  isTypedArray: isTypedArray,
  isUint8Array: is(CLASS_UINT8ARRAY),
  isUint8ClampedArray: is(CLASS_UINT8CLAMPEDARRAY),
  isUint16Array: is(CLASS_UINT16ARRAY),
  isUint32Array: is(CLASS_UINT32ARRAY),
  isInt8Array: is(CLASS_INT8ARRAY),
  isInt16Array: is(CLASS_INT16ARRAY),
  isInt32Array: is(CLASS_INT32ARRAY),
  isFloat32Array: is(CLASS_FLOAT32ARRAY),
  isFloat64Array: is(CLASS_FLOAT64ARRAY),
  isBigInt64Array: no,
  isBigUint64Array: no
};
