// Lesson 09: how timers are kept. Node keeps one list per duration (all the
// 40 ms timers in one list, in the order they were set), and a priority queue
// of those lists ordered by the expiry of their first timer. A 0 ms timer is
// a 1 ms timer. An interval is put back at the end of its list after each run.
// The callbacks only record the order; one timer prints it at the end.
var order = [];

setTimeout(function a40() { order.push('a(40)'); }, 40);
setTimeout(function b40() { order.push('b(40)'); }, 40);
setTimeout(function c500() { order.push('c(500)'); }, 500);
var zero = setTimeout(function d0() { order.push('d(0->1)'); }, 0);

var runs = 0;
var interval = setInterval(function every100() {
  runs++;
  order.push('interval#' + runs);
  if (runs === 3) clearInterval(interval);
}, 100);

console.log('setTimeout(fn, 0) is stored as a 1 ms timer: ' + (zero._idleTimeout === 1));

setTimeout(function report() {
  console.log(order.join(' '));
}, 700);
