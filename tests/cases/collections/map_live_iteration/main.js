// Iteration is live: entries added during forEach or iteration are visited,
// deleted ones are skipped, clear() ends it; heavy deletion during an
// iteration (which compacts the table) does not lose the position.
var m = new Map([[1, 'a'], [2, 'b'], [3, 'c']]);
var seen = [];
m.forEach(function (v, k, map) {
  seen.push(k);
  if (k === 1) {
    map.delete(2);
    map.set(4, 'd');
  }
  if (k === 4) map.set(5, 'e');
});
console.log(seen, m.size);

var s = new Set([1, 2, 3]);
var visited = [];
s.forEach(function (v) {
  visited.push(v);
  if (v === 1) s.delete(1);
  if (v === 2) s.add(1);
});
console.log(visited);

var it = m.keys();
console.log(it.next().value);
m.delete(3);
console.log(it.next().value);
m.set(6, 'f');
var rest = [];
var r;
while (!(r = it.next()).done) rest.push(r.value);
console.log(rest);
m.set(7, 'g');
console.log(it.next());

// Many deletions while an iterator is in the middle.
var big = new Map();
for (var i = 0; i < 200; i++) big.set(i, i * 2);
var bi = big.entries();
for (i = 0; i < 50; i++) bi.next();
for (i = 0; i < 190; i++) {
  if (i !== 60 && i !== 120) big.delete(i);
}
big.set('late', 1);
var after = [];
while (!(r = bi.next()).done) after.push(r.value[0]);
console.log(after, big.size);

// clear() during forEach stops it.
var c = new Map([[1, 1], [2, 2], [3, 3]]);
var got = [];
c.forEach(function (v, k) {
  got.push(k);
  if (k === 1) c.clear();
});
console.log(got, c.size);

// clear() during iteration, then new entries: the iterator goes on with them.
var d = new Set(['a', 'b']);
var di = d.values();
console.log(di.next().value);
d.clear();
d.add('c');
console.log(di.next(), di.next());

// An iterator made before any entry sees the later ones.
var e = new Map();
var ei = e.entries();
e.set('k', 'v');
console.log(ei.next());
