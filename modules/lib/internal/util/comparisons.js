'use strict';

// Deep equality for assert.deepEqual / deepStrictEqual and
// util.isDeepStrictEqual (Node's lib/internal/util/comparisons.js).
//
// Two modes:
//   loose  (isDeepEqual)        primitives compare with == (NaN equals NaN);
//                               prototypes and symbol keys are ignored.
//   strict (isDeepStrictEqual)  primitives compare with Object.is; both
//                               objects need the same prototype, and
//                               enumerable symbol keys count.
// In both modes the objects need the same Object.prototype.toString tag and
// the same set of own enumerable keys with deeply equal values. On top of
// that, by kind:
//   arrays        same length, same holes, same extra (non-index) keys;
//   Dates         same time value;
//   RegExps       same source, flags and lastIndex;
//   typed arrays  same element type and bytes (loose Float32/64 arrays compare
//                 elements, so 0 equals -0 and NaN differs from NaN);
//   ArrayBuffers  same bytes;
//   errors        same message and name (and cause / errors when present),
//                 the stack is ignored;
//   boxed values  same primitive inside (new Number(-0) differs from
//                 new Number(0)).
//
// HOW cycles are handled: Node memoizes the pairs on the current path with
// a Set; Duktape has none, so `path` is an array of [a, b] pairs being
// compared right now. Meeting a pair again means the structure loops back
// in the same way on both sides, which counts as equal.
//
// Maps and Sets (the runtime's, internal/collections) compare by size, then
// by entries in any order, as Node's setEquiv / mapEquiv do: primitives are
// looked up directly, object keys (and, loosely, primitives that only match
// with ==) are paired by a search for a deep-equal partner, each partner
// used once. The collections are read through internal/collections, so no
// user-visible method runs.
//
// Duktape has no BigInt, KeyObject or URL objects, so the parts of Node's
// algorithm for those do not exist here.

var types = require('internal/util/types');
var collections = require('internal/collections');

var objectToString = Object.prototype.toString;
var hasOwn = Object.prototype.hasOwnProperty;
var isEnumerable = Object.prototype.propertyIsEnumerable;
var getPrototypeOf = Object.getPrototypeOf;
var objectKeys = Object.keys;
var getOwnPropertySymbols = Object.getOwnPropertySymbols;

var STRICT = true;
var LOOSE = false;

var PLAIN = 0;   // compare keys only
var ARRAY = 1;   // keys, then indexes (with holes)
var SET = 2;     // keys, then Set values
var MAP = 3;     // keys, then Map entries

function sameValue(a, b) {
  if (a === b) return a !== 0 || 1 / a === 1 / b;
  return a !== a && b !== b;
}

function isNaNNumber(v) {
  return typeof v === 'number' && v !== v;
}

// True for canonical array indexes ('0', '17', not '01' or '4294967295').
function isIndexKey(key) {
  return typeof key === 'string' && /^(?:0|[1-9][0-9]*)$/.test(key) && Number(key) < 4294967295;
}

// Own enumerable keys that are not indexes; symbols too in strict mode.
function extraKeys(obj, strict) {
  var out = objectKeys(obj).filter(function (k) { return !isIndexKey(k); });
  if (strict) {
    var syms = getOwnPropertySymbols(obj);
    for (var i = 0; i < syms.length; i++) {
      if (isEnumerable.call(obj, syms[i])) out.push(syms[i]);
    }
  }
  return out;
}

function regExpFlags(re) {
  if (typeof re.flags === 'string') return re.flags;
  return (re.global ? 'g' : '') + (re.ignoreCase ? 'i' : '') + (re.multiline ? 'm' : '') +
    (re.unicode ? 'u' : '') + (re.sticky ? 'y' : '');
}

function sameRegExp(a, b) {
  return a.source === b.source && regExpFlags(a) === regExpFlags(b) && a.lastIndex === b.lastIndex;
}

function bytesOf(view) {
  return new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
}

function sameBytes(x, y) {
  if (x.length !== y.length) return false;
  for (var i = 0; i < x.length; i++) {
    if (x[i] !== y[i]) return false;
  }
  return true;
}

// Element-wise (loose float arrays): 0 == -0, NaN != NaN.
function sameElements(a, b) {
  if (a.byteLength !== b.byteLength) return false;
  for (var i = 0; i < a.length; i++) {
    if (a[i] !== b[i]) return false;
  }
  return true;
}

function sameBoxed(a, b) {
  if (types.isNumberObject(a)) {
    return types.isNumberObject(b) && sameValue(Number.prototype.valueOf.call(a),
      Number.prototype.valueOf.call(b));
  }
  if (types.isStringObject(a)) {
    return types.isStringObject(b) && String.prototype.valueOf.call(a) === String.prototype.valueOf.call(b);
  }
  if (types.isBooleanObject(a)) {
    return types.isBooleanObject(b) && Boolean.prototype.valueOf.call(a) === Boolean.prototype.valueOf.call(b);
  }
  if (types.isSymbolObject(a)) {
    return types.isSymbolObject(b) && Symbol.prototype.valueOf.call(a) === Symbol.prototype.valueOf.call(b);
  }
  return false;
}

function isErrorLike(v) {
  return types.isNativeError(v) || v instanceof Error;
}

// An error's message/name/cause/errors: either both own-enumerable (then the
// key comparison covers them) or both not, and then compared here.
function sameErrorField(a, b, field, deep, strict, path) {
  var enumA = isEnumerable.call(a, field);
  if (enumA !== isEnumerable.call(b, field)) return false;
  if (enumA) return true;
  return deep ? equal(a[field], b[field], strict, path) : a[field] === b[field];
}

// Anything with a special comparison, which a plain object must not equal.
function isSpecial(v) {
  return Array.isArray(v) || types.isArrayBufferView(v) || types.isDate(v) || types.isRegExp(v) ||
    types.isAnyArrayBuffer(v) || types.isBoxedPrimitive(v) || isErrorLike(v) ||
    collections.isSet(v) || collections.isMap(v);
}

function equal(a, b, strict, path) {
  if (a === b) return a !== 0 || !strict || 1 / a === 1 / b;

  if (strict) {
    if (typeof a === 'number') return a !== a && b !== b;
    if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
    if (getPrototypeOf(a) !== getPrototypeOf(b)) return false;
  } else {
    var aObject = a !== null && typeof a === 'object';
    var bObject = b !== null && typeof b === 'object';
    if (!aObject || !bObject) {
      // eslint-disable-next-line eqeqeq
      return !aObject && !bObject && (a == b || (isNaNNumber(a) && isNaNNumber(b)));
    }
  }

  if (objectToString.call(a) !== objectToString.call(b)) return false;

  var keys;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    keys = extraKeys(a, strict);
    if (keys.length !== extraKeys(b, strict).length) return false;
    return compareKeys(a, b, strict, path, ARRAY, keys);
  }
  if (objectToString.call(a) === '[object Object]') {
    return compareKeys(a, b, strict, path, PLAIN);
  }
  if (types.isDate(a)) {
    if (!types.isDate(b) || a.getTime() !== b.getTime()) return false;
  } else if (types.isRegExp(a)) {
    if (!types.isRegExp(b) || !sameRegExp(a, b)) return false;
  } else if (types.isArrayBufferView(a)) {
    if (types.typedArrayName(a) !== types.typedArrayName(b)) return false;
    if (!strict && (types.isFloat32Array(a) || types.isFloat64Array(a))) {
      if (!sameElements(a, b)) return false;
    } else if (a.byteLength !== b.byteLength || !sameBytes(bytesOf(a), bytesOf(b))) {
      return false;
    }
    keys = extraKeys(a, strict);
    if (keys.length !== extraKeys(b, strict).length) return false;
    return compareKeys(a, b, strict, path, PLAIN, keys);
  } else if (types.isAnyArrayBuffer(a)) {
    if (!types.isAnyArrayBuffer(b) || a.byteLength !== b.byteLength ||
        !sameBytes(new Uint8Array(a), new Uint8Array(b))) {
      return false;
    }
  } else if (isErrorLike(a)) {
    // The stack is left out: it differs even between otherwise equal errors.
    if (!isErrorLike(b) ||
        !sameErrorField(a, b, 'message', false, strict, path) ||
        !sameErrorField(a, b, 'name', false, strict, path) ||
        !sameErrorField(a, b, 'cause', true, strict, path) ||
        !sameErrorField(a, b, 'errors', true, strict, path)) {
      return false;
    }
  } else if (types.isBoxedPrimitive(a)) {
    if (!sameBoxed(a, b)) return false;
  } else if (collections.isSet(a)) {
    if (!collections.isSet(b) || collections.sizeOf(a) !== collections.sizeOf(b)) return false;
    return compareKeys(a, b, strict, path, SET);
  } else if (collections.isMap(a)) {
    if (!collections.isMap(b) || collections.sizeOf(a) !== collections.sizeOf(b)) return false;
    return compareKeys(a, b, strict, path, MAP);
  } else if (isSpecial(b)) {
    return false;
  }
  return compareKeys(a, b, strict, path, PLAIN);
}

function enumerableCount(obj, keys) {
  var n = 0;
  for (var i = 0; i < keys.length; i++) {
    if (isEnumerable.call(obj, keys[i])) n++;
  }
  return n;
}

// The key part of the comparison. `keys`, when given, are the (already
// counted) non-index keys of an array or typed array; otherwise a's own
// enumerable keys, which b must match in number (and, strictly, symbols).
function compareKeys(a, b, strict, path, kind, keys) {
  var counted = keys !== undefined;
  if (!counted) keys = objectKeys(a);
  for (var i = 0; i < keys.length; i++) {
    if (!isEnumerable.call(b, keys[i])) return false;
  }
  if (!counted) {
    if (keys.length !== objectKeys(b).length) return false;
    if (strict) {
      var symsA = getOwnPropertySymbols(a);
      var symsB = getOwnPropertySymbols(b);
      var count = 0;
      for (var s = 0; s < symsA.length; s++) {
        var sym = symsA[s];
        if (isEnumerable.call(a, sym)) {
          if (!isEnumerable.call(b, sym)) return false;
          keys.push(sym);
          count++;
        } else if (isEnumerable.call(b, sym)) {
          return false;
        }
      }
      if (symsA.length !== symsB.length && enumerableCount(b, symsB) !== count) return false;
    }
  }
  if (keys.length === 0 && (kind === PLAIN || (kind === ARRAY && a.length === 0) ||
      (kind >= SET && collections.sizeOf(a) === 0))) {
    return true;
  }

  // Cycle check: this pair is already being compared further up.
  for (var p = 0; p < path.length; p++) {
    if (path[p][0] === a && path[p][1] === b) return true;
  }
  path.push([a, b]);
  var result = compareEntries(a, b, strict, path, kind, keys);
  path.pop();
  return result;
}

function compareEntries(a, b, strict, path, kind, keys) {
  if (kind === SET && !setEquiv(a, b, strict, path)) return false;
  if (kind === MAP && !mapEquiv(a, b, strict, path)) return false;
  for (var k = 0; k < keys.length; k++) {
    if (!equal(a[keys[k]], b[keys[k]], strict, path)) return false;
  }
  if (kind !== ARRAY) return true;
  for (var i = 0; i < a.length; i++) {
    if (hasOwn.call(a, i)) {
      if (!hasOwn.call(b, i) || !equal(a[i], b[i], strict, path)) return false;
    } else if (hasOwn.call(b, i)) {
      return false;
    } else {
      // A hole in both: compare the remaining own keys by name (Node
      // continues from the hole's position in the key list).
      var keysA = objectKeys(a);
      for (; i < keysA.length; i++) {
        var key = keysA[i];
        if (!hasOwn.call(b, key) || !equal(a[key], b[key], strict, path)) return false;
      }
      return keysA.length === objectKeys(b).length;
    }
  }
  return true;
}

// --- Sets and Maps (Node's setEquiv / mapEquiv) -------------------------------
//
// `pending` is the list of entries still looking for a partner (Node keeps
// a Set; an array does here, as it only shrinks by the matches).

function isObjectValue(v) {
  return typeof v === 'object' && v !== null;
}

// For a primitive missing from the other collection in loose mode: false
// when nothing loosely equal can exist, true when one might, null or
// undefined when that one value (undefined for null, null for undefined) is
// the only candidate to look up.
function findLooseMatchingPrimitives(prim) {
  switch (typeof prim) {
    case 'undefined':
      return null;
    case 'object':  // null
      return undefined;
    case 'symbol':
      return false;
    case 'string':
      prim = +prim;
      // falls through
    case 'number':
      if (prim !== prim) return false;
  }
  return true;
}

function setMightHaveLoosePrim(a, b, prim) {
  var altValue = findLooseMatchingPrimitives(prim);
  if (altValue != null) return altValue;
  return collections.has(b, altValue) && !collections.has(a, altValue);
}

function mapMightHaveLoosePrim(a, b, prim, item, path) {
  var altValue = findLooseMatchingPrimitives(prim);
  if (altValue != null) return altValue;
  var curB = collections.get(b, altValue);
  if ((curB === undefined && !collections.has(b, altValue)) || !equal(item, curB, LOOSE, path)) {
    return false;
  }
  return !collections.has(a, altValue) && equal(item, curB, LOOSE, path);
}

// Removes from `pending` the first value deep-equal to `value`.
function takeEqualValue(pending, value, strict, path) {
  for (var i = 0; i < pending.length; i++) {
    if (equal(value, pending[i], strict, path)) {
      pending.splice(i, 1);
      return true;
    }
  }
  return false;
}

function setEquiv(a, b, strict, path) {
  var pending = null;
  var valuesA = collections.entriesOf(a);
  var i;
  var val;
  for (i = 0; i < valuesA.length; i++) {
    val = valuesA[i];
    if (isObjectValue(val)) {
      if (pending === null) pending = [];
      pending.push(val);
    } else if (!collections.has(b, val)) {
      if (strict || !setMightHaveLoosePrim(a, b, val)) return false;
      if (pending === null) pending = [];
      pending.push(val);
    }
  }
  if (pending === null) return true;
  var valuesB = collections.entriesOf(b);
  for (i = 0; i < valuesB.length; i++) {
    val = valuesB[i];
    if (isObjectValue(val)) {
      if (!takeEqualValue(pending, val, strict, path)) return false;
    } else if (!strict && !collections.has(a, val) && !takeEqualValue(pending, val, strict, path)) {
      return false;
    }
  }
  return pending.length === 0;
}

// Removes from `pending` (keys of `map`) the first key deep-equal to key1
// whose value is deep-equal to item1.
function takeEqualEntry(pending, map, key1, item1, strict, path) {
  for (var i = 0; i < pending.length; i++) {
    var key2 = pending[i];
    if (equal(key1, key2, strict, path) && equal(item1, collections.get(map, key2), strict, path)) {
      pending.splice(i, 1);
      return true;
    }
  }
  return false;
}

function mapEquiv(a, b, strict, path) {
  var pending = null;
  var entriesA = collections.entriesOf(a);
  var i;
  var key;
  var item;
  for (i = 0; i < entriesA.length; i += 2) {
    key = entriesA[i];
    item = entriesA[i + 1];
    if (isObjectValue(key)) {
      if (pending === null) pending = [];
      pending.push(key);
    } else {
      var item2 = collections.get(b, key);
      if ((item2 === undefined && !collections.has(b, key)) || !equal(item, item2, strict, path)) {
        if (strict || !mapMightHaveLoosePrim(a, b, key, item, path)) return false;
        if (pending === null) pending = [];
        pending.push(key);
      }
    }
  }
  if (pending === null) return true;
  var entriesB = collections.entriesOf(b);
  for (i = 0; i < entriesB.length; i += 2) {
    key = entriesB[i];
    item = entriesB[i + 1];
    if (isObjectValue(key)) {
      if (!takeEqualEntry(pending, a, key, item, strict, path)) return false;
    } else if (!strict &&
               (!collections.has(a, key) || !equal(collections.get(a, key), item, LOOSE, path)) &&
               !takeEqualEntry(pending, a, key, item, LOOSE, path)) {
      return false;
    }
  }
  return pending.length === 0;
}

function isDeepEqual(a, b) {
  return equal(a, b, LOOSE, []);
}

function isDeepStrictEqual(a, b) {
  return equal(a, b, STRICT, []);
}

module.exports = {
  isDeepEqual: isDeepEqual,
  isDeepStrictEqual: isDeepStrictEqual
};
