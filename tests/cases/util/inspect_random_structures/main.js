var util = require('util');
// Random nested values (deterministic LCG) with random options: a broad
// byte-for-byte check of util.inspect against node.
var seed = 1;
function rnd() { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; }
function pick(a) { return a[Math.floor(rnd() * a.length)]; }
var words = ['a', 'bb', 'key', 'longer key', 'x-y', 'it\'s', 'value', 'zz', '1', '42', '', 'Q', 'some much longer words here'];
function prim() {
  var r = rnd();
  if (r < 0.2) return Math.floor(rnd() * 2000) - 1000;
  if (r < 0.3) return rnd() * 100;
  if (r < 0.5) return pick(words) + (rnd() < 0.1 ? '\n' + pick(words) : '');
  if (r < 0.6) return pick([true, false, null, undefined, NaN, -0, Infinity]);
  if (r < 0.65) return Symbol(pick(words));
  if (r < 0.7) return new Date(Math.floor(rnd() * 1e12));
  if (r < 0.75) return /ab+c/g;
  return pick(words).repeat(Math.floor(rnd() * 5));
}
function gen(d) {
  var r = rnd();
  if (d > 4 || r < 0.35) return prim();
  if (r < 0.6) {
    var n = Math.floor(rnd() * (rnd() < 0.3 ? 40 : 8));
    var a = [];
    var allNum = rnd() < 0.5;
    for (var i = 0; i < n; i++) a.push(allNum ? Math.floor(rnd() * Math.pow(10, Math.floor(rnd() * 6))) : gen(d + 1));
    if (rnd() < 0.1) a.length += 2;
    return a;
  }
  if (r < 0.9) {
    var o = {};
    var m = Math.floor(rnd() * 7);
    for (var j = 0; j < m; j++) o[pick(words) + (rnd() < 0.5 ? j : '')] = gen(d + 1);
    if (rnd() < 0.1) o.self = o;
    return o;
  }
  if (r < 0.95) { var f = function fn() {}; if (rnd() < 0.5) f.prop = gen(d + 1); return f; }
  return new Uint8Array(Math.floor(rnd() * 30));
}
for (var k = 0; k < 200; k++) {
  var v = gen(0);
  var opts = {};
  if (rnd() < 0.3) opts.depth = pick([0, 1, 3, null]);
  if (rnd() < 0.2) opts.compact = pick([false, true, 1, 2, 5]);
  if (rnd() < 0.2) opts.breakLength = pick([20, 40, 120, Infinity]);
  if (rnd() < 0.1) opts.sorted = true;
  if (rnd() < 0.1) opts.colors = true;
  if (rnd() < 0.1) opts.maxArrayLength = pick([0, 3, 10]);
  if (rnd() < 0.1) opts.numericSeparator = true;
  console.log(JSON.stringify(opts));
  console.log(util.inspect(v, opts));
}
