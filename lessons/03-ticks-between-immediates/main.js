// Lesson 03: the nextTick queue (and the promise queue) is drained between
// two immediates of the same batch.
//
// This is the book's example, with one promise added. The book's output is
// the same as Node 20's, but for a reason that no longer holds: see README.md.

process.nextTick(function firstTick() {
  console.log('nextTick 1');
});
process.nextTick(function secondTick() {
  console.log('nextTick 2');
});

setImmediate(function firstImmediate() {
  console.log('setImmediate 1');
  // Both are queued while the check phase runs the first immediate...
  process.nextTick(function cutInLine() {
    console.log('nextTick queued inside setImmediate 1: cuts in before setImmediate 2');
  });
  Promise.resolve().then(function promiseInImmediate() {
    console.log('promise callback queued inside setImmediate 1: also before setImmediate 2');
  });
});
setImmediate(function secondImmediate() {
  console.log('setImmediate 2');
});

console.log('normal execution (main script)');
