'use strict';

// Map, Set, WeakMap and WeakSet (ES2015 23.1-23.4), which Duktape 2.7 lacks,
// written in ES5 and installed as globals by internal/bootstrap/node.js.
// internal/util/types, inspect and comparisons read their insides through
// the functions exported at the end.
//
// HOW a Map or Set stores its entries (the design of V8's OrderedHashTable):
//
//   keys[], vals[]  the entries in insertion order; a deleted entry leaves a
//                   hole (HOLE) so that positions stay put while iterating.
//   index objects   key -> position, one null-prototype object per kind of
//                   key, so that no key needs a type prefix (and no string
//                   concatenation on every get):
//                     str    string keys            str['a']
//                     num    number keys            num[1.5]  (NaN is 'NaN';
//                            -0 and +0 are both '0': SameValueZero)
//                     other  symbols, and true/false/null/undefined by name
//                            (a symbol property key never equals a string one)
//                     obj    object keys by their object id (below)
//   slow            positions of object keys that have no usable id (frozen or
//                   non-extensible objects, proxies): found by a linear search.
//
//   An object's id: the first time an object becomes a key it gets a number
//   under the non-enumerable, non-writable symbol kObjectId, shared by every
//   Map and Set (one property per object, whatever the number of
//   collections). An id read through a prototype or forwarded by a proxy is
//   told apart because obj[id] must point at a slot holding this very key.
//
// Live iteration: an iterator (and forEach) is a position in an "epoch", the
// pair of arrays current when it last moved. Holes are skipped, entries
// appended later are reached. When holes outnumber entries the table is
// compacted into fresh arrays: the old epoch records its successor and the
// positions it dropped, and an iterator moving on from it subtracts the
// dropped positions before its own (V8 does the same). clear() starts a new
// empty epoch that iterators enter at position 0: an iterator over a cleared
// collection ends, unless something is added afterwards (as in V8).
//
// HOW a WeakMap or WeakSet stores its entries: on the key itself, under a
// symbol of its own (one per collection), as a cell { key, value, live }
// that stays writable when the key is frozen later. So an entry dies with its
// key, and the collection holds nothing. Keys that cannot take a property
// (non-extensible objects, and symbols, which ES2023 allows as keys) go to
// a linear list held by the collection: those are held strongly.
//
// WHY it is observable, and what differs from V8:
//   - the hidden properties are ordinary non-enumerable symbol properties:
//     Object.getOwnPropertySymbols / Reflect.ownKeys list them (util.inspect
//     leaves them out, see isInternalSymbol);
//   - a value in a WeakMap lives as long as its key, even after the WeakMap
//     is gone (V8's ephemerons let it go with the map);
//   - `Map.call(obj)` on an object inheriting from Map.prototype is accepted
//     (there is no new.target in ES5); classes cannot extend Map anyway.
//
// Hot paths and Duktape (see internal/process/task_queues.js): reading a
// module-level variable from a function costs ~0.1 us, a property of a local
// object a tenth of that. So the helpers the methods need are methods of
// Table.prototype, and the constants they use live on that prototype.

var hasOwn = Object.prototype.hasOwnProperty;
var objectToString = Object.prototype.toString;
var defineProperty = Object.defineProperty;
var isExtensible = Object.isExtensible;
var SymbolIterator = Symbol.iterator;
var SymbolToStringTag = Symbol.toStringTag;
var arrayValues = Array.prototype.values;  // internal/es installed it before this file loads

var kData = Symbol('tickscope.collection');     // a collection's Table / WeakTable
var kIter = Symbol('tickscope.iterator');       // an iterator's IterState
var kObjectId = Symbol('tickscope.objectId');   // an object key's id
var WEAK_SLOT = 'tickscope.weakSlot';           // description of a weak collection's symbol

var HOLE = { hole: true };   // a deleted entry

var MAP = 1;
var SET = 2;
var WEAKMAP = 3;
var WEAKSET = 4;

var KEYS = 0;
var VALUES = 1;
var ENTRIES = 2;

// Compact when there are more holes than this and more holes than entries.
var MIN_HOLES = 16;

// --- errors (V8's messages) -------------------------------------------------

// How V8 names a receiver in "called on incompatible receiver X".
function describeReceiver(value) {
  if (value === null || (typeof value !== 'object' && typeof value !== 'function')) {
    return typeof value === 'symbol' ? value.toString() : String(value);
  }
  if (typeof value === 'function') return Function.prototype.toString.call(value);
  var proto = Object.getPrototypeOf(value);
  if (proto === null || Array.isArray(value)) return objectToString.call(value);
  var ctor = proto.constructor;
  var name = typeof ctor === 'function' && typeof ctor.name === 'string' && ctor.name !== '' ?
    ctor.name : 'Object';
  return '#<' + name + '>';
}

function incompatible(method, receiver) {
  return new TypeError('Method ' + method + ' called on incompatible receiver ' +
    describeReceiver(receiver));
}

// How V8 names a value in "X is not a function" / "X is not iterable".
function describeValue(value, withValue) {
  switch (typeof value) {
    case 'undefined': return 'undefined';
    case 'string': return withValue ? 'string "' + value + '"' : 'string';
    case 'number': case 'boolean': return typeof value + ' ' + value;
    case 'symbol': return 'symbol';
    case 'function': return 'function';
    default: return value === null ? 'object null' : 'object';
  }
}

function notAFunction(value) {
  return new TypeError(describeValue(value, true) + ' is not a function');
}

function requiresNew(name) {
  return new TypeError("Constructor " + name + " requires 'new'");
}

function isObject(value) {
  return value !== null && (typeof value === 'object' || typeof value === 'function');
}

// --- Map and Set storage -----------------------------------------------------

var ids = { next: 0 };

function Epoch(keys, vals) {
  this.keys = keys;
  this.vals = vals;     // null for a Set
  this.next = null;     // the epoch that replaced this one
  this.removed = null;  // positions dropped on the way to `next` (null: cleared)
}

function Table(kind, owner) {
  this.kind = kind;
  this.owner = owner;
  this.size = 0;
  this.resetIndex();
  this.epoch = new Epoch([], kind === MAP ? [] : null);
  this.keys = this.epoch.keys;
  this.vals = this.epoch.vals;
}

Table.prototype.hole = HOLE;
Table.prototype.idKey = kObjectId;
Table.prototype.ids = ids;
Table.prototype.minHoles = MIN_HOLES;

Table.prototype.resetIndex = function () {
  this.str = Object.create(null);
  this.num = Object.create(null);
  this.other = Object.create(null);
  this.obj = Object.create(null);
  this.slow = null;
};

// The position of `key`, or -1.
Table.prototype.find = function (key) {
  var pos;
  var type = typeof key;
  if (type === 'string') {
    pos = this.str[key];
  } else if (type === 'number') {
    pos = this.num[key];
  } else if (key !== null && (type === 'object' || type === 'function')) {
    return this.findObject(key);
  } else {
    pos = this.other[key];
  }
  return pos === undefined ? -1 : pos;
};

Table.prototype.findObject = function (key) {
  var keys = this.keys;
  var id = key[this.idKey];
  if (id !== undefined) {
    var pos = this.obj[id];
    if (pos !== undefined && keys[pos] === key) return pos;
  }
  var slow = this.slow;
  if (slow !== null) {
    for (var i = 0; i < slow.length; i++) {
      if (keys[slow[i]] === key) return slow[i];
    }
  }
  return -1;
};

// Appends an entry whose key is not in the table (-0 already made +0).
Table.prototype.add = function (key, value) {
  var pos = this.keys.length;
  this.keys[pos] = key;
  if (this.vals !== null) this.vals[pos] = value;
  this.size++;
  this.indexKey(key, pos);
};

Table.prototype.indexKey = function (key, pos) {
  var type = typeof key;
  if (type === 'string') {
    this.str[key] = pos;
  } else if (type === 'number') {
    this.num[key] = pos;
  } else if (key !== null && (type === 'object' || type === 'function')) {
    this.indexObject(key, pos);
  } else {
    this.other[key] = pos;
  }
};

Table.prototype.indexObject = function (key, pos) {
  var idKey = this.idKey;
  var id = key[idKey];
  if (id === undefined || !hasOwn.call(key, idKey)) {
    id = undefined;
    if (isExtensible(key)) {
      var fresh = ++this.ids.next;
      try {
        defineProperty(key, idKey, { value: fresh });
        if (key[idKey] === fresh) id = fresh;
      } catch (e) {
        // A proxy refusing the property: searched linearly.
      }
    }
  }
  // No id, or one that another object answers with (a proxy and its target).
  if (id === undefined || this.obj[id] !== undefined) {
    if (this.slow === null) this.slow = [];
    this.slow.push(pos);
    return;
  }
  this.obj[id] = pos;
};

// Removes the entry at `pos`; compacts when holes outnumber entries.
Table.prototype.removeAt = function (pos) {
  var key = this.keys[pos];
  var type = typeof key;
  if (type === 'string') {
    delete this.str[key];
  } else if (type === 'number') {
    delete this.num[key];
  } else if (key !== null && (type === 'object' || type === 'function')) {
    var id = key[this.idKey];
    if (id !== undefined && this.obj[id] === pos) {
      delete this.obj[id];
    } else {
      this.slow.splice(this.slow.indexOf(pos), 1);
      if (this.slow.length === 0) this.slow = null;
    }
  } else {
    delete this.other[key];
  }
  this.keys[pos] = this.hole;
  if (this.vals !== null) this.vals[pos] = undefined;
  this.size--;
  var holes = this.keys.length - this.size;
  if (holes > this.minHoles && holes > this.size) this.compact();
};

Table.prototype.compact = function () {
  var old = this.epoch;
  var keys = old.keys;
  var vals = old.vals;
  var hole = this.hole;
  var newKeys = [];
  var newVals = vals !== null ? [] : null;
  var removed = [];
  this.resetIndex();
  for (var i = 0; i < keys.length; i++) {
    var key = keys[i];
    if (key === hole) {
      removed.push(i);
      continue;
    }
    var pos = newKeys.length;
    newKeys[pos] = key;
    if (newVals !== null) newVals[pos] = vals[i];
    this.indexKey(key, pos);
  }
  this.moveTo(new Epoch(newKeys, newVals), removed);
};

Table.prototype.clear = function () {
  this.resetIndex();
  this.size = 0;
  this.moveTo(new Epoch([], this.vals !== null ? [] : null), null);
};

Table.prototype.moveTo = function (epoch, removed) {
  var old = this.epoch;
  old.next = epoch;
  old.removed = removed;
  old.keys = null;
  old.vals = null;
  this.epoch = epoch;
  this.keys = epoch.keys;
  this.vals = epoch.vals;
};

// A cursor over a table's entries: the state of an iterator, or of forEach.
function Cursor(epoch, kind, owner) {
  this.epoch = epoch;   // null once done
  this.index = 0;
  this.kind = kind;     // KEYS, VALUES or ENTRIES
  this.owner = owner;   // the iterator object, or null
}

Cursor.prototype.hole = HOLE;

// The position of the next entry in this.epoch (which it may move to a newer
// epoch first), or -1 when there is none: then the cursor is done for good.
Cursor.prototype.advance = function () {
  var epoch = this.epoch;
  if (epoch === null) return -1;
  var i = this.index;
  while (epoch.next !== null) {
    var removed = epoch.removed;
    if (removed === null) {
      i = 0;
    } else {
      var n = 0;
      while (n < removed.length && removed[n] < i) n++;
      i -= n;
    }
    epoch = epoch.next;
  }
  var keys = epoch.keys;
  var len = keys.length;
  var hole = this.hole;
  while (i < len && keys[i] === hole) i++;
  if (i >= len) {
    this.epoch = null;
    return -1;
  }
  this.epoch = epoch;
  this.index = i + 1;
  return i;
};

function mapData(self, method) {
  var t = self != null ? self[kData] : undefined;
  if (t === undefined || t.owner !== self || t.kind !== MAP) throw incompatible(method, self);
  return t;
}

function setData(self, method) {
  var t = self != null ? self[kData] : undefined;
  if (t === undefined || t.owner !== self || t.kind !== SET) throw incompatible(method, self);
  return t;
}

// Defines methods, non-enumerable, under their function names (`delete` is
// reserved as a function name in ES5: those are written delete_).
function defineMethods(proto, methods) {
  for (var i = 0; i < methods.length; i++) {
    var fn = methods[i];
    var name = fn.name;
    if (name === 'delete_') {
      name = 'delete';
      defineProperty(fn, 'name', { value: name, configurable: true });
    }
    defineProperty(proto, name, { value: fn, writable: true, configurable: true, enumerable: false });
  }
}

function defineLength(fn, length) {
  defineProperty(fn, 'length', { value: length, configurable: true });
}

function defineSize(proto, getter) {
  defineProperty(getter, 'name', { value: 'get size', configurable: true });
  defineProperty(proto, 'size', { get: getter, configurable: true, enumerable: false });
}

function defineTag(obj, tag) {
  defineProperty(obj, SymbolToStringTag, { value: tag, configurable: true });
}

function defineHidden(obj, key, value) {
  defineProperty(obj, key, { value: value });
}

// --- filling from an iterable ------------------------------------------------

// Calls each(value) for every value `iterable` yields: through its
// Symbol.iterator method when it has one (closing the iterator when each
// throws), else by index for what V8 iterates natively but Duktape has no
// iterator for: arrays, typed arrays, arguments and strings (by code point).
function iterate(iterable, each) {
  var method = iterable[SymbolIterator];
  // An array with the built-in iterator: walked by index, which is what that
  // iterator would do, without an iterator object per step.
  if (method === arrayValues && Array.isArray(iterable)) method = undefined;
  if (typeof method === 'function') {
    var iterator = method.call(iterable);
    if (!isObject(iterator)) throw new TypeError('Result of the Symbol.iterator method is not an object');
    var next = iterator.next;
    for (;;) {
      var result = next.call(iterator);
      if (!isObject(result)) throw new TypeError('Iterator result ' + String(result) + ' is not an object');
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
  var i;
  if (typeof iterable === 'string') {
    for (i = 0; i < iterable.length; i++) {
      var code = iterable.charCodeAt(i);
      if (code >= 0xd800 && code <= 0xdbff && i + 1 < iterable.length) {
        var low = iterable.charCodeAt(i + 1);
        if (low >= 0xdc00 && low <= 0xdfff) {
          each(iterable.slice(i, i + 2));
          i++;
          continue;
        }
      }
      each(iterable.charAt(i));
    }
    return;
  }
  if (method === undefined && isObject(iterable) && (Array.isArray(iterable) ||
      ArrayBuffer.isView(iterable) && !(iterable instanceof DataView) ||
      objectToString.call(iterable) === '[object Arguments]')) {
    for (i = 0; i < iterable.length; i++) each(iterable[i]);
    return;
  }
  throw new TypeError(describeValue(iterable, false) +
    ' is not iterable (cannot read property Symbol(Symbol.iterator))');
}

function notEntry(value) {
  return new TypeError('Iterator value ' + (typeof value === 'symbol' ? value.toString() : String(value)) +
    ' is not an entry object');
}

// new Map(iterable) / new WeakMap(iterable): calls target.set(k, v) for each
// entry, as the spec says (a subclass or a patched prototype sees the calls).
function fillMap(target, iterable, name) {
  var adder = target.set;
  if (typeof adder !== 'function') {
    throw new TypeError("'" + String(adder) + "' returned for property 'set' of object '#<" + name +
      ">' is not a function");
  }
  iterate(iterable, function (entry) {
    if (!isObject(entry)) throw notEntry(entry);
    adder.call(target, entry[0], entry[1]);
  });
}

function fillSet(target, iterable, name) {
  var adder = target.add;
  if (typeof adder !== 'function') {
    throw new TypeError("'" + String(adder) + "' returned for property 'add' of object '#<" + name +
      ">' is not a function");
  }
  iterate(iterable, function (value) {
    adder.call(target, value);
  });
}

// --- iterators -----------------------------------------------------------------

// %IteratorPrototype% (iterators are iterable: they return themselves), the
// one array and string iterators share too (internal/es/iterators).
var IteratorPrototype = require('internal/es/iterators').IteratorPrototype;

var MapIteratorPrototype = Object.create(IteratorPrototype);
var SetIteratorPrototype = Object.create(IteratorPrototype);

function makeIterator(proto, table, kind, isSet) {
  var it = Object.create(proto);
  var cursor = new Cursor(table.epoch, kind, it);
  cursor.isSet = isSet;
  defineHidden(it, kIter, cursor);
  return it;
}

function iteratorResult(value, done) {
  return { value: value, done: done };
}

defineMethods(MapIteratorPrototype, [
  function next() {
    var c = this != null ? this[kIter] : undefined;
    if (c === undefined || c.owner !== this || c.isSet) {
      throw incompatible('Map Iterator.prototype.next', this);
    }
    var pos = c.advance();
    if (pos === -1) return { value: undefined, done: true };
    var e = c.epoch;
    if (c.kind === KEYS) return { value: e.keys[pos], done: false };
    if (c.kind === VALUES) return { value: e.vals[pos], done: false };
    return { value: [e.keys[pos], e.vals[pos]], done: false };
  }
]);
defineTag(MapIteratorPrototype, 'Map Iterator');

defineMethods(SetIteratorPrototype, [
  function next() {
    var c = this != null ? this[kIter] : undefined;
    if (c === undefined || c.owner !== this || !c.isSet) {
      throw incompatible('Set Iterator.prototype.next', this);
    }
    var pos = c.advance();
    if (pos === -1) return { value: undefined, done: true };
    var key = c.epoch.keys[pos];
    if (c.kind === ENTRIES) return { value: [key, key], done: false };
    return { value: key, done: false };
  }
]);
defineTag(SetIteratorPrototype, 'Set Iterator');

// --- Map ---------------------------------------------------------------------

function Map(iterable) {
  if (!(this instanceof Map) || hasOwn.call(this, kData)) throw requiresNew('Map');
  defineHidden(this, kData, new Table(MAP, this));
  if (iterable !== undefined && iterable !== null) fillMap(this, iterable, 'Map');
}
defineLength(Map, 0);

defineMethods(Map.prototype, [
  // (get and set handle string keys inline: a method call is ~0.3 us.)
  function get(key) {
    var t = this != null ? this[kData] : undefined;
    if (t === undefined || t.owner !== this || t.kind !== 1) throw incompatible('Map.prototype.get', this);
    if (typeof key === 'string') {
      var at = t.str[key];
      return at === undefined ? undefined : t.vals[at];
    }
    var pos = t.find(key);
    return pos === -1 ? undefined : t.vals[pos];
  },
  function set(key, value) {
    var t = this != null ? this[kData] : undefined;
    if (t === undefined || t.owner !== this || t.kind !== 1) throw incompatible('Map.prototype.set', this);
    if (typeof key === 'string') {
      var at = t.str[key];
      if (at === undefined) {
        var keys = t.keys;
        at = keys.length;
        keys[at] = key;
        t.vals[at] = value;
        t.str[key] = at;
        t.size++;
      } else {
        t.vals[at] = value;
      }
      return this;
    }
    var pos = t.find(key);
    if (pos === -1) {
      t.add(key === 0 ? 0 : key, value);
    } else {
      t.vals[pos] = value;
    }
    return this;
  },
  function has(key) {
    var t = this != null ? this[kData] : undefined;
    if (t === undefined || t.owner !== this || t.kind !== 1) throw incompatible('Map.prototype.has', this);
    return t.find(key) !== -1;
  },
  function delete_(key) {
    var t = mapData(this, 'Map.prototype.delete');
    var pos = t.find(key);
    if (pos === -1) return false;
    t.removeAt(pos);
    return true;
  },
  function clear() {
    mapData(this, 'Map.prototype.clear').clear();
  },
  function entries() {
    return makeIterator(MapIteratorPrototype, mapData(this, 'Map.prototype.entries'), ENTRIES, false);
  },
  function forEach(callback, thisArg) {
    var t = mapData(this, 'Map.prototype.forEach');
    if (typeof callback !== 'function') throw notAFunction(callback);
    var c = new Cursor(t.epoch, ENTRIES, null);
    var pos;
    while ((pos = c.advance()) !== -1) {
      var e = c.epoch;
      if (thisArg === undefined) {
        callback(e.vals[pos], e.keys[pos], this);
      } else {
        callback.call(thisArg, e.vals[pos], e.keys[pos], this);
      }
    }
  },
  function keys() {
    return makeIterator(MapIteratorPrototype, mapData(this, 'Map.prototype.keys'), KEYS, false);
  }
]);
defineSize(Map.prototype, function () {
  return mapData(this, 'get Map.prototype.size').size;
});
defineMethods(Map.prototype, [
  function values() {
    return makeIterator(MapIteratorPrototype, mapData(this, 'Map.prototype.values'), VALUES, false);
  }
]);
defineProperty(Map.prototype, SymbolIterator, { value: Map.prototype.entries, writable: true,
  configurable: true });
defineTag(Map.prototype, 'Map');

// --- Set ---------------------------------------------------------------------

function Set(iterable) {
  if (!(this instanceof Set) || hasOwn.call(this, kData)) throw requiresNew('Set');
  defineHidden(this, kData, new Table(SET, this));
  if (iterable !== undefined && iterable !== null) fillSet(this, iterable, 'Set');
}
defineLength(Set, 0);

defineMethods(Set.prototype, [
  function has(value) {
    var t = this != null ? this[kData] : undefined;
    if (t === undefined || t.owner !== this || t.kind !== 2) throw incompatible('Set.prototype.has', this);
    return t.find(value) !== -1;
  },
  function add(value) {
    var t = this != null ? this[kData] : undefined;
    if (t === undefined || t.owner !== this || t.kind !== 2) throw incompatible('Set.prototype.add', this);
    if (t.find(value) === -1) t.add(value === 0 ? 0 : value);
    return this;
  },
  function delete_(value) {
    var t = setData(this, 'Set.prototype.delete');
    var pos = t.find(value);
    if (pos === -1) return false;
    t.removeAt(pos);
    return true;
  },
  function clear() {
    setData(this, 'Set.prototype.clear').clear();
  },
  function entries() {
    return makeIterator(SetIteratorPrototype, setData(this, 'Set.prototype.entries'), ENTRIES, true);
  },
  function forEach(callback, thisArg) {
    var t = setData(this, 'Set.prototype.forEach');
    if (typeof callback !== 'function') throw notAFunction(callback);
    var c = new Cursor(t.epoch, KEYS, null);
    var pos;
    while ((pos = c.advance()) !== -1) {
      var value = c.epoch.keys[pos];
      if (thisArg === undefined) {
        callback(value, value, this);
      } else {
        callback.call(thisArg, value, value, this);
      }
    }
  }
]);
defineSize(Set.prototype, function () {
  return setData(this, 'get Set.prototype.size').size;
});
defineMethods(Set.prototype, [
  function values() {
    return makeIterator(SetIteratorPrototype, setData(this, 'Set.prototype.values'), VALUES, true);
  }
]);
defineProperty(Set.prototype, 'keys', { value: Set.prototype.values, writable: true,
  configurable: true });
defineProperty(Set.prototype, SymbolIterator, { value: Set.prototype.values, writable: true,
  configurable: true });
defineTag(Set.prototype, 'Set');

// --- WeakMap and WeakSet -----------------------------------------------------

function WeakTable(kind, owner) {
  this.kind = kind;
  this.owner = owner;
  this.slot = Symbol(WEAK_SLOT);
  this.slowKeys = null;   // keys that cannot hold the slot (held strongly)
  this.slowCells = null;
}

// A key a weak collection accepts: an object, or a symbol not made by
// Symbol.for (ES2023).
function canBeHeldWeakly(key) {
  if (typeof key === 'symbol') return Symbol.keyFor(key) === undefined;
  return isObject(key);
}

// A cell is { key, value, live }. It names its key because a slot can be
// seen on objects that do not own it: through a prototype that is a key
// itself, or through a proxy (Duktape forwards a proxy's property reads and
// definitions to its target).

// The live cell of `key`, or undefined.
WeakTable.prototype.cell = function (key) {
  var cell;
  if (typeof key !== 'symbol') {
    cell = key[this.slot];
    if (cell !== undefined && cell.key === key) return cell.live ? cell : undefined;
  }
  if (this.slowKeys !== null) {
    var i = this.slowKeys.indexOf(key);
    if (i !== -1) return this.slowCells[i];
  }
  return undefined;
};

WeakTable.prototype.put = function (key, value) {
  var cell = this.cell(key);
  if (cell === undefined && typeof key !== 'symbol') {
    cell = key[this.slot];
    if (cell !== undefined && cell.key !== key) cell = undefined;   // not this key's
  }
  if (cell !== undefined) {
    cell.value = value;
    cell.live = true;
    return;
  }
  cell = { key: key, value: value, live: true };
  if (typeof key !== 'symbol' && isExtensible(key) && this.canDefine(key)) {
    try {
      defineProperty(key, this.slot, { value: cell, configurable: true });
      if (key[this.slot] === cell) return;
    } catch (e) {
      // A proxy refusing the property: kept in the list.
    }
  }
  if (this.slowKeys === null) {
    this.slowKeys = [];
    this.slowCells = [];
  }
  this.slowKeys.push(key);
  this.slowCells.push(cell);
};

// Whether defining the slot on `key` leaves other keys' cells alone: when
// another key's cell shows through, only if it comes from a prototype (not
// from a proxy's target, or owned by the key for another key).
WeakTable.prototype.canDefine = function (key) {
  var slot = this.slot;
  if (key[slot] === undefined) return true;
  if (hasOwn.call(key, slot)) return false;
  for (var proto = Object.getPrototypeOf(key); proto !== null; proto = Object.getPrototypeOf(proto)) {
    if (hasOwn.call(proto, slot)) return true;
  }
  return false;
};

WeakTable.prototype.remove = function (key) {
  if (typeof key !== 'symbol') {
    var cell = key[this.slot];
    if (cell !== undefined && cell.key === key) {
      if (!cell.live) return false;
      cell.live = false;
      try {
        delete key[this.slot];
      } catch (e) {
        // A key frozen since: the dead cell stays.
      }
      return true;
    }
  }
  if (this.slowKeys === null) return false;
  var i = this.slowKeys.indexOf(key);
  if (i === -1) return false;
  this.slowKeys.splice(i, 1);
  this.slowCells.splice(i, 1);
  return true;
};

function weakData(self, kind, method) {
  var t = self != null ? self[kData] : undefined;
  if (t === undefined || t.owner !== self || t.kind !== kind) throw incompatible(method, self);
  return t;
}

function WeakMap(iterable) {
  if (!(this instanceof WeakMap) || hasOwn.call(this, kData)) throw requiresNew('WeakMap');
  defineHidden(this, kData, new WeakTable(WEAKMAP, this));
  if (iterable !== undefined && iterable !== null) fillMap(this, iterable, 'WeakMap');
}
defineLength(WeakMap, 0);

defineMethods(WeakMap.prototype, [
  function delete_(key) {
    var t = weakData(this, WEAKMAP, 'WeakMap.prototype.delete');
    return canBeHeldWeakly(key) ? t.remove(key) : false;
  },
  function get(key) {
    var t = weakData(this, WEAKMAP, 'WeakMap.prototype.get');
    if (!canBeHeldWeakly(key)) return undefined;
    var cell = t.cell(key);
    return cell === undefined ? undefined : cell.value;
  },
  function set(key, value) {
    var t = weakData(this, WEAKMAP, 'WeakMap.prototype.set');
    if (!canBeHeldWeakly(key)) throw new TypeError('Invalid value used as weak map key');
    t.put(key, value);
    return this;
  },
  function has(key) {
    var t = weakData(this, WEAKMAP, 'WeakMap.prototype.has');
    return canBeHeldWeakly(key) && t.cell(key) !== undefined;
  }
]);
defineTag(WeakMap.prototype, 'WeakMap');

function WeakSet(iterable) {
  if (!(this instanceof WeakSet) || hasOwn.call(this, kData)) throw requiresNew('WeakSet');
  defineHidden(this, kData, new WeakTable(WEAKSET, this));
  if (iterable !== undefined && iterable !== null) fillSet(this, iterable, 'WeakSet');
}
defineLength(WeakSet, 0);

defineMethods(WeakSet.prototype, [
  function delete_(value) {
    var t = weakData(this, WEAKSET, 'WeakSet.prototype.delete');
    return canBeHeldWeakly(value) ? t.remove(value) : false;
  },
  function has(value) {
    var t = weakData(this, WEAKSET, 'WeakSet.prototype.has');
    return canBeHeldWeakly(value) && t.cell(value) !== undefined;
  },
  function add(value) {
    var t = weakData(this, WEAKSET, 'WeakSet.prototype.add');
    if (!canBeHeldWeakly(value)) throw new TypeError('Invalid value used in weak set');
    t.put(value, true);
    return this;
  }
]);
defineTag(WeakSet.prototype, 'WeakSet');

defineLength(Map.prototype.forEach, 1);
defineLength(Set.prototype.forEach, 1);

// --- for the rest of the runtime ------------------------------------------------

function tableOf(value, kind) {
  if (value === null || typeof value !== 'object') return undefined;
  var t = value[kData];
  return t !== undefined && t !== null && t.owner === value && t.kind === kind ? t : undefined;
}

function cursorOf(value, isSet) {
  if (value === null || typeof value !== 'object') return undefined;
  var c = value[kIter];
  return c !== undefined && c !== null && c.owner === value && c.isSet === isSet ? c : undefined;
}

function isMap(value) { return tableOf(value, MAP) !== undefined; }
function isSet(value) { return tableOf(value, SET) !== undefined; }
function isWeakMap(value) { return tableOf(value, WEAKMAP) !== undefined; }
function isWeakSet(value) { return tableOf(value, WEAKSET) !== undefined; }
function isMapIterator(value) { return cursorOf(value, false) !== undefined; }
function isSetIterator(value) { return cursorOf(value, true) !== undefined; }

var kindNames = { 1: 'Map', 2: 'Set', 3: 'WeakMap', 4: 'WeakSet' };

// 'Map', 'Set', 'WeakMap', 'WeakSet', 'Map Iterator', 'Set Iterator', or
// undefined for anything else (one look instead of six is* calls).
function kindOf(value) {
  if (value === null || typeof value !== 'object') return undefined;
  var t = value[kData];
  if (t !== undefined && t !== null && t.owner === value) return kindNames[t.kind];
  var c = value[kIter];
  if (c !== undefined && c !== null && c.owner === value) return c.isSet ? 'Set Iterator' : 'Map Iterator';
  return undefined;
}

// The entries of a Map ([k1, v1, k2, v2, ...]) or the values of a Set, read
// without calling any user-visible method.
function entriesOf(value) {
  var t = tableOf(value, MAP) || tableOf(value, SET);
  var out = [];
  var keys = t.keys;
  var vals = t.vals;
  for (var i = 0; i < keys.length; i++) {
    if (keys[i] === HOLE) continue;
    out.push(keys[i]);
    if (vals !== null) out.push(vals[i]);
  }
  return out;
}

function sizeOf(value) {
  var t = tableOf(value, MAP) || tableOf(value, SET);
  return t.size;
}

// What a Map or Set iterator would still yield, without advancing it (V8's
// previewEntries): [entries, isKeyValue], entries flat as [k1, v1, ...] for
// entry iterators.
function previewIterator(value) {
  var c = cursorOf(value, false) || cursorOf(value, true);
  var probe = new Cursor(c.epoch, c.kind, null);
  probe.index = c.index;
  var out = [];
  var pos;
  var entries = c.kind === ENTRIES;
  while ((pos = probe.advance()) !== -1) {
    var e = probe.epoch;
    var key = e.keys[pos];
    var val = e.vals !== null ? e.vals[pos] : key;
    if (entries) {
      out.push(key, val);
    } else {
      out.push(c.kind === KEYS ? key : val);
    }
  }
  return [out, entries];
}

// Map and Set lookups for deep equality (no user-visible calls).
function has(collection, key) {
  var t = tableOf(collection, MAP) || tableOf(collection, SET);
  return t.find(key) !== -1;
}

function get(map, key) {
  var t = tableOf(map, MAP);
  var pos = t.find(key);
  return pos === -1 ? undefined : t.vals[pos];
}

// The symbols this file puts on objects, which util.inspect does not show.
function isInternalSymbol(sym) {
  return sym === kObjectId || sym === kData || sym === kIter ||
    sym.toString() === 'Symbol(' + WEAK_SLOT + ')';
}

module.exports = {
  Map: Map,
  Set: Set,
  WeakMap: WeakMap,
  WeakSet: WeakSet,
  isMap: isMap,
  isSet: isSet,
  isWeakMap: isWeakMap,
  isWeakSet: isWeakSet,
  isMapIterator: isMapIterator,
  isSetIterator: isSetIterator,
  kindOf: kindOf,
  entriesOf: entriesOf,
  sizeOf: sizeOf,
  previewIterator: previewIterator,
  has: has,
  get: get,
  isInternalSymbol: isInternalSymbol,
  // For other iterables (URLSearchParams): %IteratorPrototype% and the
  // iteration that also walks arrays, which Duktape gives no iterator.
  IteratorPrototype: IteratorPrototype,
  iterate: iterate
};
