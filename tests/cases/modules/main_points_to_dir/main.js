// package.json "main" naming a directory (resolved to its index.js) or a
// file with its own extension.
console.log(require('pkg'));
console.log(require('jsonmain').from);
console.log(require.resolve('pkg').split('/node_modules/')[1]);
