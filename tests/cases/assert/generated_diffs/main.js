// Pseudo-random nested values, mutated, through the deep/strict assertions:
// exercises both the comparisons and the line diff.
var assert = require('assert');
var seed = 11;
function rnd(n) { seed = (seed * 1103515245 + 12345) % 2147483648; return seed % n; }
function Foo() {}
function gen(d) {
  var k = rnd(d > 2 ? 6 : 11);
  switch (k) {
    case 0: return rnd(5);
    case 1: return ['a', 'bb', 'hello world', '', 'x\ny'][rnd(5)];
    case 2: return [null, undefined, true, false, NaN, -0][rnd(6)];
    case 3: return rnd(3) === 0 ? '1' : 1;
    case 4: return new Date(rnd(3) * 1000);
    case 5: return /ab+c/g;
    case 6: case 7: { var a = []; var n = rnd(8); for (var i = 0; i < n; i++) a.push(gen(d + 1)); return a; }
    case 8: case 9: { var o = rnd(4) === 0 ? new Foo() : {}; var m = rnd(8); for (var j = 0; j < m; j++) o['k' + rnd(10)] = gen(d + 1); return o; }
    case 10: return new Uint8Array([rnd(3), rnd(3)]);
  }
}
function mutate(v, d) {
  if (rnd(4) === 0 || v === null || typeof v !== 'object' || v instanceof Date || v instanceof RegExp || v instanceof Uint8Array) return rnd(2) ? gen(d) : v;
  if (Array.isArray(v)) { var a = v.map(function (x) { return rnd(3) ? x : mutate(x, d + 1); }); if (rnd(5) === 0) a.push(gen(d + 1)); if (rnd(5) === 0) a.pop(); return a; }
  var o = Object.create(Object.getPrototypeOf(v));
  Object.keys(v).forEach(function (k) { if (rnd(8)) o[k] = rnd(3) ? v[k] : mutate(v[k], d + 1); });
  if (rnd(5) === 0) o['n' + rnd(5)] = gen(d + 1);
  return o;
}
for (var t = 0; t < 150; t++) {
  var a = gen(0), b = rnd(3) ? mutate(a, 0) : gen(0);
  ['deepStrictEqual', 'deepEqual', 'notDeepStrictEqual', 'notDeepEqual', 'strictEqual'].forEach(function (m) {
    try { assert[m](a, b); console.log(t, m, 'ok'); } catch (e) { console.log(t, m, JSON.stringify(e.message)); }
  });
}
