// An uncaught AssertionError ends the process with exit code 1.
var assert = require('assert');
console.log('before');
process.on('exit', function (c) { console.log('exit', c); });
assert.strictEqual(1, 2);
console.log('after');
