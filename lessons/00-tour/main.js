// A tour of the event loop: one of each kind of callback, so every panel of
// the visualizer has something to show. Predict the order before you run it!
var path = require('path');

console.log('1. main script starts (' + path.basename(__filename) + ')');

setTimeout(function timeout() {
  console.log('5. setTimeout 0 (timers phase; 0 ms is really 1 ms)');
}, 0);

setImmediate(function immediate() {
  console.log('6. setImmediate (check phase)');
  process.nextTick(function tickInImmediate() {
    console.log('7. nextTick queued by the immediate runs right after it');
  });
});

Promise.resolve('value').then(function promiseThen(v) {
  console.log('4. promise .then (a microtask, after every nextTick)');
});

process.nextTick(function tick() {
  console.log('3. process.nextTick (right after the main script)');
});

console.log('2. main script ends');
