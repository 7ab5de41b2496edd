// Set: add/has/delete/clear/size; forEach passes (value, value, set) and
// honours thisArg.
var s = new Set();
console.log(s.add(1) === s, s.size);
s.add(2).add(1).add('1');
console.log(s.size, s.has(1), s.has('1'), s.has(3));
console.log(s.delete(1), s.delete(1), s.has(1), s.size);
var ctx = { tag: 'ctx' };
s.forEach(function (a, b, set) {
  console.log(a, b, set === s, this.tag);
}, ctx);
s.forEach(function () {
  'use strict';
  console.log(this === undefined);
});
s.clear();
console.log(s.size, s.has(2));
var obj = {};
s.add(obj).add(obj).add({});
console.log(s.size, s.has(obj));
