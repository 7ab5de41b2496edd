'use strict';

// Ids for everything that gets a callback later (ticks, microtasks, timers,
// immediates, requests), and the id of the callback running now.
//
// Like Node's asyncId/triggerAsyncId: every scheduled object gets an id, and
// records as its cause the id of the callback that was running when it was
// scheduled, so "who scheduled whom" is a tree. Id 1 is the main script. The
// two numbers live in C++ memory shared with the runtime, which reads and
// bumps them too.

// *Must* match AsyncIdField in engine/runtime.hpp.
var kExecutionId = 0;
var kIdCounter = 1;

var fields = internalBinding('trace').asyncFields;

function newAsyncId() {
  return ++fields[kIdCounter];
}

function executionAsyncId() {
  return fields[kExecutionId];
}

// Marks `id` as the running callback; returns the previous one to restore.
function enter(id) {
  var prev = fields[kExecutionId];
  fields[kExecutionId] = id;
  return prev;
}

function restore(prev) {
  fields[kExecutionId] = prev;
}

module.exports = {
  // The shared array itself, for hot paths (task_queues, timers).
  fields: fields,
  kExecutionId: kExecutionId,
  kIdCounter: kIdCounter,
  newAsyncId: newAsyncId,
  executionAsyncId: executionAsyncId,
  enter: enter,
  restore: restore
};
