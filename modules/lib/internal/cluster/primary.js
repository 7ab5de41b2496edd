'use strict';

// The cluster primary (Node's lib/internal/cluster/primary.js, Node 20's
// behaviour, written anew in ES5).
//
// cluster.fork() forks the main script again with NODE_UNIQUE_ID=id in its
// environment; the worker's side is internal/cluster/child.js. When a worker
// calls server.listen(), net asks the primary ({ act: 'queryServer' }), and
// the primary, not the worker, listens:
//   - SCHED_RR (the default off Windows): the primary accepts every
//     connection itself and hands each one to the next free worker over IPC
//     ({ act: 'newconn' } with the socket's handle, round_robin_handle.js);
//   - SCHED_NONE: the listening handle itself is sent to the workers, and
//     the kernel decides who accepts (shared_handle.js).
// Workers report 'online' and 'listening', which the primary re-emits.
// Recorded: cluster.fork (worker id, pid) and cluster.distribute (which
// worker got a connection).

var EventEmitter = require('events');
var childProcess = require('child_process');
var Worker = require('internal/cluster/worker');
var RoundRobinHandle = require('internal/cluster/round_robin_handle');
var SharedHandle = require('internal/cluster/shared_handle');
var utils = require('internal/cluster/utils');
var trace = require('internal/trace');
var asyncIds = require('internal/async_ids');

var sendHelper = utils.sendHelper;
var internal = utils.internal;
var fork = childProcess.fork;

var cluster = new EventEmitter();
var intercom = new EventEmitter();
var SCHED_NONE = 1;
var SCHED_RR = 2;

module.exports = cluster;

var handles = Object.create(null);
var handleCount = 0;

cluster.isWorker = false;
cluster.isMaster = true;
cluster.isPrimary = true;
cluster.Worker = Worker;
cluster.workers = {};
cluster.settings = {};
cluster.SCHED_NONE = SCHED_NONE;
cluster.SCHED_RR = SCHED_RR;

var ids = 0;
var initialized = false;
var schedulingPolicy = process.env.NODE_CLUSTER_SCHED_POLICY;
if (schedulingPolicy === 'rr') schedulingPolicy = SCHED_RR;
else if (schedulingPolicy === 'none') schedulingPolicy = SCHED_NONE;
else schedulingPolicy = SCHED_RR;
cluster.schedulingPolicy = schedulingPolicy;

cluster.setupPrimary = function setupPrimary(options) {
  var settings = Object.assign({
    args: process.argv.slice(2),
    exec: process.argv[1],
    execArgv: undefined,
    silent: false
  }, cluster.settings, options);
  cluster.settings = settings;
  if (initialized === true) return process.nextTick(setupSettingsNT, settings);
  initialized = true;
  schedulingPolicy = cluster.schedulingPolicy;
  if (schedulingPolicy !== SCHED_NONE && schedulingPolicy !== SCHED_RR) {
    throw new Error('Bad cluster.schedulingPolicy: ' + schedulingPolicy);
  }
  process.nextTick(setupSettingsNT, settings);
};
cluster.setupMaster = cluster.setupPrimary;

function setupSettingsNT(settings) {
  cluster.emit('setup', settings);
}

function createWorkerProcess(id, env) {
  var workerEnv = Object.assign({}, process.env, env, { NODE_UNIQUE_ID: '' + id });
  var options = {
    cwd: cluster.settings.cwd,
    env: workerEnv,
    serialization: cluster.settings.serialization,
    silent: cluster.settings.silent,
    windowsHide: cluster.settings.windowsHide,
    stdio: cluster.settings.stdio,
    gid: cluster.settings.gid,
    uid: cluster.settings.uid
  };
  if (cluster.settings.execArgv !== undefined) options.execArgv = cluster.settings.execArgv;
  return fork(cluster.settings.exec, cluster.settings.args, options);
}

function removeWorker(worker) {
  delete cluster.workers[worker.id];
  if (Object.keys(cluster.workers).length === 0) intercom.emit('disconnect');
}

function removeHandlesForWorker(worker) {
  for (var key in handles) {
    if (handles[key].remove(worker)) {
      delete handles[key];
      handleCount--;
    }
  }
}

cluster.fork = function (env) {
  cluster.setupPrimary();
  var id = ++ids;
  var workerProcess = createWorkerProcess(id, env);
  var worker = new Worker({ id: id, process: workerProcess });
  if (trace.enabled) {
    trace.emit(trace.kinds['cluster.fork'], workerProcess._channelHandle ?
      workerProcess._channelHandle.getAsyncId() : 0, asyncIds.executionAsyncId(), id,
    process.deterministic ? 0 : workerProcess.pid);
  }
  worker.on('message', function (message, handle) {
    cluster.emit('message', this, message, handle);
  });
  worker.process.once('exit', function (exitCode, signalCode) {
    if (!worker.isConnected()) {
      removeHandlesForWorker(worker);
      removeWorker(worker);
    }
    worker.exitedAfterDisconnect = !!worker.exitedAfterDisconnect;
    worker.state = 'dead';
    worker.emit('exit', exitCode, signalCode);
    cluster.emit('exit', worker, exitCode, signalCode);
  });
  worker.process.once('disconnect', function () {
    removeHandlesForWorker(worker);
    if (worker.isDead()) removeWorker(worker);
    worker.exitedAfterDisconnect = !!worker.exitedAfterDisconnect;
    worker.state = 'disconnected';
    worker.emit('disconnect');
    cluster.emit('disconnect', worker);
  });
  worker.process.on('internalMessage', internal(worker, onmessage));
  process.nextTick(emitForkNT, worker);
  cluster.workers[worker.id] = worker;
  return worker;
};

function emitForkNT(worker) {
  cluster.emit('fork', worker);
}

cluster.disconnect = function (cb) {
  var workers = Object.keys(cluster.workers);
  if (workers.length === 0) {
    process.nextTick(function () { intercom.emit('disconnect'); });
  } else {
    for (var i = 0; i < workers.length; i++) {
      var worker = cluster.workers[workers[i]];
      if (worker.isConnected()) worker.disconnect();
    }
  }
  if (typeof cb === 'function') intercom.once('disconnect', cb);
};

var methodMessageMapping = {
  close: close,
  exitedAfterDisconnect: exitedAfterDisconnect,
  listening: listening,
  online: online,
  queryServer: queryServer
};

function onmessage(message, handle) {
  var fn = methodMessageMapping[message.act];
  if (typeof fn === 'function') fn(this, message, handle);
}

function online(worker) {
  worker.state = 'online';
  worker.emit('online');
  cluster.emit('online', worker);
}

function exitedAfterDisconnect(worker, message) {
  worker.exitedAfterDisconnect = true;
  send(worker, { ack: message.seq });
}

function queryServer(worker, message) {
  if (worker.exitedAfterDisconnect) return;
  var key = message.address + ':' + message.port + ':' + message.addressType + ':' + message.fd + ':' +
    message.index;
  var handle = handles[key];
  if (handle === undefined) {
    var address = message.address;
    var Ctor = RoundRobinHandle;
    if (schedulingPolicy !== SCHED_RR || message.addressType === 'udp4' || message.addressType === 'udp6') {
      Ctor = SharedHandle;
    }
    handle = new Ctor(key, address, message);
    handles[key] = handle;
    handleCount++;
  }
  if (!handle.data) handle.data = message.data;
  handle.add(worker, function (errno, reply, h) {
    var data = handles[key] ? handles[key].data : undefined;
    if (errno) {
      delete handles[key];
      handleCount--;
    }
    send(worker, Object.assign({ errno: errno, key: key, ack: message.seq, data: data }, reply), h);
  });
}

function listening(worker, message) {
  var info = {
    addressType: message.addressType,
    address: message.address,
    port: message.port,
    fd: message.fd
  };
  worker.state = 'listening';
  worker.emit('listening', info);
  cluster.emit('listening', worker, info);
}

function close(worker, message) {
  var key = message.key;
  var handle = handles[key];
  if (handle && handle.remove(worker)) {
    delete handles[key];
    handleCount--;
  }
}

function send(worker, message, handle, cb) {
  return sendHelper(worker.process, message, handle, cb);
}

Worker.prototype.disconnect = function () {
  this.exitedAfterDisconnect = true;
  send(this, { act: 'disconnect' });
  removeHandlesForWorker(this);
  removeWorker(this);
  return this;
};

Worker.prototype.destroy = function (signo) {
  var proc = this.process;
  var signal = signo || 'SIGTERM';
  if (this.isConnected()) {
    this.once('disconnect', function () { proc.kill(signal); });
    this.disconnect();
    return;
  }
  proc.kill(signal);
};
