'use strict';

// Recording events from JS. The table of kinds is C++'s (loop/trace/
// event_kinds.def); `kinds` maps each dotted name to its number, so the JS
// library never hard-codes one. With tracing off, `enabled` is false and the
// callers skip the call:
//
//   if (trace.enabled) trace.emit(K['timer.insert'], id, cause, ms, expiry, repeat);

var binding = internalBinding('trace');

// The trace names an I/O callback after the function the loop calls (see
// callback.enter). When that is a library's own completion function, it
// takes the name of the user's callback it serves, so that the trace, the
// visualizer and the grader (`callback NAME`) show whose callback ran. A
// step that only leads to the next request (fs.readFile's open, fstat and
// read) is named 'NAME (step)': the plain name stays for the completion that
// calls the user's callback. Renaming costs, so only when tracing.
function servedBy(userCallback, completion, step) {
  if (binding.enabled && typeof userCallback === 'function' && userCallback.name) {
    var name = step ? userCallback.name + ' (' + step + ')' : userCallback.name;
    Object.defineProperty(completion, 'name', { value: name, configurable: true });
  }
  return completion;
}

module.exports = {
  enabled: binding.enabled,
  emit: binding.emit,
  now: binding.now,
  kinds: binding.kinds,
  servedBy: servedBy
};
