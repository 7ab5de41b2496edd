// 'newListener' fires before a listener is added, 'removeListener' after
// it is removed; removeAllListeners reports each removal, newest first.
var EventEmitter = require('events');
var ee = new EventEmitter();
ee.on('newListener', function (name, fn) {
  console.log('newListener', String(name), fn.name, 'already there:', ee.listenerCount(name));
});
function one() {}
function two() {}
ee.on('x', one);
ee.once('x', two);   // reported with the original function
ee.prependListener(Symbol('s'), one);
// adding inside newListener for the same event lands before the new one
var ee2 = new EventEmitter();
ee2.once('newListener', function (name) {
  if (name === 'y') ee2.on('y', function inner() { console.log('inner'); });
});
ee2.on('y', function outer() { console.log('outer'); });
ee2.emit('y');
ee.on('removeListener', function (name, fn) {
  console.log('removeListener', String(name), fn.name);
});
ee.removeListener('x', two);  // removes the once wrapper, reports the original
ee.on('x', two);
ee.on('z', one);
console.log('--- removeAllListeners(x)');
ee.removeAllListeners('x');
console.log('--- removeAllListeners()');
ee.on('w', one);
ee.removeAllListeners();
console.log('names after:', ee.eventNames().length);
// removing the last listener of the only event does not emit removeListener
var ee3 = new EventEmitter();
ee3.on('removeListener', function (n) { console.log('ee3 removeListener', n); });
function f() {}
ee3.on('q', f);
ee3.removeListener('q', f);
ee3.removeListener('removeListener', ee3.listeners('removeListener')[0]);
console.log('ee3 names:', ee3.eventNames().length);
// removeAllListeners returns the emitter
console.log('chainable:', ee3.removeAllListeners() === ee3, ee3.removeAllListeners('nope') === ee3);
// a once listener removes itself before running
var ee4 = new EventEmitter();
ee4.once('o', function () { console.log('inside once, count:', ee4.listenerCount('o')); });
ee4.emit('o');
// removing a listener during emit does not affect the current emit
var ee5 = new EventEmitter();
function l1() { console.log('l1'); ee5.removeAllListeners('t'); }
function l2() { console.log('l2 still runs'); }
ee5.on('t', l1); ee5.on('t', l2);
ee5.emit('t');
console.log('after:', ee5.emit('t'));
