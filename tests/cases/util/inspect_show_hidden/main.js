var util = require('util');
function sloppy(a, b) {}
console.log(util.inspect(sloppy, { showHidden: true }));
console.log(util.inspect(Math.max, { showHidden: true }));
console.log(util.inspect(sloppy.bind(null), { showHidden: true }));
var err = new Error('hidden'); err.stack = 'Error: hidden\n    at f (x.js:1:1)';
console.log(util.inspect(err, { showHidden: true }));
console.log(util.inspect({ a: 1, arr: [1, 2] }, { showHidden: true }));
var o = {}; Object.defineProperty(o, 'secret', { value: 's', enumerable: false }); o.open = 1;
console.log(util.inspect(o, { showHidden: true }));
function Proto() { this.own = 1; }
Proto.prototype.shared = 'on proto';
Object.defineProperty(Proto.prototype, 'getter', { get: function () { return 1; } });
console.log(util.inspect(new Proto(), { showHidden: true }));
console.log(util.format('%o', { f: function foo() {}, a: [1] }));
console.log(util.format('%o', [new Uint8Array(1)]));
console.log(util.inspect(new String('ab'), { showHidden: true }));
