// Symlinks: a module found through a symlink is cached under its real path,
// so the symlink and the real file give the same module, loaded once.
var viaLink = require('./link');
var viaReal = require('./real/target');
console.log('same module:', viaLink === viaReal, '| loaded', global.symlinkLoads, 'time(s)');
console.log('__filename of the linked module:', viaLink.where);
console.log('through a symlinked directory:', require('./linkdir'));
console.log('resolve gives the real path:', require.resolve('./link').split('/').slice(-2).join('/'));
