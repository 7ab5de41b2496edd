'use strict';

// Cluster messages (Node's lib/internal/cluster/utils.js): every message
// between the primary and a worker is an internal IPC message
// { cmd: 'NODE_CLUSTER', act, seq, ... }; a reply carries `ack: seq` and
// goes to the callback registered for that seq.

var callbacks = Object.create(null);
var seq = 0;

function sendHelper(proc, message, handle, cb) {
  if (!proc.connected) return false;
  message = Object.assign({ cmd: 'NODE_CLUSTER' }, message, { seq: seq });
  if (typeof cb === 'function') callbacks[seq] = cb;
  seq += 1;
  return proc.send(message, handle);
}

// An internalMessage listener: replies go to their callbacks, the rest to cb.
function internal(worker, cb) {
  return function onInternalMessage(message, handle) {
    if (message.cmd !== 'NODE_CLUSTER') return;
    var fn = cb;
    if (message.ack !== undefined) {
      var callback = callbacks[message.ack];
      if (callback !== undefined) {
        fn = callback;
        delete callbacks[message.ack];
      }
    }
    fn.call(worker, message, handle);
  };
}

module.exports = {
  sendHelper: sendHelper,
  internal: internal
};
