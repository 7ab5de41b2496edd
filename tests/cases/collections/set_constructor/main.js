// new Set(iterable): duplicates collapse, strings split by code point, and
// a Set can be copied.
var s = new Set([3, 1, 3, 2, 1]);
var out = [];
s.forEach(function (v) { out.push(v); });
console.log(out, s.size);
var copy = new Set(s);
copy.add(4);
console.log(copy.size, s.size);
var chars = [];
new Set('a\u00e9\ud83d\ude00a').forEach(function (c) { chars.push(c); });
console.log(chars, chars[2].length);
var fromMap = new Set(new Map([[1, 2]]));
fromMap.forEach(function (v) { console.log(v); });
