// Number reads and writes: offsets, defaults, return values and Node's
// errors for bad offsets and values.
function t(label, f) {
  var r;
  try {
    r = f();
  } catch (e) {
    r = e.name + ' [' + e.code + ']: ' + e.message;
  }
  console.log(label + ' => ' + r);
}
var b = Buffer.from([0x01, 0x02, 0x03, 0x04, 0xff, 0xfe, 0x80, 0x00]);
['readUInt8', 'readInt8', 'readUInt16LE', 'readInt16BE', 'readUInt32BE', 'readInt32LE', 'readFloatLE',
  'readDoubleBE'].forEach(function (name) {
  [undefined, 0, 4, 7, 8, -1, 1.5, NaN, '1'].forEach(function (off) {
    t(name + '(' + off + ')', function () { return b[name](off); });
  });
});
var w = Buffer.alloc(8);
t('writeUInt8(255)', function () { return w.writeUInt8(255) + ' ' + w.toString('hex'); });
t('writeUInt8(256)', function () { return w.writeUInt8(256); });
t('writeInt8(-128, 1)', function () { return w.writeInt8(-128, 1) + ' ' + w.toString('hex'); });
t('writeInt8(-129)', function () { return w.writeInt8(-129); });
t('writeUInt16BE(0xabcd, 6)', function () { return w.writeUInt16BE(0xabcd, 6) + ' ' + w.toString('hex'); });
t('writeUInt16BE(1, 7)', function () { return w.writeUInt16BE(1, 7); });
t('writeUInt32LE(-1)', function () { return w.writeUInt32LE(-1); });
t('writeUInt32LE(4294967295, 4)', function () { return w.writeUInt32LE(4294967295, 4) + ' ' + w.toString('hex'); });
t('writeInt32BE(-2147483649)', function () { return w.writeInt32BE(-2147483649); });
t('writeInt32BE(7, "0")', function () { return w.writeInt32BE(7, '0'); });
t('writeInt16LE(1.9)', function () { return w.writeInt16LE(1.9) + ' ' + w.toString('hex'); });
t('writeUInt8("7", 3)', function () { return w.writeUInt8('7', 3) + ' ' + w[3]; });
t('writeUInt8(NaN, 3)', function () { return w.writeUInt8(NaN, 3) + ' ' + w[3]; });
t('writeFloatBE(1.5, 5)', function () { return w.writeFloatBE(1.5, 5); });
t('writeDoubleLE(Math.PI)', function () { return w.writeDoubleLE(Math.PI) + ' ' + w.toString('hex') + ' ' + w.readDoubleLE(0); });
t('writeFloatLE(0.1)', function () { return w.writeFloatLE(0.1) + ' ' + w.readFloatLE(0); });
t('writeFloatBE(-Infinity)', function () { return w.writeFloatBE(-Infinity) + ' ' + w.readFloatBE(0); });
t('writeDoubleBE(-0)', function () { w.writeDoubleBE(-0); return w.toString('hex', 0, 8) + ' ' + (1 / w.readDoubleBE(0)); });
t('small buffer read', function () { return Buffer.alloc(2).readUInt32LE(0); });
t('empty buffer read', function () { return Buffer.alloc(0).readUInt8(0); });
t('aliases', function () { return [typeof w.readUint8, typeof w.writeUint32BE, typeof w.readUintLE, typeof w.writeUintBE].join(); });
t('BigInt methods exist', function () { return typeof w.readBigInt64LE + ' ' + typeof w.writeBigUInt64BE; });
