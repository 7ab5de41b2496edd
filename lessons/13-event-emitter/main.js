// Lesson 13: EventEmitter. emit() is synchronous: it calls every listener, in
// the order they were added, before it returns; nothing is queued on the
// event loop. once() listeners remove themselves before they run. An 'error'
// event with no listener is thrown. More than 10 listeners for one event
// prints a warning (on stderr) about a possible leak.
var EventEmitter = require('events').EventEmitter;
var util = require('util');

// The book's way to make your own emitter: inherit from EventEmitter.
function Stream() {
  EventEmitter.call(this);
}
util.inherits(Stream, EventEmitter);

var stream = new Stream();
stream.on('data', function first(chunk) { console.log('listener 1 got ' + chunk); });
stream.on('data', function second(chunk) { console.log('listener 2 got ' + chunk); });
stream.once('data', function onlyOnce(chunk) { console.log('once listener got ' + chunk); });

console.log('before emit');
stream.emit('data', 'A');
console.log('after emit: emit() returned only when every listener had run');
stream.emit('data', 'B');
console.log('listeners left for data: ' + stream.listenerCount('data'));

// 11 listeners for one event: Node warns (on stderr) about a possible leak.
var busy = new EventEmitter();
for (var i = 0; i < 11; i++) busy.on('tick', function noop() {});
console.log('listeners on tick: ' + busy.listenerCount('tick') + ' (the warning goes to stderr)');

// 'error' without a listener is thrown by emit() itself.
try {
  stream.emit('error', new Error('no error listener'));
} catch (err) {
  console.log('emit(error) threw: ' + err.message);
}
stream.on('error', function onError(err) { console.log('error listener got: ' + err.message); });
stream.emit('error', new Error('now there is a listener'));
