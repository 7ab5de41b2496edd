// path.resolve and path.relative (POSIX); the cwd is this case's directory.
var path = require('path');
var cwd = process.cwd();
function show(label, value) {
  console.log(label + ' = ' + JSON.stringify(value.split(cwd).join('<cwd>')));
}
show('resolve()', path.resolve());
show("resolve('')", path.resolve(''));
show("resolve('a')", path.resolve('a'));
show("resolve('a', 'b', '..')", path.resolve('a', 'b', '..'));
show("resolve('/foo/bar', './baz')", path.resolve('/foo/bar', './baz'));
show("resolve('/foo/bar', '/tmp/file/')", path.resolve('/foo/bar', '/tmp/file/'));
show("resolve('wwwroot', 'static_files/png/', '../gif/image.gif')",
  path.resolve('wwwroot', 'static_files/png/', '../gif/image.gif'));
show("resolve('/', '..', '..')", path.resolve('/', '..', '..'));
show("resolve('/a', '', 'b', '')", path.resolve('/a', '', 'b', ''));
show("resolve('//a//b/')", path.resolve('//a//b/'));
var pairs = [['/a/b', '/a/b'], ['/a/b', '/a/b/c/d'], ['/a/b/c/d', '/a/b'], ['/a/b', '/a/c'],
  ['/', '/a'], ['/a', '/'], ['/a/bc', '/a/b'], ['/a/b', '/a/bc'], ['/data/orandea/test/aaa', '/data/orandea/impl/bbb'],
  ['a', 'b'], ['', ''], ['', 'x/y'], ['x/y', ''], ['/a/b/', '/a/b'], ['/foo/bar/baz-quux', '/foo/bar/baz'],
  ['/page1/page2/foo', '/'], ['/var/lib', '/var/apache']];
pairs.forEach(function (p) {
  show('relative(' + JSON.stringify(p[0]) + ', ' + JSON.stringify(p[1]) + ')', path.relative(p[0], p[1]));
});
