// Object keys by identity: equal-looking objects are different keys; frozen,
// sealed and non-extensible objects work too; functions and arrays are keys.
var a = { id: 1 };
var b = { id: 1 };
var m = new Map([[a, 'a']]);
console.log(m.get(a), m.get(b), m.has(b), m.size);
m.set(b, 'b');
console.log(m.get(a), m.get(b), m.size);
var frozen = Object.freeze({ f: 1 });
var sealed = Object.seal({ s: 1 });
var closed = Object.preventExtensions({ p: 1 });
m.set(frozen, 'frozen').set(sealed, 'sealed').set(closed, 'closed');
console.log(m.get(frozen), m.get(sealed), m.get(closed), m.get(Object.freeze({ f: 1 })), m.size);
console.log(m.delete(sealed), m.has(sealed), m.has(frozen), m.has(closed), m.size);
m.set(sealed, 'sealed again');
console.log(m.get(sealed), m.size);
function fn() {}
var arr = [1, 2];
m.set(fn, 'function').set(arr, 'array').set(Math, 'Math').set(Object.prototype, 'proto');
console.log(m.get(fn), m.get(arr), m.get([1, 2]), m.get(Math), m.get(Object.prototype), m.get({}));
// A key's prototype is another key: the child is not found through it.
var parent = {};
var child = Object.create(parent);
var m2 = new Map([[parent, 'parent']]);
console.log(m2.get(child), m2.has(child));
m2.set(child, 'child');
console.log(m2.get(parent), m2.get(child), m2.size);
// The same object in several maps; deleting from one leaves the others.
var m3 = new Map([[a, 3]]);
var m4 = new Map([[a, 4]]);
m3.delete(a);
console.log(m3.has(a), m4.get(a), m.get(a));
// Keys stay clean: no enumerable properties, JSON and for-in unchanged.
var keys = [];
for (var k in a) keys.push(k);
console.log(Object.keys(a), keys, JSON.stringify(a), Object.isFrozen(frozen));
// An object frozen after it became a key is still found and deletable.
var later = {};
var m5 = new Map([[later, 1]]);
Object.freeze(later);
console.log(m5.get(later), m5.delete(later), m5.has(later), m5.size);
m5.set(later, 2);
console.log(m5.get(later));
