// console.log and util.format with Maps and Sets: %s, %j, %o, %O, %d.
var util = require('util');
var m = new Map([['a', { b: 1 }]]);
console.log('map:', m, 'set:', new Set([1, 2]));
console.log('%s | %j | %O', m, m, m);
console.log(util.format('%s', new Set([1])), util.format('%j', new Set([1])));
console.log(util.format('%o', new Set([{ x: 1 }])));
console.log(util.format('%d', new Map()));
console.log(String(util.inspect(new WeakMap())));
console.error(new Map([[1, 2]]));
