// The timer functions as Node shows them: names, declared lengths, the same
// functions from the timers module and as globals, and util.promisify's
// custom forms.
var timers = require('timers');
var util = require('util');
['setTimeout', 'setInterval', 'setImmediate', 'clearTimeout', 'clearInterval', 'clearImmediate'].forEach(function (n) {
  console.log(n, globalThis[n].name, globalThis[n].length, timers[n] === globalThis[n]);
});
console.log(queueMicrotask.length, process.nextTick.length, typeof util.promisify(setTimeout),
  util.promisify(setTimeout) === require('timers/promises').setTimeout,
  util.promisify(setImmediate) === require('timers/promises').setImmediate);
