// The checkpoint loop: nextTicks queued by microtasks run after the current
// microtask queue is empty, and then microtasks queued by those ticks.
Promise.resolve().then(function () {
  console.log('p1');
  process.nextTick(function () {
    console.log('tick from p1');
    Promise.resolve().then(function () { console.log('p from tick'); });
  });
  Promise.resolve().then(function () { console.log('p1 nested'); });
}).then(function () { console.log('p2'); });
process.nextTick(function () { console.log('tick 1'); });
setImmediate(function () { console.log('immediate'); });
console.log('sync');
