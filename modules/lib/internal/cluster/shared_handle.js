'use strict';

// SCHED_NONE (Node's lib/internal/cluster/shared_handle.js): the primary
// binds the listening socket once and sends the handle itself to every
// worker; the workers all accept on it and the kernel picks who gets each
// connection.

var net = require('net');
var uvErrors = require('internal/uv_errors');

function SharedHandle(key, address, options) {
  this.key = key;
  this.workers = Object.create(null);
  this.count = 0;
  this.handle = null;
  this.errno = 0;
  var rval = net._createServerHandle(address, options.port, options.addressType, options.fd, options.flags);
  if (typeof rval === 'number') this.errno = rval;
  else this.handle = rval;
  (void uvErrors);
}

SharedHandle.prototype.add = function add(worker, send) {
  this.workers[worker.id] = worker;
  this.count++;
  send(this.errno, null, this.handle);
};

SharedHandle.prototype.remove = function remove(worker) {
  if (this.workers[worker.id] === undefined) return false;
  delete this.workers[worker.id];
  this.count--;
  if (this.count !== 0) return false;
  if (this.handle) this.handle.close();
  this.handle = null;
  return true;
};

module.exports = SharedHandle;
