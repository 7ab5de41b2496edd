// The listener API: on/addListener, prepend*, once, off, listeners,
// rawListeners, listenerCount (with a listener argument), eventNames.
var EventEmitter = require('events');
var ee = new EventEmitter();
var log = [];
function a(x) { log.push('a' + x); }
function b(x) { log.push('b' + x); }
function c(x) { log.push('c' + x); }
console.log('on returns emitter:', ee.on('e', a) === ee, ee.addListener('e', b) === ee);
console.log('prependListener returns emitter:', ee.prependListener('e', c) === ee);
ee.prependOnceListener('e', function first(x) { log.push('first' + x); });
ee.once('e', a);
console.log('emit returns:', ee.emit('e', 1), ee.emit('none'));
ee.emit('e', 2);
console.log(log.join(' '));
console.log('listeners:', ee.listeners('e').map(function (f) { return f.name; }).join(','));
ee.once('e', b);
var raw = ee.rawListeners('e');
console.log('raw count:', raw.length, 'last has .listener:', raw[3].listener === b, 'is wrapper:', raw[3] !== b);
console.log('listeners unwraps:', ee.listeners('e')[3] === b);
console.log('listenerCount:', ee.listenerCount('e'), ee.listenerCount('e', b), ee.listenerCount('e', a), ee.listenerCount('e', function () {}));
console.log('static listenerCount:', EventEmitter.listenerCount(ee, 'e'));
// calling the raw once wrapper fires the listener and removes it
log = [];
raw[3]('raw');
console.log(log.join(' '), 'count now', ee.listenerCount('e', b));
ee.off('e', b);
console.log('after off(b):', ee.listeners('e').map(function (f) { return f.name; }).join(','));
ee.removeListener('e', function notThere() {});
console.log('removing unknown is fine:', ee.listenerCount('e'));
// removeListener removes the most recent registration
ee.on('dup', a); ee.on('dup', b); ee.on('dup', a);
ee.removeListener('dup', a);
console.log('dup:', ee.listeners('dup').map(function (f) { return f.name; }).join(','));
var sym = Symbol('sym');
ee.on(sym, a);
ee.on(42, a);
console.log('eventNames:', ee.eventNames().map(String).join(','));
console.log('listeners of symbol:', ee.listeners(sym).length);
// the same listener may be added twice and fires twice
var n = 0;
function inc() { n++; }
ee.on('twice', inc); ee.on('twice', inc);
ee.emit('twice');
console.log('twice fired', n);
// `this` in a listener is the emitter; arguments pass through
ee.on('args', function () { console.log('this ok:', this === ee, 'args:', [].slice.call(arguments).join('|')); });
ee.emit('args', 1, 'two', null, undefined);
try { ee.on('x', 'notfn'); } catch (e) { console.log(e.code + ': ' + e.message); }
try { ee.once('x', null); } catch (e) { console.log(e.code + ': ' + e.message); }
try { ee.removeListener('x', 5); } catch (e) { console.log(e.code + ': ' + e.message); }
try { ee.prependListener('x', {}); } catch (e) { console.log(e.code + ': ' + e.message); }
var empty = new EventEmitter();
console.log('empty:', empty.eventNames().length, empty.listeners('x').length, empty.listenerCount('x'));
