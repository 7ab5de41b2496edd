// path.win32.resolve/relative/toNamespacedPath. On a POSIX host Node uses
// process.cwd() (a path without a drive) as the Windows current directory.
var w = require('path').win32;
var cwd = process.cwd().replace(/\//g, '\\');
function show(label, v) { console.log(label + ' = ' + JSON.stringify(v.split(cwd).join('<cwd>'))); }
show("resolve('foo')", w.resolve('foo'));
show("resolve('C:\\\\foo', 'bar')", w.resolve('C:\\foo', 'bar'));
show("resolve('C:\\\\foo', 'D:\\\\bar')", w.resolve('C:\\foo', 'D:\\bar'));
show("resolve('C:foo')", w.resolve('C:foo'));
show("resolve('c:/ignore', 'd:\\\\a/b\\\\c/d', '\\\\e.exe')", w.resolve('c:/ignore', 'd:\\a/b\\c/d', '\\e.exe'));
show("resolve('\\\\\\\\server\\\\share', '..', 'x')", w.resolve('\\\\server\\share', '..', 'x'));
show("resolve('C:\\\\', 'D:x', 'C:y')", w.resolve('C:\\', 'D:x', 'C:y'));
show("resolve('/a', 'C:b')", w.resolve('/a', 'C:b'));
var pairs = [['C:\\orandea\\test\\aaa', 'C:\\orandea\\impl\\bbb'], ['C:\\a', 'C:\\A'], ['C:\\a\\B', 'c:\\A\\b\\C'],
  ['C:\\', 'C:\\foo'], ['C:\\foo', 'C:\\'], ['C:\\foo', 'D:\\foo'], ['\\\\srv\\share\\a', '\\\\srv\\share\\b'],
  ['\\\\srv\\share', '\\\\srv\\share\\x\\y'], ['a', 'b'], ['C:\\foo\\bar', 'C:\\foo\\barbaz'], ['\\a', '\\b'],
  ['\\', '\\b'], ['\\aa', '\\a']];
pairs.forEach(function (p) {
  show('relative(' + JSON.stringify(p[0]) + ', ' + JSON.stringify(p[1]) + ')', w.relative(p[0], p[1]));
});
['C:\\x\\y', '\\\\srv\\share\\f', '\\\\?\\C:\\x', 'C:', 'rel', ''].forEach(function (p) {
  show('toNamespacedPath(' + JSON.stringify(p) + ')', w.toNamespacedPath(p));
});
console.log('non-string toNamespacedPath:', w.toNamespacedPath(42));
