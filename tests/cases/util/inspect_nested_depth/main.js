var util = require('util');
var deep = { l1: { l2: { l3: { l4: { l5: 'bottom' } } } } };
console.log(deep);
console.log(util.inspect(deep, { depth: 0 }));
console.log(util.inspect(deep, { depth: 1 }));
console.log(util.inspect(deep, { depth: null }));
console.log(util.inspect(deep, { depth: Infinity }));
console.log(util.inspect(deep, false, 3));
console.log(util.inspect([[[[[1]]]]]));
console.log(util.inspect({ a: [{ b: [{ c: 1 }] }] }));
console.log(util.inspect({ a: [] , b: {} , c: [[]], d: { e: {} } }, { depth: 0 }));
function Foo() { this.x = { y: { z: {} } }; }
console.log({ foo: new Foo(), arr: [new Foo()] });
console.log(util.inspect({ a: { b: 1 } }, { depth: -1 }));
console.log(util.inspect([1, 2], { depth: -1 }));
