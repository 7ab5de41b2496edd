'use strict';

// Round-robin scheduling (Node's lib/internal/cluster/round_robin_handle.js).
// The primary listens; each accepted connection is queued, and the first
// free worker gets it ({ act: 'newconn' } plus the socket's handle over
// IPC). A worker is free again once it has acknowledged its connection, and
// goes to the back of the line: with one connection at a time the workers
// take turns, 1, 2, 3, 1, 2, 3...

var net = require('net');
var utils = require('internal/cluster/utils');
var trace = require('internal/trace');
var asyncIds = require('internal/async_ids');

var sendHelper = utils.sendHelper;

function RoundRobinHandle(key, address, options) {
  this.key = key;
  this.all = Object.create(null);   // id -> worker
  this.allCount = 0;
  this.free = [];                   // workers waiting for a connection, in order
  this.handles = [];                // accepted connections waiting for a worker
  this.handle = null;
  this.server = net.createServer(function () { throw new Error('unreachable'); });
  var port = options.port;
  if (options.fd >= 0) {
    this.server.listen({ fd: options.fd, backlog: options.backlog });
  } else if (port >= 0) {
    this.server.listen({ port: port, host: address, ipv6Only: Boolean(options.flags & 1),
      backlog: options.backlog });
  } else {
    this.server.listen({ path: address, backlog: options.backlog });
  }
  var self = this;
  this.server.once('listening', function () {
    self.handle = self.server._handle;
    self.handle.onconnection = function (err, handle) { self.distribute(err, handle); };
    self.server._handle = null;
    self.server = null;
  });
}

RoundRobinHandle.prototype.add = function add(worker, send) {
  this.all[worker.id] = worker;
  this.allCount++;
  var self = this;
  function done() {
    if (self.handle.getsockname) {
      var out = {};
      self.handle.getsockname(out);
      send(null, { sockname: out }, null);
    } else {
      send(null, null, null);
    }
    self.handoff(worker);
  }
  if (this.server === null) return done();
  this.server.once('listening', done);
  this.server.once('error', function (err) { send(err.errno, null); });
};

RoundRobinHandle.prototype.remove = function remove(worker) {
  if (this.all[worker.id] === undefined) return false;
  delete this.all[worker.id];
  this.allCount--;
  var i = this.free.indexOf(worker);
  if (i !== -1) this.free.splice(i, 1);
  if (this.allCount !== 0) return false;
  while (this.handles.length) this.handles.shift().close();
  if (this.handle) this.handle.close();
  this.handle = null;
  return true;
};

RoundRobinHandle.prototype.distribute = function distribute(err, handle) {
  if (err) return;
  this.handles.push(handle);
  var worker = this.free.shift();
  if (worker) this.handoff(worker);
};

RoundRobinHandle.prototype.handoff = function handoff(worker) {
  if (this.all[worker.id] === undefined) return;
  var handle = this.handles.shift();
  if (handle === undefined) {
    this.free.push(worker);
    return;
  }
  if (trace.enabled) {
    trace.emit(trace.kinds['cluster.distribute'], handle.getAsyncId(), asyncIds.executionAsyncId(),
      worker.id, this.key, this.handles.length);
  }
  var message = { act: 'newconn', key: this.key };
  var self = this;
  sendHelper(worker.process, message, handle, function (reply) {
    if (reply.accepted) handle.close();
    else self.distribute(0, handle);
    self.handoff(worker);
  });
};

module.exports = RoundRobinHandle;
