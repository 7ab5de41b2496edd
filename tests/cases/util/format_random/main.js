var util = require('util');
// Random format strings and arguments (deterministic LCG): a broad
// byte-for-byte check of util.format against node.
var seed = 3;
function rnd() { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; }
function pick(a) { return a[Math.floor(rnd() * a.length)]; }
var pieces = ['%s', '%d', '%i', '%f', '%j', '%o', '%O', '%c', '%%', '%', '%x', 'text', ' ', '-', 'a%', '%%s', '100%'];
var args = [1, -0, 2.5, '42', 'str', '3.9abc', null, undefined, true, { a: 1, b: { c: [1, 2] } }, [1, 'two'], Symbol('s'), new Error('e'), NaN, '', { toString: function toString() { return 'TS'; } }, [[[[1]]]]];
args[12].stack = 'Error: e\n    at x (y.js:1:1)';
for (var k = 0; k < 1500; k++) {
  var fmt = '';
  var n = Math.floor(rnd() * 5);
  for (var i = 0; i < n; i++) fmt += pick(pieces);
  var list = rnd() < 0.9 ? [fmt] : [pick(args)];
  var m = Math.floor(rnd() * 4);
  for (var j = 0; j < m; j++) list.push(pick(args));
  console.log(JSON.stringify(util.format.apply(null, list)));
}
