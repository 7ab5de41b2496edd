// readUIntLE/BE, readIntLE/BE, writeUIntLE/BE, writeIntLE/BE with a
// byteLength of 1 to 6 (48-bit values are exact in a double).
function t(label, f) {
  var r;
  try {
    r = f();
  } catch (e) {
    r = e.name + ' [' + e.code + ']: ' + e.message;
  }
  console.log(label + ' => ' + r);
}
var b = Buffer.from([0x12, 0x34, 0x56, 0x78, 0x9a, 0xbc, 0xde, 0xf0]);
for (var n = 1; n <= 6; n++) {
  console.log(n + ' bytes: UIntLE ' + b.readUIntLE(0, n) + ' UIntBE ' + b.readUIntBE(0, n) + ' IntLE ' +
    b.readIntLE(2, n) + ' IntBE ' + b.readIntBE(2, n));
}
t('readUIntLE(0, 7)', function () { return b.readUIntLE(0, 7); });
t('readUIntLE(0, 0)', function () { return b.readUIntLE(0, 0); });
t('readUIntBE(3, 6)', function () { return b.readUIntBE(3, 6); });
t('readIntLE()', function () { return b.readIntLE(); });
t('readIntLE(0)', function () { return b.readIntLE(0); });
t('readUIntLE(0, "2")', function () { return b.readUIntLE(0, '2'); });
var values = [0, 1, -1, 255, -128, 0x7fffff, -0x800000, 0xffffffff, 2147483647, 0xffffffffff, -0x8000000000,
  0xffffffffffff, 0x7fffffffffff, -0x800000000000, 2 * 0x800000000000];
values.forEach(function (v) {
  [3, 5, 6].forEach(function (n) {
    t('writeUIntLE(' + v + ', 0, ' + n + ')', function () {
      var w = Buffer.alloc(6);
      var r = w.writeUIntLE(v, 0, n);
      return r + ' ' + w.toString('hex') + ' ' + w.readUIntLE(0, n);
    });
    t('writeIntBE(' + v + ', 0, ' + n + ')', function () {
      var w = Buffer.alloc(6);
      var r = w.writeIntBE(v, 0, n);
      return r + ' ' + w.toString('hex') + ' ' + w.readIntBE(0, n);
    });
  });
});
t('writeUIntBE(1, 4, 3)', function () { return Buffer.alloc(6).writeUIntBE(1, 4, 3); });
t('writeIntLE(1, undefined, 2)', function () { return Buffer.alloc(6).writeIntLE(1, undefined, 2); });
t('writeUIntLE(1, 0, 8)', function () { return Buffer.alloc(6).writeUIntLE(1, 0, 8); });
