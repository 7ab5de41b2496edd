// path.parse and path.format, and the round trip format(parse(p)) === p.
var path = require('path');
var inputs = ['', '/', '//', 'a', '/a', '//a', '/home/user/dir/file.txt', 'dir/file.tar.gz', '.bashrc',
  '/x/.bashrc', 'a/b/', 'a/b//', '/a/..', '..', '.', '...', 'a.b.', '/foo/bar.', 'file', '/.x.y',
  'a//b', './a.js', '../a/b.c'];
inputs.forEach(function (p) {
  var parsed = path.parse(p);
  console.log(JSON.stringify(p) + ' -> ' + JSON.stringify(parsed) + ' -> ' + JSON.stringify(path.format(parsed)));
});
var objects = [
  { root: '/ignored', dir: '/home/user/dir', base: 'file.txt' },
  { root: '/', base: 'file.txt', ext: 'ignored' },
  { root: '/', name: 'file', ext: '.txt' },
  { root: '/', name: 'file', ext: 'txt' },
  { name: 'x' },
  { dir: 'd', name: 'n', ext: '' },
  { root: '/', dir: '/' , base: 'b' },
  {},
];
objects.forEach(function (o) {
  console.log('format(' + JSON.stringify(o) + ') = ' + JSON.stringify(path.format(o)));
});
