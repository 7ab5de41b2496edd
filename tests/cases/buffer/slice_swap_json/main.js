// slice/subarray share memory; toString ranges; swap16/32/64; toJSON.
function t(label, f) {
  var r;
  try {
    r = f();
  } catch (e) {
    r = e.name + ' [' + e.code + ']: ' + e.message;
  }
  console.log(label + ' => ' + r);
}
var b = Buffer.from('abcdefgh');
t('slice(1, 3)', function () { return b.slice(1, 3).toString(); });
t('slice(-3)', function () { return b.slice(-3).toString(); });
t('slice(-3, -1)', function () { return b.slice(-3, -1).toString(); });
t('slice(5, 2)', function () { return b.slice(5, 2).length; });
t('slice(NaN, "3")', function () { return b.slice(NaN, '3').toString(); });
t('slice(1.9, 4.2)', function () { return b.slice(1.9, 4.2).toString(); });
t('subarray(2, 100)', function () { return b.subarray(2, 100).toString(); });
t('subarray(-100)', function () { return b.subarray(-100).toString(); });
t('slice shares memory', function () {
  var s = b.slice(2, 4);
  s[0] = 0x43;
  return b.toString() + ' ' + (s.buffer === b.buffer) + ' ' + (s.byteOffset - b.byteOffset) + ' ' +
    Buffer.isBuffer(s);
});
t('slice of slice', function () { return b.slice(1).slice(1, 3).toString(); });
t('toString(undefined, 2, 5)', function () { return b.toString(undefined, 2, 5); });
t('toString("utf8", -3, 2)', function () { return b.toString('utf8', -3, 2); });
t('toString("utf8", 6, 100)', function () { return b.toString('utf8', 6, 100); });
t('toString("utf8", 4, 2)', function () { return JSON.stringify(b.toString('utf8', 4, 2)); });
t('toString("utf8", "2", "4")', function () { return b.toString('utf8', '2', '4'); });
t('toString("utf8", 1.5, 3.5)', function () { return b.toString('utf8', 1.5, 3.5); });
t('toString(null)', function () { return b.toString(null); });
t('toString("HEX")', function () { return b.toString('HEX'); });
t('toLocaleString', function () { return b.toLocaleString('hex', 0, 2); });
var s = Buffer.from([1, 2, 3, 4, 5, 6, 7, 8]);
t('swap16', function () { return s.swap16().toString('hex'); });
t('swap32', function () { return s.swap32().toString('hex'); });
t('swap64', function () { return s.swap64().toString('hex'); });
t('swap16 odd', function () { return Buffer.alloc(3).swap16(); });
t('swap32 on 6', function () { return Buffer.alloc(6).swap32(); });
t('swap64 on 12', function () { return Buffer.alloc(12).swap64(); });
t('swap16 large', function () {
  var big = Buffer.alloc(300);
  for (var i = 0; i < 300; i++) big[i] = i & 0xff;
  big.swap16();
  return big[0] + ' ' + big[1] + ' ' + big[298] + ' ' + big[299];
});
t('toJSON', function () { return JSON.stringify(Buffer.from([1, 2, 250])); });
t('toJSON empty', function () { return JSON.stringify({ b: Buffer.alloc(0) }); });
t('parent and offset', function () { var x = b.slice(3); return (x.parent === x.buffer) + ' ' + (x.offset === x.byteOffset); });
t('index wrap', function () {
  var x = Buffer.alloc(4);
  x[0] = 256;
  x[1] = -1;
  x[2] = 1000.7;
  x[3] = '0x10';
  x[10] = 1;
  return x.toString('hex') + ' ' + x[10] + ' ' + x.length;
});
