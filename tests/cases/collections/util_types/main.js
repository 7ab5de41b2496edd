// util.types.isMap / isSet / isWeakMap / isWeakSet / isMapIterator /
// isSetIterator tell the real objects from look-alikes.
var types = require('util').types;
var m = new Map();
var s = new Set();
var fake = {};
fake[Symbol.toStringTag] = 'Map';
var values = [m, s, new WeakMap(), new WeakSet(), m.keys(), m.entries(), s.values(), s.entries(),
  {}, [], fake, Object.create(m), Map.prototype, Object.getPrototypeOf(m.keys()), null, 1, 'Map'];
var checks = ['isMap', 'isSet', 'isWeakMap', 'isWeakSet', 'isMapIterator', 'isSetIterator'];
values.forEach(function (v, i) {
  console.log(i, checks.map(function (c) { return types[c](v) ? 1 : 0; }).join(''));
});
console.log(Object.prototype.toString.call(fake), Object.prototype.toString.call(m.keys()));
