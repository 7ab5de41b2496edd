// The querystring module: parse (null-prototype result, '+' as space,
// repeated keys as arrays, custom separators, maxKeys, a custom decoder),
// stringify (arrays repeated, non-finite numbers and objects empty, a
// custom encoder), escape and unescape (and their byte-wise fallback).
var qs = require('querystring');
['a=1&b=2&a=3', 'a', 'a=', '=b', '&&a=1&&', 'a=1=2', 'a+b=c+d', 'a%20b=c%2', '%E4%BD%A0=%E5%A5%BD',
  '%FF=%C0%80', 'a=%zz%41', 'constructor=1&__proto__=2&hasOwnProperty=3', '\u00e9=%FF', 'x=%E4%BD',
  'a[b]=1&a[c]=2', '', '%', 'a=b&'].forEach(function (input) {
  console.log(JSON.stringify(input), qs.parse(input));
});
console.log(qs.parse('a:1;b:2;b:3', ';', ':'));
console.log(qs.parse('a==1&&&b==2', '&&&', '=='));
console.log(qs.parse('a=1&b=2&c=3', null, null, { maxKeys: 2 }));
console.log(qs.parse('a=1&b=2', null, null, { maxKeys: 0 }));
console.log(qs.parse('a=%41&b=x+y', null, null, { decodeURIComponent: function (s) { return '<' + s + '>'; } }));
console.log(qs.parse('a=%41', null, null, { decodeURIComponent: function () { throw new Error('x'); } }));
console.log(qs.parse(5), qs.decode === qs.parse);
var obj = { a: 1, b: 'x y', c: [1, 2, 3], d: true, e: null, f: undefined, g: NaN, h: Infinity, i: {}, j: [],
  k: 1e21, l: -0, 'm n': '\u00fc\u20ac\ud834\udd1e', "!'()*~-._": "!'()*~-._" };
console.log(qs.stringify(obj));
console.log(qs.stringify(obj, ';', ':'));
console.log(qs.stringify({ a: 'b c' }, null, null, { encodeURIComponent: function (s) { return '<' + s + '>'; } }));
console.log(JSON.stringify(qs.stringify('str')), JSON.stringify(qs.stringify(null)), qs.stringify([1, 2]),
  qs.encode === qs.stringify);
console.log(qs.escape('a b&c/\u00fc'), qs.escape(5), qs.escape({ toString: function () { return 'x y'; } }));
console.log(qs.unescape('a%20b+c'), qs.unescape('%zz%41'), qs.unescape('a+b', true), qs.unescape('%E9'));
console.log(qs.unescapeBuffer('a%41+%zz', true), qs.unescapeBuffer('%4'));
try {
  qs.escape('\ud800');
} catch (err) {
  console.log(err.name, err.code, err.message);
}
console.log(Object.keys(qs).sort().join(' '));
