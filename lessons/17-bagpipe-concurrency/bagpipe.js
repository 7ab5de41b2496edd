// bagpipe: bounded concurrency for async calls (after the bagpipe module by
// Jackson Tian, the book's author). push(), next() and run() follow the
// book's code (chapter 4.3.1, seed 001); the constructor and _next() follow
// the module's, which the book does not show.
//
//   var bagpipe = new Bagpipe(10);              // at most 10 calls at once
//   bagpipe.push(fs.readFile, path, callback);  // like fs.readFile(path, callback)
//
// A call runs at once if fewer than `limit` are active; otherwise it waits in
// a queue, and each call that finishes starts the next one. 'full' is emitted
// when calls have to wait (the queue holds more than one).
var EventEmitter = require('events').EventEmitter;
var util = require('util');

function Bagpipe(limit, options) {
  EventEmitter.call(this);
  this.limit = limit;
  this.active = 0;
  this.queue = [];
  this.options = {
    disabled: false,  // true: no limit, call at once
    refuse: false,    // true: refuse calls when the queue is full
    ratio: 1,         // queue length = limit * ratio (refuse mode)
    timeout: null     // ms: give up on a call that takes longer
  };
  if (typeof options === 'boolean') options = { disabled: options };
  options = options || {};
  for (var key in this.options) {
    if (options.hasOwnProperty(key)) this.options[key] = options[key];
  }
  this.queueLength = Math.round(this.limit * (this.options.ratio || 1));
}
util.inherits(Bagpipe, EventEmitter);

// push(method, args..., callback): queue a call, then try to start one.
Bagpipe.prototype.push = function (method) {
  var args = [].slice.call(arguments, 1);
  var callback = args[args.length - 1];
  if (typeof callback !== 'function') {
    args.push(function () {});
  }
  if (this.options.disabled || this.limit < 1) {
    method.apply(null, args);
    return this;
  }
  // Queue the call, unless refuse mode is on and the queue is full.
  if (this.queue.length < this.queueLength || !this.options.refuse) {
    this.queue.push({ method: method, args: args });
  } else {
    var err = new Error('Too much async call in queue');
    err.name = 'TooMuchAsyncCallError';
    callback(err);
  }
  if (this.queue.length > 1) {
    this.emit('full', this.queue.length);
  }
  this.next();
  return this;
};

// next(): start the first waiting call if there is room.
Bagpipe.prototype.next = function () {
  var that = this;
  if (that.active < that.limit && that.queue.length) {
    var req = that.queue.shift();
    that.run(req.method, req.args);
  }
};

// _next(): a call finished: one fewer active, start the next.
Bagpipe.prototype._next = function () {
  this.active--;
  this.next();
};

// run(method, args): call it with its callback wrapped, to know when it is
// done (and, with a timeout, to give up on it).
Bagpipe.prototype.run = function (method, args) {
  var that = this;
  that.active++;
  var callback = args[args.length - 1];
  var timer = null;
  var called = false;
  args[args.length - 1] = function (err) {
    if (timer) {
      clearTimeout(timer);
      timer = null;
    }
    if (!called) {
      that._next();
      callback.apply(null, arguments);
    } else if (err) {
      // it answered after its timeout: too late
      that.emit('outdated', err);
    }
  };
  var timeout = that.options.timeout;
  if (timeout) {
    timer = setTimeout(function () {
      called = true;
      that._next();
      var err = new Error(timeout + 'ms timeout');
      err.name = 'BagpipeTimeoutError';
      err.data = { name: method.name, method: method.toString(), args: args.slice(0, -1) };
      callback(err);
    }, timeout);
  }
  method.apply(null, args);
};

module.exports = Bagpipe;
