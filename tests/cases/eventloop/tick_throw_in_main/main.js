// A nextTick that throws in the checkpoint after the main script: once
// 'uncaughtException' has handled it, the ticks and microtasks still queued
// run at the start of the next check phase, before that phase's immediates
// (Node opens a callback scope there, and after a handled exception it queues
// an empty immediate so that a check phase comes). A throw in an I/O
// callback's checkpoint is the same.
process.on('uncaughtException', function handler(e) { console.log('caught ' + e.message); });
process.nextTick(function boom() { throw new Error('tick after main'); });
process.nextTick(function rest() { console.log('tick queued in main'); });
Promise.resolve().then(function micro() { console.log('microtask queued in main'); });
setImmediate(function immediate() {
  console.log('immediate');
  require('fs').stat(__filename, function afterStat() {
    console.log('stat callback');
    process.nextTick(function boom2() { throw new Error('tick after stat'); });
    process.nextTick(function rest2() { console.log('tick queued in stat'); });
    setImmediate(function immediate2() { console.log('immediate after stat'); });
  });
});
process.once('beforeExit', function () { console.log('beforeExit'); });
