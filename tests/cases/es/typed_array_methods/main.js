// Typed arrays get the array methods through %TypedArray%.prototype: map,
// filter, reduce, join, sort (numeric by default), slice (a copy), includes,
// indexOf, fill, at, iteration... and Buffer keeps its own where Node's
// differs (slice shares memory) while getting the rest.
var u = new Uint8Array([5, 1, 4, 200, 3]);
console.log(u.map(function (x) { return x * 2; }), u.filter(function (x) { return x > 3; }), u.reduce(function (a, b) { return a + b; }));
console.log(u.join('-'), String(u), u.includes(200), u.indexOf(4), u.lastIndexOf(9), u.at(-1), u.find(function (x) { return x > 4; }));
console.log(new Uint8Array(u).sort(), new Float64Array([3, -0, NaN, 0, -Infinity, 1e9]).sort(), new Int16Array([3, 1, 2]).sort(function (a, b) { return b - a; }));
var copy = u.slice(1, 3);
copy[0] = 99;
console.log(copy, u[1], new Int32Array([1, 2, 3, 4]).fill(7, 1, 3), new Uint8Array([1, 2, 3, 4, 5]).copyWithin(0, 3));
console.log(Array.from(u.entries()), Array.from(u.keys()), Array.from(new Float32Array([0.5]).values()));
console.log(u.some(function (x) { return x > 100; }), u.every(function (x) { return x > 0; }), new Uint8Array([1, 2]).reverse(), u.toReversed(), u.with(0, 7), u);
console.log(Uint8Array.from([1, 2, 3], function (x) { return x * 3; }), Int8Array.of(1, -1, 300), Uint16Array.from('123'));
var b = Buffer.from('hello');
var view = b.slice(0, 2);
view[0] = 72;
console.log(b.toString(), b.map(function (c) { return c + 1; }), Buffer.isBuffer(b.map(function (c) { return c; })), b.filter(function (c) { return c > 104; }).toString());
console.log(b.join(','), b.at(-1), Array.from(b.values()).length, b.reduce(function (a, c) { return a + c; }, 0));
try { new Uint8Array(2).reduce(function () {}); } catch (e) { console.log(e.name); }
try { new Uint8Array(0).reduce(function () {}); } catch (e) { console.log(e.name + ': ' + e.message); }
