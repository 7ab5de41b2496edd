// timers/promises: setTimeout/setImmediate resolve with their value,
// util.promisify(setTimeout) and require('timers').promises are the same
// functions, bad options reject (never throw), scheduler.wait/yield, and
// setInterval as an iterator driven by next() and stopped by return().
// Each step waits for the one before, so the order never depends on timing.
var tp = require('timers/promises');
var timers = require('timers');
var util = require('util');
console.log(Object.keys(tp).sort().join(','), timers.promises === tp);
console.log(util.promisify(setTimeout) === tp.setTimeout,
  util.promisify(setImmediate) === tp.setImmediate);

function badOptions() {
  return Promise.all([
    tp.setTimeout(1, 'x', 'bad').catch(function (e) { console.log('bad options:', e.code, e.message); }),
    tp.setTimeout(1, 'x', { ref: 1 }).catch(function (e) { console.log('bad ref:', e.code); }),
    tp.setImmediate('x', { signal: {} }).catch(function (e) { console.log('bad signal:', e.code); })
  ]);
}

function interval() {
  var it = tp.setInterval(1, 'tick');
  return it.next().then(function (r) {
    console.log('interval', r.value, r.done);
    return it.next();
  }).then(function (r) {
    console.log('interval', r.value, r.done);
    return it.return();
  }).then(function (r) {
    console.log('returned', r.done);
    return it.next();
  }).then(function (r) {
    console.log('after return', r.value, r.done);
  });
}

badOptions()
  .then(function () { return tp.setTimeout(2, 'value after 2 ms'); })
  .then(function (v) { console.log(v); })
  .then(function () { return util.promisify(setTimeout)(1, 'promisified'); })
  .then(function (v) { console.log(v); })
  .then(function () { return tp.scheduler.wait(1); })
  .then(function (v) { console.log('waited', v); return tp.scheduler.yield(); })
  .then(function (v) { console.log('yielded', v); })
  .then(interval)
  .then(function () {
    // An unref'd timer does not keep the process alive.
    tp.setTimeout(100000, 'never', { ref: false }).then(function () { console.log('fired?!'); });
    console.log('done');
  });
