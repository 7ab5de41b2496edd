// util.inspect of Map and Set iterators: the remaining entries, without
// advancing the iterator.
var m = new Map([[1, 'a'], [2, 'b'], [3, 'c']]);
console.log(m.keys(), m.values(), m.entries(), m[Symbol.iterator]());
var s = new Set(['x', 'y']);
console.log(s.values(), s.keys(), s.entries());
var it = m.keys();
it.next();
console.log(it);
console.log(it.next());
it.next();
it.next();
console.log(it);
var emptyIt = new Set().values();
console.log(emptyIt);
console.log(Object.getPrototypeOf(m.keys()), Object.getPrototypeOf(s.values()));
console.log({ nested: { deeper: { it: m.entries() } } });
console.log([s.entries()]);
