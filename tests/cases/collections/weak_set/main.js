// WeakSet: add/has/delete with object keys only.
var ws = new WeakSet();
var a = {};
var b = [];
console.log(ws.add(a) === ws, ws.has(a), ws.has(b), ws.has({}));
ws.add(b).add(a);
console.log(ws.has(b), ws.delete(b), ws.delete(b), ws.has(b), ws.has(a));
var frozen = Object.freeze({});
ws.add(frozen);
console.log(ws.has(frozen), ws.delete(frozen), ws.has(frozen));
console.log(ws.has(1), ws.delete('x'));
try {
  ws.add(1);
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
try {
  new WeakSet([a, 2]);
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
var init = new WeakSet([a, b]);
console.log(init.has(a), init.has(b), new WeakSet().has(a));
