'use strict';

// Recording events from JS. The table of kinds is C++'s (loop/trace/
// event_kinds.def); `kinds` maps each dotted name to its number, so the JS
// library never hard-codes one. With tracing off, `enabled` is false and the
// callers skip the call:
//
//   if (trace.enabled) trace.emit(K['timer.insert'], id, cause, ms, expiry, repeat);

var binding = internalBinding('trace');

module.exports = {
  enabled: binding.enabled,
  emit: binding.emit,
  now: binding.now,
  kinds: binding.kinds
};
