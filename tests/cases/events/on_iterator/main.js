// events.on(emitter, name): an iterator whose next() promises the next
// event's arguments; queued events are returned in order.
var events = require('events');
var ee = new events.EventEmitter();
var it = events.on(ee, 'data');
console.log('listeners:', ee.listenerCount('data'), ee.listenerCount('error'));
ee.emit('data', 1);
ee.emit('data', 2, 'x');
function pull(label) {
  return it.next().then(function (r) { console.log(label, JSON.stringify(r)); return r; },
    function (e) { console.log(label, 'rejected', e.message); });
}
pull('first').then(function () {
  return pull('second');
}).then(function () {
  var waiting = pull('third');
  ee.emit('data', 3);
  return waiting;
}).then(function () {
  var waiting = pull('fourth');
  ee.emit('error', new Error('stop'));
  return waiting;
}).then(function () {
  console.log('after error listeners:', ee.listenerCount('data'), ee.listenerCount('error'));
  return pull('fifth');
}).then(function () {
  var it2 = events.on(ee, 'tick', { close: ['end'] });
  ee.emit('tick', 'a');
  ee.emit('end');
  return it2.next().then(function (r) {
    console.log('it2 first', JSON.stringify(r));
    return it2.next();
  }).then(function (r) {
    console.log('it2 after close', JSON.stringify(r));
    var it3 = events.on(ee, 'z');
    return it3.return().then(function (r3) {
      console.log('return()', JSON.stringify(r3), 'listeners:', ee.listenerCount('z'));
    });
  });
});
