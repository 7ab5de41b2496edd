'use strict';

// Sockets handed to another process (Node's lib/internal/socket_list.js).
// When a server's connection is sent to a child (child.send(msg, socket)),
// the server stops counting it, but server.close() and getConnections()
// must still account for it: the sender keeps a SocketListSend per server
// key that asks the child (NODE_SOCKET_GET_COUNT, NODE_SOCKET_NOTIFY_CLOSE),
// and the child keeps a SocketListReceive that counts the sockets it got and
// answers (NODE_SOCKET_COUNT, NODE_SOCKET_ALL_CLOSED once they have all
// closed). So the parent's server 'close' waits for the child's sockets.

var EventEmitter = require('events');
var errors = require('internal/errors');

var ERR_CHILD_CLOSED_BEFORE_REPLY = errors.registerCode('ERR_CHILD_CLOSED_BEFORE_REPLY',
  'Child closed before reply received', Error);

function SocketListSend(child, key) {
  EventEmitter.call(this);
  this.key = key;
  this.child = child;
  var self = this;
  child.once('exit', function () { self.emit('exit', self); });
}
Object.setPrototypeOf(SocketListSend.prototype, EventEmitter.prototype);

SocketListSend.prototype._request = function (msg, cmd, swallowErrors, callback) {
  var self = this;
  function onclose() {
    self.child.removeListener('internalMessage', onreply);
    callback(new ERR_CHILD_CLOSED_BEFORE_REPLY());
  }
  function onreply(reply) {
    if (!(reply.cmd === cmd && reply.key === self.key)) return;
    self.child.removeListener('disconnect', onclose);
    self.child.removeListener('internalMessage', onreply);
    callback(null, reply);
  }
  if (!this.child.connected) return onclose();
  this.child._send(msg, undefined, swallowErrors);
  this.child.once('disconnect', onclose);
  this.child.on('internalMessage', onreply);
};

SocketListSend.prototype.close = function (callback) {
  this._request({ cmd: 'NODE_SOCKET_NOTIFY_CLOSE', key: this.key }, 'NODE_SOCKET_ALL_CLOSED', true, callback);
};

SocketListSend.prototype.getConnections = function (callback) {
  this._request({ cmd: 'NODE_SOCKET_GET_COUNT', key: this.key }, 'NODE_SOCKET_COUNT', false,
    function (err, msg) {
      if (err) return callback(err);
      callback(null, msg.count);
    });
};

function SocketListReceive(child, key) {
  EventEmitter.call(this);
  this.connections = 0;
  this.key = key;
  this.child = child;
  var self = this;
  function onempty(list) {
    if (!list.child.connected) return;
    list.child._send({ cmd: 'NODE_SOCKET_ALL_CLOSED', key: list.key }, undefined, true);
  }
  this.child.on('internalMessage', function (msg) {
    if (msg.key !== self.key) return;
    if (msg.cmd === 'NODE_SOCKET_NOTIFY_CLOSE') {
      if (self.connections === 0) return onempty(self);
      self.once('empty', onempty);
    } else if (msg.cmd === 'NODE_SOCKET_GET_COUNT') {
      if (!self.child.connected) return;
      self.child._send({ cmd: 'NODE_SOCKET_COUNT', key: self.key, count: self.connections });
    }
  });
}
Object.setPrototypeOf(SocketListReceive.prototype, EventEmitter.prototype);

SocketListReceive.prototype.add = function (obj) {
  var self = this;
  this.connections++;
  obj.socket.once('close', function () {
    self.connections--;
    if (self.connections === 0) self.emit('empty', self);
  });
};

function getSocketList(type, worker, key) {
  var sockets = worker._channelHandle.sockets[type];
  var socketList = sockets[key];
  if (!socketList) {
    var Construct = type === 'send' ? SocketListSend : SocketListReceive;
    socketList = sockets[key] = new Construct(worker, key);
  }
  return socketList;
}

module.exports = {
  SocketListSend: SocketListSend,
  SocketListReceive: SocketListReceive,
  getSocketList: getSocketList
};
