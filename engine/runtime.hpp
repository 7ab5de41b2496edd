// Runtime: one Node-compatible JS runtime. It owns the Duktape heap, the
// libuv loop and the event recorder; there is no global state, so a process
// can hold several (tests do) and the visualizer runs one on its own thread.
//
//   Runtime rt(options);
//   int code = rt.run_main("/abs/path/script.js");   // runs to completion
//
// Everything JS-visible lives in the built-in library (modules/lib); C++
// provides the loop, the bindings (modules/native) and the single funnel
// through which the loop calls into JS (call.cpp).
#pragma once

#include <duktape.h>
#include <uv.h>

#include <atomic>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "immediates.hpp"
#include "js_slots.hpp"
#include "loop_bridge.hpp"
#include "loop_driver.hpp"
#include "phase_probe.hpp"
#include "pool.hpp"
#include "runtime_options.hpp"
#include "tick_queue.hpp"
#include "timers.hpp"
#include "trace/recorder.hpp"

namespace ts {

// Values shared with JS through typed arrays over C++ memory, as Node shares
// tickInfo. *Must* match the JS side's constants
// (modules/lib/internal/process/task_queues.js, internal/async_ids.js).
enum TickInfoField { kHasTickScheduled, kHasRejectionToWarn, kHasMicrotask, kTickInfoCount };
enum AsyncIdField { kExecutionId, kIdCounter, kAsyncIdFieldCount };

// JS functions the runtime calls, kept in the heap stash by slot number.
enum class JsCallback : int {
  Tick,         // processTicksAndRejections()
  Uncaught,     // onUncaught(error, fromPromise) -> handled?
  BeforeExit,   // emits process 'beforeExit'
  Exit,         // emits process 'exit' (once)
  Count
};

// A small cache from Duktape string pointers to trace string ids
// (modules/native/trace.cpp).
struct StringCache {
  static constexpr size_t kSize = 64;
  struct Entry {
    const void* key = nullptr;
    int64_t id = 0;
  };
  Entry slots[kSize];
};

// Why the runtime is stopping.
enum class StopReason { None, Exit, Uncaught, Limit };

// Bindings whose hot paths keep native state: found from the context through
// the Runtime in one step (the state itself lives in the heap stash).
enum class BindingState : int { Buffer, Timers, Count };

class Runtime {
 public:
  explicit Runtime(RuntimeOptions options);
  ~Runtime();
  Runtime(const Runtime&) = delete;
  Runtime& operator=(const Runtime&) = delete;

  // Runs `path` as the main module, then the event loop, then the exit
  // sequence. Returns the process exit code. Call once.
  int run_main(const std::string& path);

  // The Runtime that owns a Duktape context (for bindings).
  static Runtime& from(duk_context* ctx);

  duk_context* ctx() { return ctx_; }
  uv_loop_t* loop() { return &loop_; }
  trace::Recorder& recorder() { return recorder_; }
  const RuntimeOptions& options() const { return options_; }
  Timers& timers() { return *timers_; }
  Immediates& immediates() { return *immediates_; }
  Pool& pool() { return *pool_; }
  JsSlots& slots() { return slots_; }
  PhaseProbe& probe() { return *probe_; }
  // The main script as given to run_main (the JS side resolves it).
  const std::string& main_path() const { return main_path_; }

  // --- the funnel into JS (call.cpp) ---
  // Stack: [ ... fn this arg1 .. argN ] -> [ ... result ] (undefined if it threw).
  // Runs the function under pcall; an exception goes to the uncaught path.
  // Returns false if it threw. Does not run the checkpoint.
  bool call_into_js(duk_idx_t nargs);
  // call_into_js, then the microtask checkpoint (Node's InternalCallbackScope).
  bool make_callback(duk_idx_t nargs);
  // Drains nextTicks and microtasks until both are empty (when any are queued).
  void run_checkpoint();
  // Pushes a JS callback registered by the bootstrap (or undefined).
  void push_callback(JsCallback which);
  void set_callback(JsCallback which, duk_idx_t fn_index);
  // Routes an error value at the stack top to process 'uncaughtException'
  // (pops it). Prints it and stops the runtime when nobody handles it.
  void handle_uncaught(bool from_promise);

  // --- state shared with JS ---
  uint32_t* tick_info() { return tick_info_; }
  // The nextTick queue (process.nextTick and runTicks are native).
  TickQueue& ticks() { return ticks_; }
  double* async_fields() { return async_fields_; }
  // A binding's native state, set when the binding is created. It lives in
  // the heap (a fixed buffer in the stash), so it is valid while the heap is.
  void* binding_state(BindingState which) const { return binding_states_[static_cast<int>(which)]; }
  void set_binding_state(BindingState which, void* state) {
    binding_states_[static_cast<int>(which)] = state;
  }
  uint32_t new_id() { return static_cast<uint32_t>(++async_fields_[kIdCounter]); }
  uint32_t execution_id() const { return static_cast<uint32_t>(async_fields_[kExecutionId]); }

  // Where the last value that is not an Error was thrown (`throw 'text'`
  // has no stack to tell): file and line, or line 0. See throw_site.cpp.
  struct ThrowSite {
    std::string file;
    int line = 0;
  };
  ThrowSite& last_throw_site() { return last_throw_site_; }

  // Numbers the children given a trace of their own (engine/child_trace.hpp).
  unsigned next_traced_child() { return ++traced_children_; }

  // Start times of the callbacks now running, for callback.exit's duration
  // (CallbackScope, and callbacks recorded from JS: modules/native/trace.cpp).
  std::vector<uint64_t>& callback_starts() { return callback_starts_; }
  // The trace string id of the JS string at idx (cached by string pointer).
  int64_t intern_js_string(duk_idx_t idx);

  // --- stopping ---
  bool stopping() const { return stop_reason_ != StopReason::None; }
  bool can_call_into_js() const { return !destroying_ && (!stopping() || in_exit_handlers_); }
  // process.reallyExit(code): unwinds all JS and stops.
  void request_exit(int code, StopReason reason);
  // A limit was hit: stop with a message on stderr and a distinct exit code.
  void hit_limit(const char* which, uint64_t limit, const std::string& message);
  int exit_code() const { return exit_code_; }
  // Polled by Duktape's executor interrupt (limits.cpp).
  bool should_interrupt();
  // The memory and time limits, checked now (limits.cpp). True if hit.
  bool check_memory();
  bool check_timeout();
  // The allocator refused an allocation over --max-memory (heap.cpp).
  void refuse_allocation();

  // --- output (output.cpp) ---
  // Writes to fd 1 or 2 (or the capture function), records console.write,
  // and enforces the output limit.
  void write_output(int fd, std::string_view bytes);

  // --- memory (heap.cpp) ---
  uint64_t heap_bytes() const { return heap_bytes_; }
  uint64_t external_bytes() const { return external_bytes_; }
  void adjust_external(int64_t delta) { external_bytes_ += delta; }

  // --- time (heap.cpp) ---
  // Wall-clock ms for Date.now(); virtual in deterministic mode.
  double date_now_ms();
  // Monotonic ms for performance.now() and hrtime.
  double monotonic_ms();
  uint64_t hrtime_ns();

 private:
  friend struct HeapHooks;

  void create_heap();
  void install_limits();
  void install_throw_site_hook();
  void hide_engine_globals();
  static uint64_t monotonic_now_ns();
  void bootstrap();
  void run_loop();
  void run_exit_handlers();
  bool nothing_else_pending();
  void close_handles();
  static duk_ret_t bootstrap_safe(duk_context* ctx, void* udata);

  RuntimeOptions options_;
  trace::Recorder recorder_;
  uv_loop_t loop_;
  duk_context* ctx_ = nullptr;
  JsSlots slots_;
  LoopBridge bridge_{*this, slots_};
  std::unique_ptr<PhaseProbe> probe_;
  std::unique_ptr<Timers> timers_;
  std::unique_ptr<Immediates> immediates_;
  std::unique_ptr<Pool> pool_;

  uint32_t tick_info_[kTickInfoCount] = {};
  TickQueue ticks_;
  void* callbacks_[static_cast<int>(JsCallback::Count)] = {};
  void* binding_states_[static_cast<int>(BindingState::Count)] = {};
  double async_fields_[kAsyncIdFieldCount] = {};

  StopReason stop_reason_ = StopReason::None;
  bool in_exit_handlers_ = false;
  bool destroying_ = false;
  bool in_checkpoint_ = false;
  int exit_code_ = 0;
  uint64_t start_ns_;
  uint64_t deadline_ns_ = 0;
  uint64_t output_bytes_ = 0;
  uint64_t heap_bytes_ = 0;
  uint64_t external_bytes_ = 0;
  uint64_t heap_limit_ = 0;
  uint64_t alloc_failures_ = 0;
  uv_timer_t deadline_timer_{};
  std::string main_path_;
  std::vector<uint64_t> callback_starts_;
  ThrowSite last_throw_site_;
  unsigned traced_children_ = 0;
  StringCache trace_string_cache_;
};

// Records one callback from the loop: sets it as the running execution
// (async id), records callback.enter with the function's name, and on
// destruction callback.exit with its duration; counts it for the phase probe.
class CallbackScope {
 public:
  // fn_index: the function about to be called (for its name).
  CallbackScope(Runtime& rt, const char* kind, uint32_t id, uint32_t cause, duk_idx_t fn_index);
  ~CallbackScope();
  CallbackScope(const CallbackScope&) = delete;
  CallbackScope& operator=(const CallbackScope&) = delete;
  void set_threw(bool threw) { threw_ = threw; }

 private:
  Runtime& rt_;
  const char* kind_;
  uint32_t id_;
  uint32_t cause_;
  double prev_execution_;
  bool threw_ = false;
};

}  // namespace ts
