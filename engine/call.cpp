// The one funnel through which the loop calls into JS.
//
// Every callback the loop runs (timers, immediates, I/O completions, close
// callbacks) enters JS here, under duk_pcall, and every one is followed by the
// microtask checkpoint, exactly where Node's InternalCallbackScope::Close puts
// it: the nextTick queue drains, then the microtasks, until both are empty
// (processTicksAndRejections in modules/lib/internal/process/task_queues.js).
// An exception that escapes goes to 'uncaughtException' or ends the process.
// Grep rule: duk_pcall appears only in engine/.
#include <cstring>

#include "duktape/duk_internal_helpers.hpp"
#include "runtime.hpp"

namespace ts {
namespace {

// Heap stash keys of the JS callbacks, by JsCallback slot.
constexpr const char* kCallbackKeys[] = {"\xff" "tick", "\xff" "uncaught", "\xff" "beforeExit",
                                         "\xff" "exit"};
static_assert(std::size(kCallbackKeys) == static_cast<size_t>(JsCallback::Count));

}  // namespace

void Runtime::push_callback(JsCallback which) {
  void* fn = callbacks_[static_cast<int>(which)];
  if (fn == nullptr) {
    duk_push_undefined(ctx_);
  } else {
    duk_push_heapptr(ctx_, fn);
  }
}

void Runtime::set_callback(JsCallback which, duk_idx_t fn_index) {
  fn_index = duk_normalize_index(ctx_, fn_index);
  // The stash keeps the function alive; the pointer is the fast way back.
  duk_push_heap_stash(ctx_);
  duk_dup(ctx_, fn_index);
  duk_put_prop_string(ctx_, -2, kCallbackKeys[static_cast<int>(which)]);
  duk_pop(ctx_);
  callbacks_[static_cast<int>(which)] = duk_get_heapptr(ctx_, fn_index);
}

bool Runtime::call_into_js(duk_idx_t nargs) {
  // [ ... fn this args ]
  if (!can_call_into_js()) {
    duk_pop_n(ctx_, nargs + 2);
    duk_push_undefined(ctx_);
    return false;
  }
  const double running = async_fields_[kExecutionId];
  if (duk_pcall_method(ctx_, nargs) == DUK_EXEC_SUCCESS) return true;
  // [ ... error ]
  // The id of the callback that threw is still the running one (see runTask
  // in task_queues.js), so the 'uncaughtException' listeners are traced as
  // its work; afterwards the id is the caller's again.
  struct RestoreRunning {
    double* fields;
    double value;
    ~RestoreRunning() { fields[kExecutionId] = value; }
  } restore{async_fields_, running};
  check_memory();  // "alloc failed" under --max-memory is the limit, not a bug
  if (stopping()) {
    // process.exit() or a limit unwinding the stack: not a user error.
    duk_pop(ctx_);
    duk_push_undefined(ctx_);
    return false;
  }
  handle_uncaught(false);
  duk_push_undefined(ctx_);
  return false;
}

bool Runtime::make_callback(duk_idx_t nargs) {
  const bool ok = call_into_js(nargs);
  run_checkpoint();
  return ok;
}

void Runtime::run_checkpoint() {
  if (in_checkpoint_) return;
  in_checkpoint_ = true;
  if (can_call_into_js() && (tick_info_[kHasTickScheduled] || tick_info_[kHasMicrotask] ||
                             tick_info_[kHasRejectionToWarn])) {
    // processTicksAndRejections returns when both queues are empty. If a
    // tick throws, the rest stay queued until the next checkpoint, after the
    // loop's next callback (or 'beforeExit'), as in Node, whose
    // InternalCallbackScope::Close calls it once too.
    push_callback(JsCallback::Tick);
    duk_push_undefined(ctx_);
    call_into_js(0);
    duk_pop(ctx_);
  }
  in_checkpoint_ = false;
}

void Runtime::handle_uncaught(bool from_promise) {
  // [ ... error ]
  push_callback(JsCallback::Uncaught);
  if (!duk_is_function(ctx_, -1)) {
    // Before the bootstrap installed the handler: print what we can.
    duk_pop(ctx_);
    const char* text = duk_safe_to_stacktrace(ctx_, -1);
    std::string out = std::string(text) + "\n";
    write_output(2, out);
    duk_pop(ctx_);
    request_exit(1, StopReason::Uncaught);
    return;
  }
  duk_push_undefined(ctx_);
  duk_pull(ctx_, -3);
  duk_push_boolean(ctx_, from_promise);
  // [ ... onUncaught undefined error fromPromise ]
  // onUncaught emits 'uncaughtException', or runs the 'exit' listeners,
  // prints the error and calls reallyExit. It must not throw; if it does
  // (an 'uncaughtException' listener threw), the process ends, as in Node.
  if (duk_pcall_method(ctx_, 2) != DUK_EXEC_SUCCESS && !stopping()) {
    const char* text = duk_safe_to_stacktrace(ctx_, -1);
    write_output(2, std::string(text) + "\n");
    request_exit(7, StopReason::Uncaught);
  }
  duk_pop(ctx_);
}

CallbackScope::CallbackScope(Runtime& rt, const char* kind, uint32_t id, uint32_t cause,
                             duk_idx_t fn_index)
    : rt_(rt), kind_(kind), id_(id), cause_(cause) {
  double* fields = rt.async_fields();
  prev_execution_ = fields[kExecutionId];
  fields[kExecutionId] = id;
  trace::Recorder& rec = rt.recorder();
  if (!rec.enabled()) return;
  duk_context* ctx = rt.ctx();
  int64_t name = 0;
  duk_get_prop_literal(ctx, fn_index, "name");
  if (duk_is_string(ctx, -1)) name = rt.intern_js_string(-1);
  duk_pop(ctx);
  const uint64_t now = rec.now_ns();
  rt.callback_starts().push_back(now);
  rt.probe().count_callback();
  rec.record_at(now, trace::EventKind::CallbackEnter, id, cause, rec.str(kind), name);
}

CallbackScope::~CallbackScope() {
  rt_.async_fields()[kExecutionId] = prev_execution_;
  trace::Recorder& rec = rt_.recorder();
  if (!rec.enabled()) return;
  auto& starts = rt_.callback_starts();
  const uint64_t now = rec.now_ns();
  int64_t ns = 0;
  if (!starts.empty()) {
    ns = static_cast<int64_t>(now - starts.back());
    starts.pop_back();
  }
  rec.record_at(now, trace::EventKind::CallbackExit, id_, cause_, rec.str(kind_), ns, threw_);
}

int64_t Runtime::intern_js_string(duk_idx_t idx) {
  // Most payload strings are the same few ('tick', 'immediate', function
  // names): a small cache keyed by Duktape's interned string pointer skips
  // the hash lookup. The bytes are compared too, because a freed string's
  // address can be reused.
  duk_size_t len;
  const char* s = duk_get_lstring(ctx_, idx, &len);
  if (s == nullptr) s = duk_safe_to_lstring(ctx_, idx, &len);
  const void* key = duk_get_heapptr(ctx_, idx);
  StringCache::Entry& slot =
      trace_string_cache_.slots[(reinterpret_cast<uintptr_t>(key) >> 4) % StringCache::kSize];
  if (slot.key == key && key != nullptr) {
    const std::string_view known = recorder_.strings().get(static_cast<uint32_t>(slot.id));
    if (known.size() == len && std::memcmp(known.data(), s, len) == 0) return slot.id;
  }
  const int64_t id = recorder_.str(std::string_view(s, len));
  slot.key = key;
  slot.id = id;
  return id;
}

void Runtime::request_exit(int code, StopReason reason) {
  if (stop_reason_ == StopReason::None) {
    stop_reason_ = reason;
    exit_code_ = code;
  }
  // Unwind: the executor throws at its next instruction until no JS is left
  // on the stack (see should_interrupt).
  duk_internal::request_interrupt(ctx_);
  uv_stop(&loop_);
}

}  // namespace ts
