// Entries come out in insertion order; overwriting keeps the position,
// deleting and adding again moves the key to the end.
var m = new Map();
m.set('c', 1).set('a', 2).set(3, 3).set('b', 4);
function keys(map) {
  var out = [];
  map.forEach(function (v, k) { out.push(k); });
  return out;
}
console.log(keys(m));
m.set('c', 10);
console.log(keys(m), m.get('c'));
m.delete('c');
m.set('c', 11);
console.log(keys(m));
var numbers = new Map([[10, 'x'], [2, 'y'], [1, 'z']]);
console.log(keys(numbers));
var s = new Set(['z', 'y', 'x', 'y', 'z', 'w']);
var values = [];
s.forEach(function (v) { values.push(v); });
console.log(values);
