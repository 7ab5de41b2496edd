// Array.prototype.sort is stable, as in V8: records with equal keys keep
// their order. undefined sorts last (the comparator never sees it), holes
// after that; the default order compares strings. A comparator returning
// booleans (a common mistake) gives V8's order for short arrays.
var rows = [];
var names = ['ann', 'bob', 'cy', 'dee', 'eve', 'fay', 'gus', 'hal', 'ivy', 'jo'];
for (var i = 0; i < 100; i++) rows.push({ name: names[i % 10] + i, group: (i * 7) % 4 });
var sorted = rows.slice().sort(function (a, b) { return a.group - b.group; });
console.log(sorted.map(function (r) { return r.group + ':' + r.name; }).join(' '));
console.log([3, undefined, 1, , 2].sort(), [3, undefined, 1, , 2].sort().length, 3 in [3, undefined, 1, , 2].sort());
console.log([10, 9, 1, 100, 25].sort(), [10, 9, 1, 100, 25].sort(function (a, b) { return a - b; }));
console.log(['b', 'a', 'C', 'B'].sort(), [true, false, null, 'null'].sort());
console.log([5, 1, 4, 2, 3].sort(function (a, b) { return a > b; }));
console.log([5, 1, 4, 2, 3, 9, 0, 7].sort(function (a, b) { return a < b; }));
console.log([3, 1, 2].sort(function () { return NaN; }), [1, 2, 3].sort(function () { return -1; }));
var calls = [];
[3, 1, 2].sort(function (a, b) { calls.push(a + '' + b); return a - b; });
console.log(calls.join(' '));
var big = [];
for (i = 0; i < 300; i++) big.push({ k: (i * 37) % 11, i: i });
big.sort(function (a, b) { return a.k - b.k; });
var stable = big.every(function (r, j) { return j === 0 || big[j - 1].k < r.k || (big[j - 1].k === r.k && big[j - 1].i < r.i); });
console.log('300 records stable:', stable);
var obj = { length: 3, 0: 'c', 1: 'a', 2: 'b' };
console.log(Array.prototype.sort.call(obj));
try { [1, 2].sort(5); } catch (e) { console.log(e.name + ': ' + e.message); }
