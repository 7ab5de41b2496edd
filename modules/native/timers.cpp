// internalBinding('timers'): timers and immediates (loop/timers.cpp,
// loop/immediates.cpp). The JS Timeout and Immediate objects
// (modules/lib/internal/timers.js) are thin handles: their callback lives on
// the object, the schedule lives here.
#include "binding.hpp"
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
    {nullptr, nullptr, 0},
};

}  // namespace

void init_timers_binding(duk_context* ctx) {
  duk_push_object(ctx);
  put_function_list(ctx, -1, kFunctions);
}

}  // namespace ts
