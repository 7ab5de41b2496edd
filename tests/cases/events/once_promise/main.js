// events.once(emitter, name) returns a promise for the event's arguments.
var events = require('events');
var ee = new events.EventEmitter();
var p1 = events.once(ee, 'ready');
console.log('is promise:', p1 instanceof Promise, 'listeners:', ee.listenerCount('ready'), ee.listenerCount('error'));
p1.then(function (args) {
  console.log('resolved with', JSON.stringify(args), 'listeners left:', ee.listenerCount('ready'), ee.listenerCount('error'));
});
ee.emit('ready', 1, 'two');
var p2 = events.once(ee, 'never');
p2.then(null, function (err) {
  console.log('rejected with', err.message, 'listeners left:', ee.listenerCount('never'), ee.listenerCount('error'));
});
ee.emit('error', new Error('kaput'));
var p3 = events.once(ee, 'error');
p3.then(function (args) { console.log('once(error) resolves with', args[0].message); });
ee.emit('error', new Error('as value'));
var p4 = events.once(ee, 'empty');
p4.then(function (args) { console.log('no args ->', JSON.stringify(args)); });
ee.emit('empty');
setTimeout(function () {
  var later = events.once(ee, 'later');
  later.then(function (v) { console.log('later got', v[0]); });
  setTimeout(function () { ee.emit('later', 'value'); }, 5);
}, 5);
console.log('sync end');
