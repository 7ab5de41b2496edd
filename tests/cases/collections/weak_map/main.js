// WeakMap: object (and non-registered symbol) keys only, get/set/has/delete;
// frozen keys work; keys stay free of visible properties.
var wm = new WeakMap();
var a = {};
var b = function () {};
console.log(wm.set(a, 1) === wm, wm.get(a), wm.has(a), wm.get({}), wm.has({}));
wm.set(b, 'fn').set(a, 2);
console.log(wm.get(b), wm.get(a));
console.log(wm.delete(a), wm.delete(a), wm.has(a), wm.get(a));
console.log(wm.get(1), wm.has('x'), wm.delete(null));
var frozen = Object.freeze({});
wm.set(frozen, 'frozen');
console.log(wm.get(frozen), wm.has(frozen), wm.delete(frozen), wm.has(frozen));
var later = {};
wm.set(later, 'x');
Object.freeze(later);
console.log(wm.get(later), wm.delete(later), wm.has(later));
wm.set(later, 'y');
console.log(wm.get(later));
var other = new WeakMap([[a, 'other']]);
wm.set(a, 'mine');
console.log(other.get(a), wm.get(a));
other.delete(a);
console.log(other.has(a), wm.get(a));
var child = Object.create(a);
console.log(wm.has(child), wm.get(child));
var sym = Symbol('weak');
wm.set(sym, 'symbol');
console.log(wm.get(sym), wm.has(sym), wm.delete(sym), wm.has(sym));
try {
  wm.set(Symbol.for('registered'), 1);
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
[1, 'str', null, undefined, true].forEach(function (key) {
  try {
    wm.set(key, 1);
  } catch (e) {
    console.log(e.name + ': ' + e.message);
  }
});
console.log(Object.keys(a), JSON.stringify(a));
var fromIterable = new WeakMap([[a, 1], [b, 2]]);
console.log(fromIterable.get(b));
try {
  new WeakMap([[1, 2]]);
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
