// keys/values/entries return iterator objects; [Symbol.iterator] is entries
// for a Map and values for a Set; iterators are iterable themselves and
// stay done once done.
var m = new Map([['a', 1], ['b', 2]]);
console.log(Map.prototype[Symbol.iterator] === Map.prototype.entries);
console.log(Set.prototype[Symbol.iterator] === Set.prototype.values, Set.prototype.keys === Set.prototype.values);
var k = m.keys();
console.log(k.next(), k.next(), k.next(), k.next());
var v = m.values();
console.log(v.next(), v.next().value);
var e = m[Symbol.iterator]();
console.log(e.next(), e[Symbol.iterator]() === e);
console.log(Object.prototype.toString.call(e), typeof e.next);
var s = new Set(['x', 'y']);
var se = s.entries();
console.log(se.next(), se.next(), se.next());
var sv = s[Symbol.iterator]();
console.log(sv.next(), Object.prototype.toString.call(sv));
var mapIterProto = Object.getPrototypeOf(m.keys());
var setIterProto = Object.getPrototypeOf(s.values());
console.log(mapIterProto === Object.getPrototypeOf(m.entries()), mapIterProto !== setIterProto);
console.log(Object.getPrototypeOf(mapIterProto) === Object.getPrototypeOf(setIterProto));
console.log(Object.getOwnPropertyNames(mapIterProto), mapIterProto[Symbol.toStringTag], setIterProto[Symbol.toStringTag]);
console.log(mapIterProto.hasOwnProperty('next'), mapIterProto.propertyIsEnumerable('next'));
// Two iterators are independent.
var i1 = m.keys();
var i2 = m.keys();
i1.next();
console.log(i1.next().value, i2.next().value);
// The results are fresh objects.
var it = m.entries();
var r1 = it.next();
r1.value[0] = 'changed';
console.log(m.get('a'), m.has('changed'));
