// The shape of the constructors and prototypes: property names and order,
// lengths, names, toStringTag, Object.prototype.toString, JSON.
function names(obj) {
  return Object.getOwnPropertyNames(obj);
}
console.log(names(Map.prototype));
console.log(names(Set.prototype));
console.log(names(WeakMap.prototype));
console.log(names(WeakSet.prototype));
console.log(Object.keys(Map.prototype), Object.keys(new Map([[1, 2]])), Object.keys(Set.prototype));
var p = Map.prototype;
console.log(p.get.length, p.set.length, p.has.length, p['delete'].length, p.clear.length,
  p.forEach.length, p.keys.length, p.entries.length, p.values.length);
console.log(p.get.name, p['delete'].name, Set.prototype.add.name, Set.prototype.keys.name);
var size = Object.getOwnPropertyDescriptor(Map.prototype, 'size');
console.log(typeof size.get, size.set, size.enumerable, size.configurable, size.get.name);
console.log(Map.prototype[Symbol.toStringTag], Set.prototype[Symbol.toStringTag],
  WeakMap.prototype[Symbol.toStringTag], WeakSet.prototype[Symbol.toStringTag]);
console.log(Object.prototype.toString.call(new Map()), Object.prototype.toString.call(new Set()),
  Object.prototype.toString.call(new WeakMap()), String(new WeakSet()), '' + new Map());
console.log(JSON.stringify(new Map([['a', 1]])), JSON.stringify({ s: new Set([1]), w: new WeakMap() }));
console.log(Map.prototype.constructor === Map, Object.getPrototypeOf(new Set()) === Set.prototype);
var d = Object.getOwnPropertyDescriptor(globalThis, 'Map');
console.log(d.writable, d.enumerable, d.configurable, Object.keys(globalThis).indexOf('Map'));
console.log(typeof Map, typeof Set, typeof WeakMap, typeof WeakSet);
var m = new Map();
console.log(typeof m, m instanceof Map, m instanceof Set, Object.isExtensible(m));
var frozenMap = Object.freeze(new Map());
frozenMap.set(1, 2);
console.log(frozenMap.get(1), frozenMap.size);
