// Lesson 01: the event loop runs while something keeps it alive.
//
// The main script only *schedules* work. When it returns, the loop starts and
// goes round while a ref'd handle (a timer, a server...) or a request (a file
// read...) is pending. When nothing is left, 'beforeExit' is emitted; if a
// listener schedules more work, the loop comes back to life. Otherwise 'exit'
// is emitted and the process ends.

console.log('main script starts');

setTimeout(function timerFired() {
  console.log('the 10 ms timer fired (timers phase); nothing else keeps the loop alive now');
}, 10);

// An unref'd timer does not keep the loop alive: the process is gone long
// before this one is due.
var reminder = setTimeout(function neverRuns() {
  console.log('this never prints');
}, 60000);
reminder.unref();

var rounds = 0;
process.on('beforeExit', function onBeforeExit(code) {
  rounds++;
  console.log('beforeExit #' + rounds + ': the loop ran dry (code ' + code + ')');
  if (rounds === 1) {
    // New work scheduled here brings the loop back for one more round.
    setTimeout(function oneMoreRound() {
      console.log('one more round: a timer scheduled from beforeExit');
    }, 5);
  }
});

process.on('exit', function onExit(code) {
  // The loop is gone: only synchronous work happens here. A timer set now
  // never fires.
  setTimeout(function tooLate() { console.log('this never prints either'); }, 0);
  console.log('exit, code ' + code + ': the process ends');
});

console.log('main script ends: the loop starts now');
