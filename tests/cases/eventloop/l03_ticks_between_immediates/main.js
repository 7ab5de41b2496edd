// Seed-catalogue lesson L03: `nextTick` drained between immediates
process.nextTick(function () { console.log('nextTick 1'); });
process.nextTick(function () { console.log('nextTick 2'); });
setImmediate(function () {
  console.log('setImmediate 1');
  process.nextTick(function () { console.log('nextTick queued inside setImmediate 1'); });
});
setImmediate(function () { console.log('setImmediate 2'); });
console.log('sync');
