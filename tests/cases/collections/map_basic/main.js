// get/set/has/delete/clear and size; set returns the map, delete a boolean.
var m = new Map();
console.log(m.size, m.get('a'), m.has('a'));
console.log(m.set('a', 1) === m, m.size);
m.set('b', 2).set('c', 3);
console.log(m.size, m.get('a'), m.get('b'), m.get('c'), m.get('d'));
m.set('a', 10);
console.log(m.size, m.get('a'));
console.log(m.has('b'), m.delete('b'), m.has('b'), m.delete('b'), m.size);
m.set(undefined, 'u');
console.log(m.has(undefined), m.get(undefined), m.get(), m.size);
m.clear();
console.log(m.size, m.has('a'), m.get('c'));
console.log(m.clear());
m.set('x', undefined);
console.log(m.has('x'), m.get('x'), m.size);
