// 100,000 Map.set of distinct string keys, then a get of each: microseconds
// per set+get pair.
var n = 100000;
var keys = [];
for (var i = 0; i < n; i++) keys.push('key' + i);
var m = new Map();
var t0 = Date.now();
for (i = 0; i < n; i++) m.set(keys[i], i);
var sum = 0;
for (i = 0; i < n; i++) sum += m.get(keys[i]);
var t1 = Date.now();
if (sum !== n * (n - 1) / 2 || m.size !== n) throw new Error('wrong result');
console.log('map_set_get_us ' + ((t1 - t0) * 1000 / n).toFixed(3));
