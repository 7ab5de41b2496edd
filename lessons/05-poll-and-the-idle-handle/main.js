// Lesson 05: why poll did not block. The poll phase may sleep until the next
// timer is due, but not while immediates are waiting: then Node keeps an idle
// handle running, and an active idle handle makes poll return at once.

var setAt = Date.now();

setTimeout(function timeout50() {
  // Timers measure time from the loop's cached clock, which can lag
  // Date.now() by a millisecond or two: compare with some slack.
  var waited = Date.now() - setAt;
  console.log('timeout 50 fired; at least 40 ms after it was set: ' + (waited >= 40));
}, 50);

setImmediate(function firstImmediate() {
  console.log('immediate 1 ran first: poll did not wait for the timer');
  setImmediate(function secondImmediate() {
    console.log('immediate 2, next iteration: poll still did not wait');
    // Nothing is queued after this one: the idle handle stops, and the next
    // poll sleeps until the timer is due.
  });
});
