// Random values: lengths, ranges and formats (never the values themselves).
var crypto = require('crypto');
var b = crypto.randomBytes(16);
console.log(Buffer.isBuffer(b), b.length, b.byteOffset, b.buffer.byteLength);
console.log(crypto.randomBytes(0).length);
var filled = crypto.randomFillSync(Buffer.alloc(8), 2, 3);
console.log(filled[0], filled[1], filled[5], filled[6], filled[7]);
var ab = new ArrayBuffer(4);
console.log(crypto.randomFillSync(ab) === ab);
var counts = [0, 0, 0];
for (var i = 0; i < 300; i++) counts[crypto.randomInt(3)]++;
console.log(counts.every(function (c) { return c > 0; }));
var ok = true;
for (i = 0; i < 200; i++) {
  var n = crypto.randomInt(-5, 5);
  if (n < -5 || n >= 5 || n !== Math.floor(n)) ok = false;
}
console.log('randomInt in range', ok);
var uuids = {};
var pattern = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
for (i = 0; i < 300; i++) {
  var u = crypto.randomUUID(i % 2 ? { disableEntropyCache: true } : undefined);
  if (!pattern.test(u)) ok = false;
  uuids[u] = true;
}
console.log('uuids', ok, Object.keys(uuids).length);
var u16 = new Uint16Array(4);
console.log(crypto.getRandomValues(u16) === u16, crypto.webcrypto.getRandomValues(new Int8Array(2)).length);
console.log(crypto.timingSafeEqual(Buffer.from('abc'), Buffer.from('abc')),
  crypto.timingSafeEqual(new Uint8Array([1, 2]), new Uint8Array([1, 3])));
