// Run with node to make expected_paths.txt: the node_modules directories
// Node searches for a bare name from a/b/c/main.js, relative to this folder,
// down to (and including) this folder's own node_modules.
var path = require('path');
var m = new (require('module'))(path.join(__dirname, 'a/b/c/main.js'));
m.paths = require('module')._nodeModulePaths(path.join(__dirname, 'a/b/c'));
m.paths.forEach(function (p) {
  var rel = path.relative(__dirname, p);
  if (rel.indexOf('..') !== 0) console.log(rel);
});
