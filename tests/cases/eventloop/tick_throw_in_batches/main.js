// A nextTick that throws between two timers of one list, or two immediates
// of one batch: 'uncaughtException' handles it, the next timer or immediate
// runs, and the ticks still queued run after that one (Node's
// processImmediate and listOnTimeout call runNextTicks() between callbacks,
// and an exception leaves that drain).
process.on('uncaughtException', function handler(e) { console.log('caught ' + e.message); });
setTimeout(function t1() {
  console.log('t1');
  process.nextTick(function boom() { throw new Error('tick after t1'); });
  process.nextTick(function later() { console.log('tick queued in t1'); });
}, 1);
setTimeout(function t2() {
  console.log('t2');
  setImmediate(function im1() {
    console.log('im1');
    process.nextTick(function boom() { throw new Error('tick after im1'); });
    process.nextTick(function later() { console.log('tick queued in im1'); });
    Promise.resolve().then(function micro() { console.log('microtask queued in im1'); });
  });
  setImmediate(function im2() { console.log('im2'); });
  setImmediate(function im3() { console.log('im3'); });
}, 1);
