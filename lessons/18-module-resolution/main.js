// Lesson 18: how require() finds a module. A path ('./lib/foo') is tried as
// a file, then with .js, .json, .node, then as a directory. A bare name
// ('pkgmain') is a core module if one has that name; otherwise it is looked
// for in node_modules folders, from the requiring file's folder up to the
// root. In a package folder, package.json's "main" says which file to load,
// and index.js is the fallback.
var path = require('path');

// The node_modules folders searched from this file, nearest first (only the
// first two: the rest depends on where the course lives on your disk).
module.paths.slice(0, 2).forEach(function (dir) {
  console.log('searched for packages: ' + path.relative(__dirname, dir));
});

console.log(require('./lib/foo'));
console.log('./lib/config resolved to config.json: port ' + require('./lib/config').port);
console.log(require('pkgmain'));
console.log(require('pkgindex'));
console.log(require('pkgbadmain'));
console.log(require('./app/lib/walk'));
console.log('require("events") is the core module: ' +
            (typeof require('events').EventEmitter === 'function'));

try {
  require('does-not-exist');
} catch (e) {
  console.log('does-not-exist: ' + e.code);
}
