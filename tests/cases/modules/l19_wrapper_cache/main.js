// Seed-catalogue lesson L19: the wrapper, this, the module cache, require.extensions.
console.log('wrapper args:', arguments.length, '| this === module.exports:', this === module.exports);
var a = require('./counter');
var b = require('./counter');
console.log('same exports object from cache:', a === b, '| inc:', a.inc(), b.inc());
delete require.cache[require.resolve('./counter')];
var c = require('./counter');
console.log('after deleting cache entry, fresh instance inc:', c.inc());
console.log('extensions:', Object.keys(require.extensions).join(' '));
var x = 1; (function (x) { x = 2; })(x); console.log('reassigning a parameter does not leak out:', x);
