// Buffer's util.inspect form, through its inspect.custom method:
// <Buffer 68 65 ...>, at most 50 bytes, then "... N more bytes".
var custom = Symbol.for('nodejs.util.inspect.custom');
var buffer = require('buffer');
console.log(Buffer.from('hello')[custom]());
console.log(Buffer.alloc(0)[custom]());
console.log(Buffer.alloc(50, 1)[custom]());
console.log(Buffer.alloc(51, 2)[custom]());
console.log(Buffer.alloc(60, 0xab)[custom]());
console.log(Buffer.from('x').inspect());
buffer.INSPECT_MAX_BYTES = 3;
console.log(Buffer.from('abcdef')[custom]());
buffer.INSPECT_MAX_BYTES = 50;
try {
  buffer.INSPECT_MAX_BYTES = -1;
} catch (e) {
  console.log(e.name + ' ' + e.code + ': ' + e.message);
}
console.log(typeof Buffer.prototype[custom]);
// Through console.log and util.inspect.
console.log(Buffer.from('hello'));
console.log([Buffer.from([1, 2]), { b: Buffer.alloc(3) }]);
console.log(require('util').inspect(Buffer.alloc(55, 0xff)));
console.log('%s', Buffer.from('as string'));
