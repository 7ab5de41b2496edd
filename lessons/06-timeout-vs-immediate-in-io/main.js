// Lesson 06: setTimeout(fn, 0) or setImmediate(fn), scheduled from inside an
// I/O callback. The I/O callback runs in the poll phase; the next phase is
// check, so the immediate always wins. The timer (0 ms means 1 ms) has to
// wait for the timers phase of a later iteration.
var fs = require('fs');

fs.readFile(__filename, function afterRead(err, data) {
  if (err) throw err;
  console.log('readFile callback (poll phase): the file is read');
  setTimeout(function timeout0() {
    console.log('setTimeout 0 (timers phase of a later iteration)');
  }, 0);
  setImmediate(function immediate() {
    console.log('setImmediate (check phase, same iteration)');
  });
  process.nextTick(function tick() {
    console.log('nextTick (as soon as the readFile callback returns)');
  });
});

console.log('main script: the read is on the thread pool now');
