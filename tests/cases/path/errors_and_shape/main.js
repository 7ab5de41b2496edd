// Argument validation errors and the shape of the module.
var path = require('path');
function tryIt(label, fn) {
  try {
    console.log(label + ' -> ' + JSON.stringify(fn()));
  } catch (e) {
    console.log(label + ' threw ' + e.name + ' ' + e.code + ': ' + e.message);
  }
}
tryIt('join(1)', function () { return path.join('a', 1); });
tryIt('resolve(null)', function () { return path.resolve('a', null); });
tryIt('normalize(undefined)', function () { return path.normalize(); });
tryIt('basename(1)', function () { return path.basename(1); });
tryIt("basename('a', 1)", function () { return path.basename('a', 1); });
tryIt('relative(1, x)', function () { return path.relative(1, 'x'); });
tryIt('relative(x, {})', function () { return path.relative('x', {}); });
tryIt('format(null)', function () { return path.format(null); });
tryIt("format('x')", function () { return path.format('x'); });
tryIt('win32.join(true)', function () { return path.win32.join(true); });
tryIt('win32.resolve(1)', function () { return path.win32.resolve(1); });
tryIt('extname({})', function () { return path.extname({}); });
tryIt('dirname([])', function () { return path.dirname([]); });
tryIt('parse(5)', function () { return path.parse(5); });
tryIt('toNamespacedPath(5)', function () { return path.toNamespacedPath(5); });
console.log('posix === path:', path.posix === path);
console.log('win32.win32 === win32:', path.win32.win32 === path.win32);
console.log('posix.win32 === win32:', path.posix.win32 === path.win32);
console.log('win32.posix === posix:', path.win32.posix === path.posix);
console.log('_makeLong:', path._makeLong === path.toNamespacedPath, path.win32._makeLong === path.win32.toNamespacedPath);
console.log('sep/delimiter:', path.sep, path.delimiter);
['resolve', 'normalize', 'isAbsolute', 'join', 'relative', 'toNamespacedPath', 'dirname', 'basename',
  'extname', 'format', 'parse'].forEach(function (k) {
  console.log(k + ': ' + typeof path[k] + ' ' + typeof path.win32[k]);
});
