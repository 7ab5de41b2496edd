// Lesson 11: recursive nextTicks starve the loop; recursive immediates do not.
//
// A nextTick queued by a nextTick runs in the same checkpoint: the loop cannot
// move on until the queue is empty. An immediate queued by an immediate waits
// for the next iteration, so each iteration the loop passes through poll and
// I/O callbacks get their turn.
var fs = require('fs');

var ticks = 0;

fs.stat(__filename, function firstStat() {
  console.log('first stat callback ran after all ' + ticks + ' nextTicks');
  startImmediates();
});

// 10000 nextTicks, each queueing the next: the stat finished long ago on the
// thread pool, but its callback must wait for the loop's poll phase.
process.nextTick(function spinTicks() {
  ticks++;
  if (ticks < 10000) process.nextTick(spinTicks);
});

function startImmediates() {
  var immediates = 0;
  fs.stat(__filename, function secondStat() {
    console.log('second stat callback ran while the immediates were still going: ' +
                (immediates < 10000));
  });
  setImmediate(function spinImmediates() {
    immediates++;
    if (immediates < 10000) setImmediate(spinImmediates);
  });
}

// Node 0.10 had a guard against endless nextTick recursion; it is long gone.
console.log('process.maxTickDepth: ' + process.maxTickDepth);
