// TickQueue: the nextTick queue (Node's lib/internal/process/task_queues.js),
// held in C++.
//
// HOW. process.nextTick(fn, ...args) is a native function (the task_queue
// binding) that appends an entry: the callback and its arguments go into one
// JS array (kept alive by the heap stash), consecutive slots, and the entry's
// id, cause and place in that array into a C++ vector. run() is runTicks():
// every queued tick, including ones queued while it runs, oldest first, each
// as the running execution (async id) and, with tracing on, recorded as
// callback.enter/exit exactly as the JS queue recorded them. The checkpoint
// itself (processTicksAndRejections: ticks, then microtasks, until both are
// empty) stays in task_queues.js; it reads the queue's length and the count
// of ticks run from fields(), memory shared with JS.
//
// WHY C++. In Duktape each JS call and each property or outer-variable read
// costs ~0.1 us; the JS queue spent ~1.3 us of them per tick (the rest
// trampoline, nextTick, runTicks' loop, runTask), ten times Node's whole
// nextTick. Here a tick is one native call to queue it and one call into JS
// to run it.
//
// A tick that throws ends run() (the exception goes on to the checkpoint's
// caller, the uncaught path); the rest stay queued for the next checkpoint,
// and the running id stays the thrower's until the exception is handled
// ('uncaughtException' listeners run on its behalf, as in Node).
#pragma once

#include <duktape.h>

#include <cstdint>
#include <vector>

namespace ts {

class Runtime;

class TickQueue {
 public:
  // fields(): *Must* match kTicksQueued/kTicksRan in task_queues.js.
  enum Field { kQueued, kRan, kFieldCount };

  // Creates the array of callbacks; call once, with the heap ready.
  void init(duk_context* ctx);
  // The process object (for process._exiting) and validateFunction (for
  // the error a bad callback gets); kept alive in the stash.
  void setup(duk_context* ctx, duk_idx_t process_idx, duk_idx_t validate_idx);

  // process.nextTick: the stack holds [ callback args... ].
  void next_tick(duk_context* ctx, Runtime& rt);
  // runTicks(): runs every queued tick; throws what a tick throws.
  void run(duk_context* ctx, Runtime& rt);

  // [queued, ran]: the ticks waiting, and those run since JS last zeroed it.
  double* fields() { return fields_; }

 private:
  struct Entry {
    uint32_t id;
    uint32_t cause;
    uint32_t at;     // the callback's slot in the array; its arguments follow
    uint32_t nargs;
  };

  std::vector<Entry> entries_;
  size_t head_ = 0;    // the next entry to run
  uint32_t top_ = 0;   // the next free slot in the array
  uint32_t length_ = 0;  // the array's length: slots written since it was emptied
  double fields_[kFieldCount] = {};
  void* values_ = nullptr;    // the JS array of callbacks and arguments
  void* process_ = nullptr;
  void* validate_ = nullptr;
};

}  // namespace ts
