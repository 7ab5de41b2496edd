// path.normalize / path.join corner cases (POSIX).
var path = require('path');
var inputs = ['', '.', '..', './', '../', '/', '//', '///', '//a', '///a//b', 'a/../..', 'a/..',
  'a/../', '/..', '/../..', '/a/../../b', 'a//b', 'a/./b/', './a', '../../a/b/../c',
  'a/b/c/../../..', 'a/b/c/../../../..', '...', '.../a', 'a/...', '..a/b', 'a..b/../c',
  '/foo/bar//baz/asdf/quux/..', 'foo/', 'foo//', '/.', '/./', './/', './/a//'];
inputs.forEach(function (p) {
  console.log('normalize(' + JSON.stringify(p) + ') = ' + JSON.stringify(path.normalize(p)));
});
var joins = [[], [''], ['', ''], ['.'], ['/', '..'], ['a', '', 'b'], ['/a', '/b'], ['a', '../..', 'c'],
  ['//', 'a'], ['', '/a'], ['a/', '/b/'], ['.', '.', '.'], ['/foo', 'bar', 'baz/asdf', 'quux', '..']];
joins.forEach(function (args) {
  console.log('join(' + JSON.stringify(args).slice(1, -1) + ') = ' + JSON.stringify(path.join.apply(null, args)));
});
console.log('isAbsolute:', ['/', '//x', 'x', '', './x', '~'].map(function (p) { return path.isAbsolute(p); }).join(' '));
