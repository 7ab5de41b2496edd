// The constructors take an iterable: an array, a Map or Set, a string (by
// code point), arguments, a typed array, or anything with Symbol.iterator.
var m = new Map([['a', 1], ['b', 2], ['a', 3]]);
console.log(m.size, m.get('a'));
var copy = new Map(m);
copy.set('c', 4);
console.log(copy.size, m.size, copy.get('b'));
console.log(new Map(null).size, new Map(undefined).size, new Set(null).size);
var fromEntries = new Map(m.entries());
console.log(fromEntries.get('b'));
console.log(new Set('hello').size, new Set('\ud83d\ude00\ud83d\ude00x').size);
console.log(new Set(new Uint8Array([1, 2, 2, 3])).size);
(function () { console.log(new Set(arguments).size); })(1, 2, 2);
var s = new Set(m.keys());
console.log(s.has('a'), s.has('b'), s.size);
console.log(new Map([[1]]).get(1), new Map([[]]).has(undefined), new Map([{ 0: 'k', 1: 'v' }]).get('k'));
var custom = {};
custom[Symbol.iterator] = function () {
  var i = 0;
  return { next: function () { i++; return i <= 3 ? { value: [i, i * i], done: false } : { done: true }; } };
};
console.log(new Map(custom).get(3));
// The iterator is closed (return() called) when adding throws.
var closed = false;
var bad = {};
bad[Symbol.iterator] = function () {
  return {
    next: function () { return { value: 1, done: false }; },
    return: function () { closed = true; return {}; }
  };
};
try {
  new Map(bad);
} catch (e) {
  console.log(e.name, e.message, closed);
}
// The constructor calls set / add as the spec says.
var calls = [];
var origAdd = Set.prototype.add;
Set.prototype.add = function (v) { calls.push(v); return origAdd.call(this, v); };
new Set([1, 2]);
Set.prototype.add = origAdd;
console.log(calls);
console.log(Map.name, Map.length, Set.length, WeakMap.length, WeakSet.length);
console.log(new Map() instanceof Map, new Set() instanceof Set, typeof Map);
