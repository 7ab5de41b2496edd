// Array.from and Array.of; iterating arrays, strings (by code point), Maps
// and Sets through keys/values/entries and Symbol.iterator; an iterator
// sees elements pushed while it runs.
console.log(Array.from('a\ud83d\ude00b'), Array.from({ length: 3 }, function (_, i) { return i * i; }));
console.log(Array.from(new Set([1, 1, 2])), Array.from(new Map([[1, 'a']])), Array.from([1, 2], function (x) { return this.k * x; }, { k: 10 }));
console.log(Array.of(7), Array.of(1, 2, 3), Array.of().length, Array.from({ length: 2, 0: 'x' }));
var it = ['a', 'b'].entries();
console.log(it.next(), it.next(), it.next(), it.next());
console.log(Array.from([5, 6].keys()), Array.from(['x'].values()), Array.prototype[Symbol.iterator] === Array.prototype.values);
var growing = [1];
var seen = [];
var g = growing.values();
for (var step = g.next(); !step.done; step = g.next()) {
  seen.push(step.value);
  if (growing.length < 4) growing.push(step.value + 1);
}
console.log(seen);
var s = 'h\u00e9\ud83d\ude00'[Symbol.iterator]();
console.log(s.next().value, s.next().value, s.next().value.length, s.next().done);
console.log(typeof it[Symbol.iterator], it[Symbol.iterator]() === it, Object.prototype.toString.call(it), Object.prototype.toString.call(s));
console.log(new Map(Object.entries({ a: 1 })).get('a'), Object.fromEntries(new Map([['k', 'v']])));
console.log(Array.from(new Uint8Array([3, 4])), Array.from(arguments.length ? arguments : [0]).length);
try { Array.from(null); } catch (e) { console.log(e.name); }
try { Array.from([1], 5); } catch (e) { console.log(e.name + ': ' + e.message); }
