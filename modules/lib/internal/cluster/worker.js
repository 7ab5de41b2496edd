'use strict';

// cluster.Worker (Node's lib/internal/cluster/worker.js): a worker as the
// primary sees it (its ChildProcess) or as the worker sees itself (process).

var EventEmitter = require('events');

function Worker(options) {
  if (!(this instanceof Worker)) return new Worker(options);
  EventEmitter.call(this);
  if (options === null || typeof options !== 'object') options = {};
  this.exitedAfterDisconnect = undefined;
  this.state = options.state || 'none';
  this.id = options.id | 0;
  if (options.process) {
    var self = this;
    this.process = options.process;
    this.process.on('error', function (code, signal) { self.emit('error', code, signal); });
    this.process.on('message', function (message, handle) { self.emit('message', message, handle); });
  }
}
Object.setPrototypeOf(Worker.prototype, EventEmitter.prototype);
Object.setPrototypeOf(Worker, EventEmitter);

Worker.prototype.kill = function kill(signo) {
  return this.destroy(signo);
};

Worker.prototype.send = function send(message, handle, options, callback) {
  return this.process.send(message, handle, options, callback);
};

Worker.prototype.isDead = function isDead() {
  return this.process.exitCode != null || this.process.signalCode != null;
};

Worker.prototype.isConnected = function isConnected() {
  return this.process.connected;
};

module.exports = Worker;
