// A Buffer is a Uint8Array: instanceof, prototype chain, typed-array
// methods that Buffer users rely on.
var b = Buffer.from([3, 1, 2]);
console.log('instanceof Uint8Array: ' + (b instanceof Uint8Array));
console.log('instanceof Buffer: ' + (b instanceof Buffer));
console.log('proto chain: ' + (Object.getPrototypeOf(Buffer.prototype) === Uint8Array.prototype));
console.log('Buffer inherits Uint8Array: ' + (Object.getPrototypeOf(Buffer) === Uint8Array));
console.log('constructor: ' + (b.constructor === Buffer) + ' ' + Buffer.name);
console.log('toString tag: ' + Object.prototype.toString.call(b));
console.log('BYTES_PER_ELEMENT: ' + b.BYTES_PER_ELEMENT);
console.log('isView: ' + ArrayBuffer.isView(b));
console.log('isBuffer(Uint8Array): ' + Buffer.isBuffer(new Uint8Array(2)));
var seen = [];
b.forEach(function (v, i) { seen.push(i + '=' + v); });
console.log('forEach: ' + seen.join(','));
console.log('join: ' + b.join('-'));
console.log('Array.prototype.slice: ' + JSON.stringify(Array.prototype.slice.call(b)));
console.log('set: ' + (function () { var x = Buffer.alloc(4); x.set([9, 8], 1); return x.toString('hex'); })());
console.log('new Uint8Array(buf) copies: ' + (function () { var u = new Uint8Array(b); u[0] = 99; return b[0]; })());
console.log('view over buf.buffer: ' + new Uint8Array(b.buffer, b.byteOffset, b.length)[2]);
console.log('SlowBuffer: ' + (function () {
  var S = require('buffer').SlowBuffer;
  var s = S(4);
  return s.length + ' ' + (s instanceof Buffer) + ' ' + s.buffer.byteLength;
})());
console.log('constants: ' + JSON.stringify(require('buffer').constants) + ' ' + require('buffer').kMaxLength);
console.log('poolSize: ' + Buffer.poolSize);
