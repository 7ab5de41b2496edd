// Lesson 02: process.nextTick runs before setImmediate.
//
// Both defer a callback, but to very different places: a nextTick callback
// runs as soon as the current callback (here: the main script) returns, before
// the event loop moves on; an immediate waits for the loop's check phase.

setImmediate(function immediateCallback() {
  console.log('setImmediate: the check phase of the first loop iteration');
  process.nextTick(function tickAfterImmediate() {
    console.log('a nextTick queued by the immediate: runs the moment the immediate returns');
  });
});

process.nextTick(function tickCallback() {
  console.log('nextTick: right after the main script, before the loop starts');
  setImmediate(function immediateFromTick() {
    console.log('an immediate queued by the nextTick: same check phase, after the first one');
  });
});

console.log('the main script runs to the end first');
