// Exercise 16 (fix the script): the book's EventEmitter-based Deferred
// forgets. A handler passed to then() after resolve() never runs, nothing
// stops a second resolve(), and a reject() before anyone listens even
// crashes the process (an 'error' event without a listener is thrown).
//
// Give it a memory, as real promises have: a settled Deferred keeps its
// state and value, ignores any later resolve()/reject(), and a late then()
// still gets the value. Handlers must always be called asynchronously (never
// inside then() itself), as Promises/A+ requires, so the line printed by the
// main script stays first.
var EventEmitter = require('events').EventEmitter;
var util = require('util');

function Promise_() {
  EventEmitter.call(this);
}
util.inherits(Promise_, EventEmitter);

Promise_.prototype.then = function (fulfilledHandler, errorHandler) {
  if (typeof fulfilledHandler === 'function') this.once('success', fulfilledHandler);
  if (typeof errorHandler === 'function') this.once('error', errorHandler);
  return this;
};

function Deferred() {
  this.state = 'unfulfilled';
  this.promise = new Promise_();
}
Deferred.prototype.resolve = function (value) {
  this.state = 'fulfilled';
  this.promise.emit('success', value);
};
Deferred.prototype.reject = function (err) {
  this.state = 'failed';
  this.promise.emit('error', err);
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
