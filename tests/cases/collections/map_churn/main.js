// Many inserts and deletes (a queue-like use) keep the right contents, order
// and size.
var m = new Map();
var order = [];
var sum = 0;
for (var i = 0; i < 5000; i++) {
  m.set('k' + i, i);
  if (i % 3 !== 0) m.delete('k' + (i - 1));
  if (i % 7 === 0) m.set('k' + (i >> 1), -i);
}
m.forEach(function (v, k) {
  sum += v;
  if (order.length < 10) order.push(k);
});
console.log(m.size, sum, order);
var s = new Set();
var objs = [];
for (i = 0; i < 3000; i++) {
  var o = { i: i };
  objs.push(o);
  s.add(o);
  if (i >= 10) s.delete(objs[i - 10]);
}
var vals = [];
s.forEach(function (v) { vals.push(v.i); });
console.log(s.size, vals, s.has(objs[2990]), s.has(objs[2989]));
