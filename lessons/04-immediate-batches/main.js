// Lesson 04: the check phase runs the immediates that were queued before it
// began, as one batch. An immediate queued *during* the check phase waits for
// the next iteration, and a due timer gets in between.

// Keeps the thread busy for `ms` milliseconds (long enough for a 1 ms timer
// to be due when the check phase ends).
function busy(ms) {
  var start = Date.now();
  while (Date.now() - start < ms) { /* spin */ }
}

setImmediate(function immediateA() {
  console.log('immediate A');
  setTimeout(function timeoutFromA() {
    console.log('timeout 1 ms (scheduled in A): due before the next check phase');
  }, 1);
  setImmediate(function childOfA() {
    console.log('immediate A-child (queued during the check phase): next iteration');
  });
  busy(10);
});
setImmediate(function immediateB() {
  console.log('immediate B');
});
setImmediate(function immediateC() {
  console.log('immediate C');
});
