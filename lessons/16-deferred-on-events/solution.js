// Exercise 16, a reference fix: the Deferred's promise remembers its state
// and value. resolve()/reject() do nothing once it is settled. then() on a
// pending promise subscribes as before; on a settled one it calls the
// handler with the stored value on the next tick (asynchronously, as
// Promises/A+ requires). And a reject() before anyone listens no longer
// throws: it is stored like a value.
var EventEmitter = require('events').EventEmitter;
var util = require('util');

function Promise_() {
  EventEmitter.call(this);
  this.state = 'unfulfilled';
  this.value = undefined;
}
util.inherits(Promise_, EventEmitter);

Promise_.prototype.then = function (fulfilledHandler, errorHandler) {
  var self = this;
  if (this.state === 'unfulfilled') {
    if (typeof fulfilledHandler === 'function') this.once('success', fulfilledHandler);
    if (typeof errorHandler === 'function') this.once('error', errorHandler);
  } else {
    var handler = this.state === 'fulfilled' ? fulfilledHandler : errorHandler;
    if (typeof handler === 'function') {
      process.nextTick(function callLateHandler() { handler(self.value); });
    }
  }
  return this;
};

function Deferred() {
  this.state = 'unfulfilled';
  this.promise = new Promise_();
}
Deferred.prototype.settle = function (state, event, value) {
  if (this.state !== 'unfulfilled') return;  // settled once and for all
  this.state = this.promise.state = state;
  this.promise.value = value;
  // An 'error' event nobody listens to would be thrown: with no listener
  // yet, the stored state is enough (a later then() will get it).
  if (this.promise.listenerCount(event) > 0) this.promise.emit(event, value);
};
Deferred.prototype.resolve = function (value) {
  this.settle('fulfilled', 'success', value);
};
Deferred.prototype.reject = function (err) {
  this.settle('failed', 'error', err);
};

// Settled first, subscribed later.
var config = new Deferred();
config.resolve('config loaded');
config.resolve('ignored');
config.promise.then(function lateHandler(value) {
  console.log('late handler got: ' + value);
});

var disk = new Deferred();
disk.reject(new Error('disk on fire'));
disk.promise.then(null, function lateErrorHandler(err) {
  console.log('late error handler got: ' + err.message);
});

// Subscribed first, settled later: this already works.
var later = new Deferred();
later.promise.then(function earlyHandler(value) {
  console.log('early handler got: ' + value);
});
setTimeout(function settleLater() {
  later.resolve('a later value');
  later.resolve('ignored');
}, 10);

console.log('then() registered after resolve() and reject()');
