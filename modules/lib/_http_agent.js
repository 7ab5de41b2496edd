'use strict';

// http.Agent (Node's lib/_http_agent.js): the pool of client connections.
//
// Requests to the same host:port share an entry (getName). A request takes
// a free socket if there is one (the most recently freed: 'lifo'), or
// opens a new one while under maxSockets, or waits. When its response is
// done and both sides agreed on keep-alive, the socket is 'free': it goes to
// the next waiting request, or into freeSockets, unref'd (an idle pooled
// connection never keeps the process alive) with a timeout. Node 20's
// global agent keeps connections alive (keepAlive: true, timeout 5 s), and
// servers close idle ones on close(), so a script that closes its server
// still exits.

var EventEmitter = require('events');
var net = require('net');

function freeSocketErrorListener(err) {
  var socket = this;
  socket.destroy();
  socket.emit('agentRemove');
  (void err);
}

function Agent(options) {
  if (!(this instanceof Agent)) return new Agent(options);
  EventEmitter.call(this);
  this.defaultPort = 80;
  this.protocol = 'http:';
  this.options = Object.assign({}, options);
  if (this.options.noDelay === undefined) this.options.noDelay = true;
  this.options.path = null;
  this.requests = Object.create(null);
  this.sockets = Object.create(null);
  this.freeSockets = Object.create(null);
  this.keepAliveMsecs = this.options.keepAliveMsecs || 1000;
  this.keepAlive = this.options.keepAlive || false;
  this.maxSockets = this.options.maxSockets || Agent.defaultMaxSockets;
  this.maxFreeSockets = this.options.maxFreeSockets || 256;
  this.scheduling = this.options.scheduling || 'lifo';
  this.maxTotalSockets = this.options.maxTotalSockets;
  this.totalSocketCount = 0;
  if (this.maxTotalSockets === undefined) this.maxTotalSockets = Infinity;
  var self = this;
  this.on('free', function (socket, opts) {
    var name = self.getName(opts);
    if (!socket.writable) {
      socket.destroy();
      return;
    }
    var requests = self.requests[name];
    if (requests && requests.length) {
      var req = requests.shift();
      setRequestSocket(self, req, socket);
      if (requests.length === 0) delete self.requests[name];
      return;
    }
    var current = socket._httpMessage;
    if (!current || !current.shouldKeepAlive || !self.keepAlive) {
      socket.destroy();
      return;
    }
    var freeSockets = self.freeSockets[name] || [];
    var freeLen = freeSockets.length;
    var count = freeLen;
    if (self.sockets[name]) count += self.sockets[name].length;
    if (self.totalSocketCount > self.maxTotalSockets || count > self.maxSockets ||
        freeLen >= self.maxFreeSockets || !self.keepSocketAlive(socket)) {
      socket.destroy();
      return;
    }
    self.freeSockets[name] = freeSockets;
    socket._httpMessage = null;
    self.removeSocket(socket, opts);
    socket.once('error', freeSocketErrorListener);
    freeSockets.push(socket);
  });
}
Object.setPrototypeOf(Agent.prototype, EventEmitter.prototype);
Object.setPrototypeOf(Agent, EventEmitter);

Agent.defaultMaxSockets = Infinity;

Agent.prototype.createConnection = net.createConnection;

Agent.prototype.getName = function getName(options) {
  if (options === undefined) options = {};
  var name = options.host || 'localhost';
  name += ':';
  if (options.port) name += options.port;
  name += ':';
  if (options.localAddress) name += options.localAddress;
  if (options.family === 4 || options.family === 6) name += ':' + options.family;
  if (options.socketPath) name += ':' + options.socketPath;
  return name;
};

Agent.prototype.addRequest = function addRequest(req, options, port, localAddress) {
  if (typeof options === 'string') options = { host: options, port: port, localAddress: localAddress };
  options = Object.assign({}, options, this.options);
  if (options.socketPath) options.path = options.socketPath;
  var name = this.getName(options);
  if (!this.sockets[name]) this.sockets[name] = [];
  var freeSockets = this.freeSockets[name];
  var socket;
  if (freeSockets) {
    while (freeSockets.length && freeSockets[0].destroyed) freeSockets.shift();
    socket = this.scheduling === 'fifo' ? freeSockets.shift() : freeSockets.pop();
    if (!freeSockets.length) delete this.freeSockets[name];
  }
  var freeLen = freeSockets ? freeSockets.length : 0;
  var sockLen = freeLen + this.sockets[name].length;
  var self = this;
  if (socket) {
    this.reuseSocket(socket, req);
    setRequestSocket(this, req, socket);
    this.sockets[name].push(socket);
  } else if (sockLen < this.maxSockets && this.totalSocketCount < this.maxTotalSockets) {
    this.createSocket(req, options, function (err, s) {
      if (err) req.onSocket(s, err);
      else setRequestSocket(self, req, s);
    });
  } else {
    if (!this.requests[name]) this.requests[name] = [];
    req._requestOptions = options;
    this.requests[name].push(req);
  }
};

Agent.prototype.createSocket = function createSocket(req, options, cb) {
  options = Object.assign({}, options, this.options);
  if (options.socketPath) options.path = options.socketPath;
  var name = this.getName(options);
  options._agentKey = name;
  options.encoding = null;
  var self = this;
  var called = false;
  var oncreate = function (err, s) {
    if (called) return;
    called = true;
    if (err) return cb(err);
    if (!self.sockets[name]) self.sockets[name] = [];
    self.sockets[name].push(s);
    self.totalSocketCount++;
    installListeners(self, s, options);
    cb(null, s);
  };
  if (this.keepAlive) {
    options.keepAlive = this.keepAlive;
    options.keepAliveInitialDelay = this.keepAliveMsecs;
  }
  var newSocket = this.createConnection(options, oncreate);
  if (newSocket) oncreate(null, newSocket);
};

function installListeners(agent, s, options) {
  function onFree() {
    agent.emit('free', s, options);
  }
  s.on('free', onFree);
  function onClose() {
    agent.totalSocketCount--;
    agent.removeSocket(s, options);
  }
  s.on('close', onClose);
  function onTimeout() {
    var sockets = agent.freeSockets;
    var names = Object.keys(sockets);
    for (var i = 0; i < names.length; i++) {
      if (sockets[names[i]].indexOf(s) !== -1) return s.destroy();
    }
  }
  s.on('timeout', onTimeout);
  function agentRemove() {
    agent.totalSocketCount--;
    agent.removeSocket(s, options);
    s.removeListener('close', onClose);
    s.removeListener('free', onFree);
    s.removeListener('timeout', onTimeout);
    s.removeListener('agentRemove', agentRemove);
  }
  s.on('agentRemove', agentRemove);
}

Agent.prototype.removeSocket = function removeSocket(s, options) {
  var name = this.getName(options);
  var sets = [this.sockets];
  if (!s.writable) sets.push(this.freeSockets);
  for (var sk = 0; sk < sets.length; sk++) {
    var sockets = sets[sk];
    if (sockets[name]) {
      var index = sockets[name].indexOf(s);
      if (index !== -1) {
        sockets[name].splice(index, 1);
        if (sockets[name].length === 0) delete sockets[name];
      }
    }
  }
  var req;
  if (this.requests[name] && this.requests[name].length) {
    req = this.requests[name][0];
  } else {
    var keys = Object.keys(this.requests);
    for (var i = 0; i < keys.length; i++) {
      var prop = keys[i];
      if (this.sockets[prop] && this.sockets[prop].length) break;
      req = this.requests[prop][0];
      options = req._requestOptions;
      break;
    }
  }
  if (req && options) {
    req._requestOptions = undefined;
    this.createSocket(req, options, function (err, socket) {
      if (err) req.onSocket(socket, err);
      else socket.emit('free');
    });
  }
};

Agent.prototype.keepSocketAlive = function keepSocketAlive(socket) {
  socket.setKeepAlive(true, this.keepAliveMsecs);
  socket.unref();
  var agentTimeout = this.options.timeout || 0;
  var canKeepSocketAlive = true;
  var current = socket._httpMessage;
  if (current && current.res) {
    var keepAliveHint = current.res.headers['keep-alive'];
    if (keepAliveHint) {
      var m = /^timeout=(\d+)/.exec(keepAliveHint);
      if (m) {
        var serverHintTimeout = parseInt(m[1], 10) * 1000 - 1000;
        if (serverHintTimeout <= 0) canKeepSocketAlive = false;
        else if (serverHintTimeout < agentTimeout) agentTimeout = serverHintTimeout;
      }
    }
  }
  if (socket.timeout !== agentTimeout) socket.setTimeout(agentTimeout);
  return canKeepSocketAlive;
};

Agent.prototype.reuseSocket = function reuseSocket(socket, req) {
  socket.removeListener('error', freeSocketErrorListener);
  req.reusedSocket = true;
  socket.ref();
};

Agent.prototype.destroy = function destroy() {
  var sets = [this.freeSockets, this.sockets];
  for (var s = 0; s < sets.length; s++) {
    var set = sets[s];
    var keys = Object.keys(set);
    for (var v = 0; v < keys.length; v++) {
      var setName = set[keys[v]];
      for (var n = 0; n < setName.length; n++) setName[n].destroy();
    }
  }
};

function setRequestSocket(agent, req, socket) {
  req.onSocket(socket);
  var agentTimeout = agent.options.timeout || 0;
  if (req.timeout === undefined || req.timeout === agentTimeout) return;
  socket.setTimeout(req.timeout);
}

var globalAgent = new Agent({ keepAlive: true, scheduling: 'lifo', timeout: 5000 });

module.exports = {
  Agent: Agent,
  globalAgent: globalAgent
};
