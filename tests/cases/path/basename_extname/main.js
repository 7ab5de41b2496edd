// basename (with and without a suffix), extname and dirname corner cases.
var path = require('path');
var names = ['', '/', '//', 'a', '/a/', 'a//', '/a/b.js', 'b.js/', '.bashrc', 'a.b.', '..', '...',
  '.', 'a.', '.a.b', '..a', 'file.tar.gz', '/dir.d/file', 'x/.', 'x/..', '//a', '///a', 'a//b', 'a/b//c//'];
names.forEach(function (p) {
  console.log(JSON.stringify(p) + ': basename=' + JSON.stringify(path.basename(p)) +
    ' extname=' + JSON.stringify(path.extname(p)) + ' dirname=' + JSON.stringify(path.dirname(p)));
});
var suffixed = [['/a/b.js', '.js'], ['/a/b.js', 'b.js'], ['/a/b.js', 'js'], ['b.js', '.ts'], ['a/bc/', 'xbc'],
  ['a/bc', 'c'], ['//', '/'], ['aaa', 'a'], ['/a/b.js/', '.js'], ['.js', '.js'], ['x.js', ''],
  ['/foo/bar/', 'bar'], ['ab', 'xab'], ['a/b', 'b/']];
suffixed.forEach(function (p) {
  console.log('basename(' + JSON.stringify(p[0]) + ', ' + JSON.stringify(p[1]) + ') = ' +
    JSON.stringify(path.basename(p[0], p[1])));
});
