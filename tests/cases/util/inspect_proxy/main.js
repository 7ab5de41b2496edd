var util = require('util');
var target = { a: 1, nested: { b: [1, 2] } };
var p = new Proxy(target, {});
console.log(p);
console.log(util.inspect(new Proxy([1, 2, 3], {})));
console.log({ wrapped: new Proxy({ x: 'y' }, {}) });
function Thing() { this.v = 1; }
console.log(new Proxy(new Thing(), {}));
console.log(util.types.isProxy(p), util.types.isProxy(target));
