// Lesson 19: what require() does with a file once it has found it. It wraps
// the source in a function, (function (exports, require, module, __filename,
// __dirname) { ... }), runs it once with `this` set to module.exports, and
// caches the module: the next require() of the same file returns the same
// exports object without running the file again.
var Module = require('module');

console.log('the wrapper: ' + JSON.stringify(Module.wrapper[0]));
console.log('arguments in this module: ' + arguments.length +
            ', this === module.exports: ' + (this === module.exports));

var a = require('./counter');
var b = require('./counter');  // from the cache: the body does not run again
console.log('same exports object: ' + (a === b) + ', inc: ' + a.inc() + ' ' + b.inc());

// Deleting the cache entry makes the next require() load a fresh instance.
delete require.cache[require.resolve('./counter')];
var c = require('./counter');
console.log('after deleting the cache entry: a fresh counter, inc: ' + c.inc());

console.log('extensions: ' + Object.keys(require.extensions).join(' '));

// Variables declared in a module are local to its wrapper function: they do
// not become globals.
var local = 'module-local';
console.log('var in a module is global: ' + (typeof global.local !== 'undefined'));
