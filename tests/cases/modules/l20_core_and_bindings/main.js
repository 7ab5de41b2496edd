// Seed-catalogue lesson L20: core modules and their native bindings.
var os = require('os');
var binding = process.binding('os');
console.log('require("os") is cached:', require('os') === os);
console.log('binding exposes getHostname:', typeof binding.getHostname === 'function');
console.log('os.hostname() === binding-derived hostname:', os.hostname() === String(binding.getHostname()));
console.log('core module not in require.cache:', !Object.keys(require.cache).some(function (k) { return k === 'os'; }));
console.log('node: prefix is the same module:', require('node:os') === os);
try { process.binding('no_such_binding'); } catch (e) { console.log(e.message); }
