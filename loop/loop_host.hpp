// LoopHost: what the loop components need from the JS side, without knowing
// Duktape (loop/ depends on libuv and the trace model only).
#pragma once

#include <cstdint>

namespace ts {

// A callback the loop is about to run: the JS object that holds it (by slot
// in the engine's slot table), and what the trace should say about it.
struct LoopCallback {
  const char* kind;  // "timeout", "interval", "immediate"
  uint32_t id;       // the timer's or immediate's id
  uint32_t cause;    // who scheduled it
  uint32_t slot;     // the JS Timeout/Immediate object
};

class LoopHost {
 public:
  virtual ~LoopHost() = default;
  // Runs the callback held by the object in cb.slot (its _onTimeout or
  // _onImmediate, with its arguments), recording callback.enter/exit. An
  // exception goes to 'uncaughtException' (or ends the process).
  virtual void call(const LoopCallback& cb) = 0;
  // Drains nextTicks and microtasks, as between two timers or immediates.
  virtual void run_next_ticks() = 0;
  // The object in `slot` is no longer needed by the loop.
  virtual void release(uint32_t slot) = 0;
  // False once process.exit(), a fatal error or a limit stopped the runtime.
  virtual bool can_call_into_js() const = 0;
};

}  // namespace ts
