// Timers: equal delays fire in insertion order, lists by duration, and a
// timer cleared by an earlier one never runs.
var order = [];
var t2 = setTimeout(function () { order.push('cleared (must not run)'); }, 5);
setTimeout(function () { order.push('first 5'); clearTimeout(t2); }, 5);
setTimeout(function () { order.push('2'); }, 2);
setTimeout(function () { order.push('5 again'); }, 5);
setTimeout(function (a, b) { order.push('args ' + a + ' ' + b); }, 3, 'x', 'y');
setTimeout(function () { order.push('negative -> 1'); }, -10);
setTimeout(function () { order.push('NaN -> 1'); }, 'abc');
setTimeout(function () {
  order.push('20');
  console.log(order.join(' | '));
}, 20);
