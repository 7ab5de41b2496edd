// internalBinding('timers'): timers and immediates (loop/timers.cpp,
// loop/immediates.cpp). The JS Timeout and Immediate objects
// (modules/lib/internal/timers.js) are thin handles: their callback lives on
// the object, the schedule lives here.
//
// setTimeout, setInterval and setImmediate themselves are native fast paths
// (see "the fast paths" below); the JS functions in lib/timers.js do what
// they do not.
#include <new>

#include "binding.hpp"
#include "duktape/duk_internal_helpers.hpp"
#include "runtime.hpp"

namespace ts {
namespace {

uint32_t id_arg(duk_context* ctx, duk_idx_t i) { return static_cast<uint32_t>(duk_require_uint(ctx, i)); }

duk_ret_t get_libuv_now(duk_context* ctx) {
  duk_push_number(ctx, static_cast<double>(Runtime::from(ctx).timers().now()));
  return 1;
}

// startTimer(timeout, ms, repeat, refed) -> id
duk_ret_t start_timer(duk_context* ctx) {
  Runtime& rt = Runtime::from(ctx);
  const uint32_t id = rt.new_id();
  const uint32_t slot = rt.slots().put(ctx, 0);
  rt.timers().start(id, rt.execution_id(), slot, static_cast<int64_t>(duk_require_number(ctx, 1)),
                    duk_to_boolean(ctx, 2), duk_to_boolean(ctx, 3));
  duk_push_uint(ctx, id);
  return 1;
}

// clearTimer(id) -> whether it was active
duk_ret_t clear_timer(duk_context* ctx) {
  duk_push_boolean(ctx, Runtime::from(ctx).timers().clear(id_arg(ctx, 0)));
  return 1;
}

// refreshTimer(timeout, id, ms, repeat, refed)
duk_ret_t refresh_timer(duk_context* ctx) {
  Runtime& rt = Runtime::from(ctx);
  const uint32_t slot = rt.slots().put(ctx, 0);
  rt.timers().refresh(id_arg(ctx, 1), rt.execution_id(), slot,
                      static_cast<int64_t>(duk_require_number(ctx, 2)), duk_to_boolean(ctx, 3),
                      duk_to_boolean(ctx, 4));
  return 0;
}

// refTimer(id, refed)
duk_ret_t ref_timer(duk_context* ctx) {
  Runtime::from(ctx).timers().set_ref(id_arg(ctx, 0), duk_to_boolean(ctx, 1));
  return 0;
}

// enqueueImmediate(immediate) -> id
duk_ret_t enqueue_immediate(duk_context* ctx) {
  Runtime& rt = Runtime::from(ctx);
  const uint32_t id = rt.new_id();
  rt.immediates().enqueue(id, rt.execution_id(), rt.slots().put(ctx, 0));
  duk_push_uint(ctx, id);
  return 1;
}

duk_ret_t clear_immediate(duk_context* ctx) {
  Runtime& rt = Runtime::from(ctx);
  duk_push_boolean(ctx, rt.immediates().clear(id_arg(ctx, 0), rt.execution_id()));
  return 1;
}

// refImmediate(id, refed)
duk_ret_t ref_immediate(duk_context* ctx) {
  Runtime& rt = Runtime::from(ctx);
  rt.immediates().set_ref(id_arg(ctx, 0), duk_to_boolean(ctx, 1), rt.execution_id());
  return 0;
}

duk_ret_t immediate_has_ref(duk_context* ctx) {
  duk_push_boolean(ctx, Runtime::from(ctx).immediates().has_ref(id_arg(ctx, 0)));
  return 1;
}

// --- the fast paths of setTimeout, setInterval and setImmediate ---
//
// WHY. Each of them was a rest trampoline (withRest), a JS function and a JS
// constructor: ~12,000 instructions per call in Duktape, most of them adding
// properties one by one to the new object (which grew its table three times)
// and reading module-level names. The common case, a function callback and
// a numeric or missing delay, is done here in one native call.
//
// HOW. The object is built as the JS constructor builds it: the same
// prototype, the same properties in the same order, in a table sized once,
// each property defined as an object literal's are (the constructor's
// assignments would find no setter on the way: Timeout.prototype has none).
// *Must* match Timeout and Immediate in modules/lib/internal/timers.js.
// Anything else (a callback that is not a function, a delay that is not a
// number or is too big to fit in 32 bits) calls the JS function given to
// setupFastPaths, which has Node's whole behaviour (errors, warnings,
// coercions).

constexpr double kTimeoutMax = 2147483647.0;  // 2^31 - 1, TIMEOUT_MAX
enum SlowPath { kSlowTimeout, kSlowInterval, kSlowImmediate, kSlowCount };

// The JS objects the fast paths use, per runtime, in a fixed buffer in the
// heap stash (each is also kept alive there by name).
struct FastPathState {
  void* timeout_proto = nullptr;    // Timeout.prototype
  void* immediate_proto = nullptr;  // Immediate.prototype
  void* k_refed = nullptr;          // the kRefed symbol
  void* k_id = nullptr;             // the kId symbol
  void* slow[kSlowCount] = {};      // the JS setTimeout, setInterval, setImmediate
};

// The runtime's FastPathState (set by init_timers_binding).
FastPathState& fast_path_state(duk_context* ctx) {
  return *static_cast<FastPathState*>(Runtime::from(ctx).binding_state(BindingState::Timers));
}

// setupFastPaths(Timeout.prototype, Immediate.prototype, kRefed, kId,
//                setTimeout, setInterval, setImmediate): the last three are
// the JS functions, called with (callback, after, args) or (callback, args).
duk_ret_t setup_fast_paths(duk_context* ctx) {
  FastPathState& st = fast_path_state(ctx);
  st.timeout_proto = keep_in_stash(ctx, 0, "\xff" "timersTimeoutProto");
  st.immediate_proto = keep_in_stash(ctx, 1, "\xff" "timersImmediateProto");
  st.k_refed = keep_in_stash(ctx, 2, "\xff" "timersKRefed");
  st.k_id = keep_in_stash(ctx, 3, "\xff" "timersKId");
  st.slow[kSlowTimeout] = keep_in_stash(ctx, 4, "\xff" "timersSlowTimeout");
  st.slow[kSlowInterval] = keep_in_stash(ctx, 5, "\xff" "timersSlowInterval");
  st.slow[kSlowImmediate] = keep_in_stash(ctx, 6, "\xff" "timersSlowImmediate");
  return 0;
}

// Pushes the arguments from `first` on, as an array, or undefined when there
// are none (what withRest gave the JS functions).
void push_rest(duk_context* ctx, duk_idx_t first, duk_idx_t argc) {
  if (argc <= first) {
    duk_push_undefined(ctx);
    return;
  }
  duk_push_array(ctx);
  for (duk_idx_t i = first; i < argc; ++i) {
    duk_dup(ctx, i);
    duk_put_prop_index(ctx, -2, static_cast<duk_uarridx_t>(i - first));
  }
}

// Calls the JS function for what the fast path does not handle; `fixed`
// arguments as they are, the rest gathered.
duk_ret_t call_slow(duk_context* ctx, const FastPathState& st, SlowPath which, duk_idx_t fixed) {
  const duk_idx_t argc = duk_get_top(ctx);
  duk_push_heapptr(ctx, st.slow[which]);
  duk_push_undefined(ctx);
  for (duk_idx_t i = 0; i < fixed; ++i) {
    if (i < argc) {
      duk_dup(ctx, i);
    } else {
      duk_push_undefined(ctx);
    }
  }
  push_rest(ctx, fixed, argc);
  duk_call_method(ctx, fixed + 1);
  return 1;
}

// [ ... value ] -> [ ... ]: obj[key] = value on the object being built (a
// literal key: Duktape's literal cache skips hashing it).
template <size_t N>
void define(duk_context* ctx, duk_idx_t obj, const char (&key)[N]) {
  duk_push_literal(ctx, key);
  duk_swap_top(ctx, -2);
  duk_internal::define_own(ctx, obj);
}

// The same for a key kept as a heapptr (a symbol).
void define(duk_context* ctx, duk_idx_t obj, void* key) {
  duk_push_heapptr(ctx, key);
  duk_swap_top(ctx, -2);
  duk_internal::define_own(ctx, obj);
}

// setTimeout(callback, after, ...args) and setInterval (magic 1).
duk_ret_t set_timeout(duk_context* ctx) {
  const bool repeat = duk_get_current_magic(ctx) == 1;
  const FastPathState& st = fast_path_state(ctx);
  const SlowPath slow = repeat ? kSlowInterval : kSlowTimeout;
  const duk_idx_t argc = duk_get_top(ctx);
  if (!duk_is_function(ctx, 0)) return call_slow(ctx, st, slow, 2);
  // The delay as Timeout coerces it: outside [1, TIMEOUT_MAX] (NaN, 0,
  // negative, missing) it is 1; too big warns, which the JS path does.
  double ms = 1;
  if (argc >= 2 && !duk_is_undefined(ctx, 1)) {
    if (!duk_is_number(ctx, 1)) return call_slow(ctx, st, slow, 2);
    ms = duk_get_number(ctx, 1);
    if (ms > kTimeoutMax) return call_slow(ctx, st, slow, 2);
    if (!(ms >= 1)) ms = 1;
  }
  duk_push_object(ctx);
  const duk_idx_t obj = duk_get_top_index(ctx);
  duk_push_heapptr(ctx, st.timeout_proto);
  duk_set_prototype(ctx, obj);
  duk_internal::reserve_properties(ctx, obj, 6);
  duk_push_number(ctx, ms);
  define(ctx, obj, "_idleTimeout");
  duk_dup(ctx, 0);
  define(ctx, obj, "_onTimeout");
  push_rest(ctx, 2, argc);
  define(ctx, obj, "_timerArgs");
  if (repeat) {
    duk_push_number(ctx, ms);
  } else {
    duk_push_null(ctx);
  }
  define(ctx, obj, "_repeat");
  duk_push_true(ctx);
  define(ctx, obj, st.k_refed);
  // What startTimer does.
  Runtime& rt = Runtime::from(ctx);
  const uint32_t id = rt.new_id();
  const uint32_t slot = rt.slots().put(ctx, obj);
  rt.timers().start(id, rt.execution_id(), slot, static_cast<int64_t>(ms), repeat, true);
  duk_push_uint(ctx, id);
  define(ctx, obj, st.k_id);
  return 1;
}

// setImmediate(callback, ...args)
duk_ret_t set_immediate(duk_context* ctx) {
  const FastPathState& st = fast_path_state(ctx);
  if (!duk_is_function(ctx, 0)) return call_slow(ctx, st, kSlowImmediate, 1);
  const duk_idx_t argc = duk_get_top(ctx);
  duk_push_object(ctx);
  const duk_idx_t obj = duk_get_top_index(ctx);
  duk_push_heapptr(ctx, st.immediate_proto);
  duk_set_prototype(ctx, obj);
  duk_internal::reserve_properties(ctx, obj, 4);
  duk_dup(ctx, 0);
  define(ctx, obj, "_onImmediate");
  push_rest(ctx, 1, argc);
  define(ctx, obj, "_argv");
  duk_push_true(ctx);
  define(ctx, obj, st.k_refed);
  // What enqueueImmediate does.
  Runtime& rt = Runtime::from(ctx);
  const uint32_t id = rt.new_id();
  rt.immediates().enqueue(id, rt.execution_id(), rt.slots().put(ctx, obj));
  duk_push_uint(ctx, id);
  define(ctx, obj, st.k_id);
  return 1;
}

// Sets a native function with a name (for stack traces and fn.name) and the
// length the JS function had.
void put_named_function(duk_context* ctx, duk_c_function fn, int magic, const char* name,
                        int length) {
  duk_push_c_function(ctx, fn, DUK_VARARGS);
  duk_set_magic(ctx, -1, magic);
  duk_push_literal(ctx, "name");
  duk_push_string(ctx, name);
  duk_def_prop(ctx, -3, DUK_DEFPROP_HAVE_VALUE | DUK_DEFPROP_FORCE | DUK_DEFPROP_SET_CONFIGURABLE);
  duk_push_literal(ctx, "length");
  duk_push_int(ctx, length);
  duk_def_prop(ctx, -3, DUK_DEFPROP_HAVE_VALUE | DUK_DEFPROP_FORCE | DUK_DEFPROP_SET_CONFIGURABLE);
  duk_put_prop_string(ctx, -2, name);
}

const duk_function_list_entry kFunctions[] = {
    {"getLibuvNow", get_libuv_now, 0},
    {"startTimer", start_timer, 4},
    {"clearTimer", clear_timer, 1},
    {"refreshTimer", refresh_timer, 5},
    {"refTimer", ref_timer, 2},
    {"enqueueImmediate", enqueue_immediate, 1},
    {"clearImmediate", clear_immediate, 1},
    {"refImmediate", ref_immediate, 2},
    {"immediateHasRef", immediate_has_ref, 1},
    {"setupFastPaths", setup_fast_paths, 7},
    {nullptr, nullptr, 0},
};

}  // namespace

void init_timers_binding(duk_context* ctx) {
  duk_push_heap_stash(ctx);
  auto* st = new (duk_push_fixed_buffer(ctx, sizeof(FastPathState))) FastPathState();
  Runtime::from(ctx).set_binding_state(BindingState::Timers, st);
  duk_put_prop_string(ctx, -2, "\xff" "timersFastPaths");
  duk_pop(ctx);
  duk_push_object(ctx);
  put_function_list(ctx, -1, kFunctions);
  // Lengths as the withRest wrappers had: the fixed arguments.
  put_named_function(ctx, set_timeout, 0, "setTimeout", 2);
  put_named_function(ctx, set_timeout, 1, "setInterval", 2);
  put_named_function(ctx, set_immediate, 0, "setImmediate", 1);
}

}  // namespace ts
