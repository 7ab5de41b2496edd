'use strict';

// A cluster worker (Node's lib/internal/cluster/child.js, Node 20's
// behaviour, written anew in ES5). The bootstrap calls _setupWorker() when
// NODE_UNIQUE_ID is set: the worker says 'online' to the primary.
//
// server.listen() in a worker does not listen: net calls _getServer, which
// asks the primary ({ act: 'queryServer' }). With round-robin the reply
// comes without a handle and the server gets a stand-in handle; each
// connection then arrives from the primary as { act: 'newconn' } with the
// socket's handle, is acknowledged, and goes to the server's onconnection as
// if the worker had accepted it. The stand-in keeps the worker alive with
// an interval timer, as Node's does. With SCHED_NONE the reply carries the
// real listening handle.

var EventEmitter = require('events');
var path = require('path');
var Worker = require('internal/cluster/worker');
var utils = require('internal/cluster/utils');

var sendHelper = utils.sendHelper;
var internal = utils.internal;

var cluster = new EventEmitter();
var handles = Object.create(null);
var indexes = Object.create(null);
var TIMEOUT_MAX = Math.pow(2, 31) - 1;

function noop() {}

module.exports = cluster;

cluster.isWorker = true;
cluster.isMaster = false;
cluster.isPrimary = false;
cluster.worker = null;
cluster.Worker = Worker;

cluster._setupWorker = function () {
  var worker = new Worker({ id: +process.env.NODE_UNIQUE_ID | 0, process: process, state: 'online' });
  cluster.worker = worker;
  process.once('disconnect', function () {
    worker.emit('disconnect');
    if (!worker.exitedAfterDisconnect) process.exit(0);
  });
  process.on('internalMessage', internal(worker, onmessage));
  send({ act: 'online' });
  function onmessage(message, handle) {
    if (message.act === 'newconn') onconnection(message, handle);
    else if (message.act === 'disconnect') _disconnect.call(worker, true);
  }
};

cluster._getServer = function (obj, options, cb) {
  var address = options.address;
  if (options.port < 0 && typeof address === 'string') address = path.resolve(address);
  var indexesKey = [address, options.port, options.addressType, options.fd].join(':');
  var indexSet = indexes[indexesKey];
  if (indexSet === undefined) {
    indexSet = { nextIndex: 0, set: Object.create(null), size: 0 };
    indexes[indexesKey] = indexSet;
  }
  var index = indexSet.nextIndex++;
  indexSet.set[index] = true;
  indexSet.size++;
  var message = Object.assign({ act: 'queryServer', index: index, data: null }, options);
  message.address = address;
  if (obj._getServerData) message.data = obj._getServerData();
  send(message, function (reply, handle) {
    if (typeof obj._setServerData === 'function') obj._setServerData(reply.data);
    if (handle) shared(reply, handle, indexesKey, index, cb);
    else rr(reply, indexesKey, index, cb);
  });
  obj.once('listening', function () {
    if (indexes[indexesKey] === undefined) return;
    cluster.worker.state = 'listening';
    var addr = obj.address();
    message.act = 'listening';
    message.port = (addr && addr.port) || options.port;
    send(message);
  });
};

function removeIndexesKey(indexesKey, index) {
  var indexSet = indexes[indexesKey];
  if (!indexSet) return;
  if (indexSet.set[index]) {
    delete indexSet.set[index];
    indexSet.size--;
  }
  if (indexSet.size === 0) delete indexes[indexesKey];
}

function shared(message, handle, indexesKey, index, cb) {
  var key = message.key;
  var close = handle.close;
  handle.close = function () {
    send({ act: 'close', key: key });
    delete handles[key];
    removeIndexesKey(indexesKey, index);
    return close.apply(handle, arguments);
  };
  handles[key] = handle;
  cb(message.errno, handle);
}

function rr(message, indexesKey, index, cb) {
  if (message.errno) return cb(message.errno, null);
  var key = message.key;
  var fakeHandle = null;
  function ref() {
    if (!fakeHandle) fakeHandle = setInterval(noop, TIMEOUT_MAX);
  }
  function unref() {
    if (fakeHandle) {
      clearInterval(fakeHandle);
      fakeHandle = null;
    }
  }
  function listen() {
    return 0;
  }
  function close(cb2) {
    if (key === undefined) return;
    unref();
    send({ act: 'close', key: key });
    delete handles[key];
    removeIndexesKey(indexesKey, index);
    key = undefined;
    if (typeof cb2 === 'function') process.nextTick(cb2);
  }
  function getsockname(out) {
    if (key) Object.assign(out, message.sockname);
    return 0;
  }
  var handle = { close: close, listen: listen, ref: ref, unref: unref };
  handle.ref();
  if (message.sockname) handle.getsockname = getsockname;
  handles[key] = handle;
  cb(0, handle);
}

function onconnection(message, handle) {
  var key = message.key;
  var server = handles[key];
  var accepted = server !== undefined;
  send({ ack: message.seq, accepted: accepted });
  if (accepted) server.onconnection(0, handle);
  else if (handle) handle.close();
}

function send(message, cb) {
  return sendHelper(process, message, null, cb);
}

function _disconnect(primaryInitiated) {
  this.exitedAfterDisconnect = true;
  var waitingCount = 1;
  function checkWaitingCount() {
    waitingCount--;
    if (waitingCount === 0) {
      if (primaryInitiated) {
        process.disconnect();
      } else {
        send({ act: 'exitedAfterDisconnect' }, function () { process.disconnect(); });
      }
    }
  }
  var keys = Object.keys(handles);
  for (var i = 0; i < keys.length; i++) {
    var handle = handles[keys[i]];
    waitingCount++;
    if (handle.owner) handle.owner.close(checkWaitingCount);
    else handle.close(checkWaitingCount);
  }
  handles = Object.create(null);
  checkWaitingCount();
}

Worker.prototype.disconnect = function () {
  if (this.state !== 'disconnecting' && this.state !== 'destroying') {
    this.state = 'disconnecting';
    _disconnect.call(this);
  }
  return this;
};

Worker.prototype.destroy = function () {
  if (this.state === 'destroying') return;
  this.exitedAfterDisconnect = true;
  if (!this.isConnected()) {
    process.exit(0);
  } else {
    this.state = 'destroying';
    send({ act: 'exitedAfterDisconnect' }, function () { process.disconnect(); });
    process.once('disconnect', function () { process.exit(0); });
  }
};
