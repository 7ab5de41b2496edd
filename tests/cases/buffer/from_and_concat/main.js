// Buffer.from's inputs and Buffer.concat.
function t(label, f) {
  var r;
  try {
    r = f();
  } catch (e) {
    r = e.name + ' [' + e.code + ']: ' + e.message;
  }
  console.log(label + ' => ' + r);
}
t('from(array)', function () { return Buffer.from([1, 255, 256, -1, 3.9, '7', 'x', null, true]).toString('hex'); });
t('from(Buffer) copies', function () { var s = Buffer.from('ab'); var c = Buffer.from(s); c[0] = 0x41; return s.toString() + c.toString() + ' ' + (c.buffer === s.buffer); });
t('from(Uint16Array)', function () { return Buffer.from(new Uint16Array([0x102, 0x3ff])).toString('hex'); });
t('from(Float64Array)', function () { return Buffer.from(new Float64Array([1.9, -1, 256])).toString('hex'); });
t('from(ArrayBuffer) shares', function () {
  var ab = new ArrayBuffer(6);
  var b = Buffer.from(ab, 1, 3);
  b[0] = 9;
  return b.length + ' ' + new Uint8Array(ab)[1] + ' ' + (b.buffer === ab) + ' ' + b.byteOffset;
});
t('from(ArrayBuffer, 7)', function () { return Buffer.from(new ArrayBuffer(6), 7); });
t('from(ArrayBuffer, 2, 5)', function () { return Buffer.from(new ArrayBuffer(6), 2, 5); });
t('from(ArrayBuffer, "2", "-1")', function () { return Buffer.from(new ArrayBuffer(6), '2', '-1').length; });
t('from(array-like)', function () { return Buffer.from({ length: 3, 0: 65, 1: 66, 2: 67 }).toString(); });
t('from({length: "x"})', function () { return Buffer.from({ length: 'x' }).length; });
t('from(toJSON)', function () { return Buffer.from(Buffer.from('json').toJSON()).toString(); });
t('from(new String)', function () { return Buffer.from(new String('boxed')).toString(); });
t('from(valueOf)', function () { return Buffer.from({ valueOf: function () { return 'viaValueOf'; } }).toString(); });
t('from(toPrimitive)', function () {
  var o = {};
  o[Symbol.toPrimitive] = function (hint) { return 'prim:' + hint; };
  return Buffer.from(o).toString();
});
t('from(str, "utf-8")', function () { return Buffer.from('\u00e9', 'utf-8').toString('hex'); });
t('from(str, "UTF8")', function () { return Buffer.from('\u00e9', 'UTF8').toString('hex'); });
t('from(str, 5)', function () { return Buffer.from('abc', 5).toString(); });
t('from(str, "bogus")', function () { return Buffer.from('abc', 'bogus'); });
t('from(5)', function () { return Buffer.from(5); });
t('from(undefined)', function () { return Buffer.from(undefined); });
t('from({})', function () { return Buffer.from({}); });
t('of(1, 2, 300)', function () { return Buffer.of(1, 2, 300).toString('hex'); });
t('new Buffer("abc")', function () { return new Buffer('abc').toString(); });
t('Buffer(3)', function () { return Buffer(3).toString('hex'); });
t('new Buffer(2, "utf8")', function () { return new Buffer(2, 'utf8'); });
var p = Buffer.from('hello');
var q = Buffer.from(' world');
t('concat', function () { return Buffer.concat([p, q]).toString(); });
t('concat total 3', function () { return Buffer.concat([p, q], 3).toString(); });
t('concat total 13', function () { return Buffer.concat([p, q], 13).toString('hex'); });
t('concat Uint8Array', function () { return Buffer.concat([new Uint8Array([0x41]), p]).toString(); });
t('concat []', function () { return Buffer.concat([]).length; });
t('concat [p] copies', function () { var c = Buffer.concat([p]); c[0] = 0x4a; return p.toString() + ' ' + c.toString(); });
t('concat("x")', function () { return Buffer.concat('x'); });
t('concat([p, "x"])', function () { return Buffer.concat([p, 'x']); });
t('concat([p], -1)', function () { return Buffer.concat([p], -1); });
t('alloc(5, "ab")', function () { return Buffer.alloc(5, 'ab').toString(); });
t('alloc(4, "YWI=", "base64")', function () { return Buffer.alloc(4, 'YWI=', 'base64').toString(); });
t('alloc(3, "", "utf8")', function () { return Buffer.alloc(3, '', 'utf8').toString('hex'); });
t('alloc(-1)', function () { return Buffer.alloc(-1); });
t('alloc("5")', function () { return Buffer.alloc('5'); });
t('allocUnsafe(NaN)', function () { return Buffer.allocUnsafe(NaN); });
t('allocUnsafeSlow(1e10)', function () { return Buffer.allocUnsafeSlow(1e10); });
t('alloc(2.5).length', function () { return Buffer.alloc(2.5).length; });
t('byteLength(5)', function () { return Buffer.byteLength(5); });
t('byteLength(ArrayBuffer)', function () { return Buffer.byteLength(new ArrayBuffer(9)); });
t('byteLength(Uint32Array)', function () { return Buffer.byteLength(new Uint32Array(3)); });
t('byteLength(s, "bogus")', function () { return Buffer.byteLength('\u00e9', 'bogus'); });
