// MaxListenersExceededWarning text and the limits' validation.
var events = require('events');
var EventEmitter = events;
process.on('warning', function (w) {
  console.log('warning name=' + w.name + ' count=' + w.count + ' type=' + String(w.type) +
    ' emitter ok=' + (w.emitter instanceof EventEmitter));
  console.log('  ' + w.message);
});
var ee = new EventEmitter();
for (var i = 0; i < 11; i++) ee.on('data', function () {});
ee.on('data', function () {});  // only one warning per event
function Sub() { EventEmitter.call(this); }
Object.setPrototypeOf(Sub.prototype, EventEmitter.prototype);
var sub = new Sub();
sub.setMaxListeners(1);
var s = Symbol('tick');
sub.on(s, function () {});
sub.on(s, function () {});
sub.prependListener('p', function () {});
sub.prependListener('p', function () {});
var zero = new EventEmitter().setMaxListeners(0);
for (i = 0; i < 30; i++) zero.on('n', function () {});
console.log('zero limit count:', zero.listenerCount('n'));
function tryIt(label, fn) {
  try { console.log(label + ':', fn()); } catch (e) { console.log(label + ' threw ' + e.name + ' [' + e.code + ']: ' + e.message); }
}
tryIt('setMaxListeners(-1)', function () { return ee.setMaxListeners(-1); });
tryIt('setMaxListeners(NaN)', function () { return ee.setMaxListeners(NaN); });
tryIt("setMaxListeners('5')", function () { return ee.setMaxListeners('5'); });
tryIt('defaultMaxListeners = -2', function () { EventEmitter.defaultMaxListeners = -2; });
tryIt("defaultMaxListeners = 'x'", function () { EventEmitter.defaultMaxListeners = 'x'; });
tryIt('events.setMaxListeners(-1)', function () { events.setMaxListeners(-1); });
tryIt('events.setMaxListeners(3, {})', function () { events.setMaxListeners(3, {}); });
tryIt('getMaxListeners(null)', function () { return events.getMaxListeners(null); });
tryIt('getEventListeners({})', function () { return events.getEventListeners({}); });
console.log('default:', EventEmitter.defaultMaxListeners, ee.getMaxListeners());
var a = new EventEmitter(), b = new EventEmitter();
events.setMaxListeners(4, a, b);
console.log('set on a, b:', a.getMaxListeners(), b.getMaxListeners(), events.getMaxListeners(a));
events.setMaxListeners(7);
console.log('new default:', EventEmitter.defaultMaxListeners, new EventEmitter().getMaxListeners(), a.getMaxListeners());
EventEmitter.defaultMaxListeners = 2;
var c = new EventEmitter();
c.on('late', function () {}); c.on('late', function () {}); c.on('late', function () {});
EventEmitter.defaultMaxListeners = 10;
console.log('getEventListeners:', events.getEventListeners(c, 'late').length);
