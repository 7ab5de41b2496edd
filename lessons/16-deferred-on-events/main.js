// Lesson 16: the book's Promise/Deferred, built on EventEmitter (the old
// Promises/A proposal). The Deferred holds the state and fires events; its
// promise lets callers subscribe with then(success, error, progress).
// It works for handlers registered early, but it has no memory: an event
// that was emitted before anyone listened is lost.
var EventEmitter = require('events').EventEmitter;
var util = require('util');

function Promise_() {
  EventEmitter.call(this);
}
util.inherits(Promise_, EventEmitter);

Promise_.prototype.then = function (fulfilledHandler, errorHandler, progressHandler) {
  if (typeof fulfilledHandler === 'function') this.once('success', fulfilledHandler);
  if (typeof errorHandler === 'function') this.once('error', errorHandler);
  if (typeof progressHandler === 'function') this.on('progress', progressHandler);
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
Deferred.prototype.progress = function (data) {
  this.promise.emit('progress', data);
};

// A download in three steps (timers stand in for the network).
var download = new Deferred();
download.promise.then(
  function onDone(value) { console.log('done: ' + value + ' | state: ' + download.state); },
  function onError(err) { console.log('error: ' + err.message); },
  function onProgress(chunk) { console.log('progress: ' + chunk); });

setTimeout(function firstChunk() { download.progress('chunk1'); }, 10);
setTimeout(function secondChunk() { download.progress('chunk2'); }, 20);
setTimeout(function finished() {
  download.resolve('END');
  download.resolve('ignored');  // once() already removed onDone: nobody hears it
}, 30);

// Subscribing after the fact: the 'success' event is gone, the handler waits
// forever (and nothing keeps the process alive for it).
var settled = new Deferred();
settled.resolve(42);
settled.promise.then(function neverCalled() { console.log('never printed'); });
console.log('then() registered after resolve(): this handler will never run');
