// Lesson 20: core modules. require('os') does not search the disk: 'os' is a
// built-in, its JavaScript compiled into the runtime, and that JavaScript
// calls a native (C++) binding to ask the operating system. Three layers:
// the binding (C++), the core module (JS), your module.
var os = require('os');
var binding = process.binding('os');  // the layer below os (deprecated API)

console.log('require("os") twice gives the same object: ' + (require('os') === os));
console.log('require("node:os") is the same module: ' + (require('node:os') === os));
console.log('the binding has getHostname(): ' + (typeof binding.getHostname === 'function'));
console.log('os.hostname() is what the binding returns: ' +
            (os.hostname() === String(binding.getHostname())));
console.log('core modules are not in require.cache: ' +
            (Object.keys(require.cache).indexOf('os') === -1));
console.log('require.resolve("os") is just its name: ' + require.resolve('os'));
try {
  process.binding('no_such_binding');
} catch (e) {
  console.log('process.binding of an unknown name: ' + e.message);
}
