// Array.prototype.sort on 100,000 elements: numbers with a comparator (the
// stable TimSort of internal/es/sort.js) and strings in the default order
// (Duktape's own sort, safe there because equal strings are the same value).
var n = 100000, a = [], b = [];
var seed = 1;
function rnd() { seed = (seed * 16807) % 2147483647; return seed; }
for (var i = 0; i < n; i++) { a.push(rnd() % 100000); b.push('k' + (rnd() % 100000)); }
var t0 = Date.now(); a.slice().sort(function (x, y) { return x - y; }); var t1 = Date.now();
b.slice().sort(); var t2 = Date.now();
console.log('sort_100k_numbers_cmp_ms ' + (t1 - t0) + '\nsort_100k_strings_default_ms ' + (t2 - t1));
