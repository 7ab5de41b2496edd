// fill, copy and compare with their ranges and errors.
function t(label, f) {
  var r;
  try {
    r = f();
  } catch (e) {
    r = e.name + ' [' + e.code + ']: ' + e.message;
  }
  console.log(label + ' => ' + r);
}
function fresh() { return Buffer.alloc(8, 0x2e); }
t('fill(0x41)', function () { return fresh().fill(0x41).toString(); });
t('fill(-1)', function () { return fresh().fill(-1).toString('hex'); });
t('fill(258.9)', function () { return fresh().fill(258.9).toString('hex'); });
t('fill("ab", 1, 6)', function () { return fresh().fill('ab', 1, 6).toString(); });
t('fill("\\u6df1")', function () { return fresh().fill('\u6df1').toString('hex'); });
t('fill("abc", "latin1")', function () { return fresh().fill('abc', 'latin1').toString(); });
t('fill("6162", 2, "hex")', function () { return fresh().fill('6162', 2, 'hex').toString(); });
t('fill("YWJj", "base64")', function () { return fresh().fill('YWJj', 'base64').toString(); });
t('fill(Buffer "xyz")', function () { return fresh().fill(Buffer.from('xyz')).toString(); });
t('fill(true)', function () { return fresh().fill(true).toString('hex'); });
t('fill("")', function () { return fresh().fill('').toString('hex'); });
t('fill("x", 3, 3)', function () { return fresh().fill('x', 3, 3).toString(); });
t('fill("x", 5, 2)', function () { return fresh().fill('x', 5, 2).toString(); });
t('fill("x", -1)', function () { return fresh().fill('x', -1); });
t('fill("x", 0, 9)', function () { return fresh().fill('x', 0, 9); });
t('fill("x", 1.5)', function () { return fresh().fill('x', 1.5); });
t('fill("x", "bogus")', function () { return fresh().fill('x', 'bogus'); });
t('fill("x", 0, 8, 5)', function () { return fresh().fill('x', 0, 8, 5); });
t('fill(Buffer.alloc(0))', function () { return fresh().fill(Buffer.alloc(0)); });
t('fill("\\u00e9", "ascii")', function () { return fresh().fill('\u00e9', 'ascii').toString('hex'); });
var src = Buffer.from('abcdef');
function copyTo(args) {
  var target = fresh();
  var n = src.copy.apply(src, [target].concat(args));
  return n + ' ' + target.toString();
}
t('copy()', function () { return copyTo([]); });
t('copy(2)', function () { return copyTo([2]); });
t('copy(2, 1, 3)', function () { return copyTo([2, 1, 3]); });
t('copy(6)', function () { return copyTo([6]); });
t('copy(8)', function () { return copyTo([8]); });
t('copy(0, 4, 2)', function () { return copyTo([0, 4, 2]); });
t('copy(0, 0, 100)', function () { return copyTo([0, 0, 100]); });
t('copy(1.7, "1")', function () { return copyTo([1.7, '1']); });
t('copy(-1)', function () { return copyTo([-1]); });
t('copy(0, 7)', function () { return copyTo([0, 7]); });
t('copy(0, 0, -1)', function () { return copyTo([0, 0, -1]); });
t('copy into a Uint8Array', function () { var u = new Uint8Array(3); return src.copy(u) + ' ' + u[2]; });
t('copy overlapping', function () { var x = Buffer.from('0123456789'); x.copy(x, 3, 0, 6); return x.toString(); });
t('copy("x")', function () { return src.copy('x'); });
var a = Buffer.from('abcd');
var b = Buffer.from('abce');
t('a.compare(b)', function () { return a.compare(b); });
t('a.compare(b, 0, 3)', function () { return a.compare(b, 0, 3); });
t('a.compare(b, 0, 3, 0, 3)', function () { return a.compare(b, 0, 3, 0, 3); });
t('a.compare(b, 1, 2, 1, 2)', function () { return a.compare(b, 1, 2, 1, 2); });
t('a.compare(b, 2, 2, 0, 0)', function () { return a.compare(b, 2, 2, 0, 0); });
t('a.compare(b, 2, 2)', function () { return a.compare(b, 2, 2); });
t('a.compare(b, 0, 5)', function () { return a.compare(b, 0, 5); });
t('a.compare(b, -1)', function () { return a.compare(b, -1); });
t('a.compare(b, 0.5)', function () { return a.compare(b, 0.5); });
t('Buffer.compare(b, a)', function () { return Buffer.compare(b, a); });
t('Buffer.compare(a, "x")', function () { return Buffer.compare(a, 'x'); });
t('equals', function () { return a.equals(Buffer.from('abcd')) + ' ' + a.equals(b) + ' ' + a.equals(new Uint8Array([97, 98, 99, 100])); });
t('equals(1)', function () { return a.equals(1); });
