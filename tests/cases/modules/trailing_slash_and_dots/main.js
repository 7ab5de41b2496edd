// Trailing slashes and dot walks: './lib' prefers the file lib.js, './lib/'
// can only be the directory; '..' and '.' name directories.
console.log(require('./lib'));
console.log(require('./lib/'));
console.log(require('./lib/index'));
console.log(require('./sub/deeper/up'));
console.log(require('./sub/deeper/sideways'));
console.log(require('./sub/dot'));
console.log(require('./'));
