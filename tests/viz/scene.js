// The visualizer test's scene: one of each thing the panels draw (timers,
// an interval, immediates, nextTicks, promises, queueMicrotask, a require,
// Buffer allocations from the slab pool and outside it). The timers are far
// enough apart (20, 25, 50, 60, 75 ms) that their order does not depend on
// how busy the machine is.
var helper = require('./helper');
var path = require('path');

console.log(helper.greet('scene') + ' from ' + path.basename(__filename));

var small = Buffer.allocUnsafe(100);
var medium = Buffer.from('a string that goes into the pool');
var zeroed = Buffer.alloc(64);
var big = Buffer.allocUnsafe(5000);
for (var i = 0; i < 6; i++) Buffer.allocUnsafe(1500);
console.log('buffers', small.length, medium.length, zeroed.length, big.length);

setTimeout(function slowTimer() {
  console.log('timer 60 ms');
}, 60);

setTimeout(function fastTimer() {
  console.log('timer 20 ms');
  setImmediate(function immediateFromTimer() {
    console.log('immediate from the timer');
  });
}, 20);

var n = 0;
var interval = setInterval(function tickTock() {
  n++;
  console.log('interval ' + n);
  if (n === 3) clearInterval(interval);
}, 25);

setImmediate(function firstImmediate() {
  console.log('immediate 1');
  setImmediate(function nestedImmediate() {
    console.log('nested immediate (next iteration)');
  });
  process.nextTick(function tickInImmediate() {
    console.log('tick inside immediate');
  });
});
setImmediate(function secondImmediate() {
  console.log('immediate 2');
});

Promise.resolve(1).then(function thenOne(v) {
  console.log('promise then', v);
  return v + 1;
}).then(function thenTwo(v) {
  console.log('promise then', v);
});
queueMicrotask(function microtask() {
  console.log('queueMicrotask');
});
process.nextTick(function firstTick() {
  console.log('nextTick 1');
  process.nextTick(function secondTick() {
    console.log('nextTick 2');
  });
});
console.log('main script ends');
