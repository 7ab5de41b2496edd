// Lesson 08: a busy thread delays every callback. JavaScript runs on one
// thread; while it is busy, the loop cannot reach the timers phase (or any
// other phase), so a timer fires late and an I/O callback waits, even though
// the I/O itself finished long ago on the thread pool.
var fs = require('fs');

var setAt = Date.now();
setTimeout(function tenMsTimer() {
  var waited = Date.now() - setAt;
  console.log('the 10 ms timer fired, at least 500 ms after it was set: ' + (waited >= 500));
}, 10);

fs.stat(__filename, function afterStat(err, stats) {
  if (err) throw err;
  console.log('the stat callback ran too (its work was done on the thread pool meanwhile): ' +
              stats.isFile());
});

// Block the thread for half a second: nothing else can run meanwhile.
var start = Date.now();
while (Date.now() - start < 500) { /* busy */ }
console.log('busy loop done: only now can the event loop start');
