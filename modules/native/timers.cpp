// internalBinding('timers'): the C++ half of Node's timers and immediates
// (src/timers.cc): one uv timer, the immediate check/idle handles.
#include "binding.hpp"
#include "runtime.hpp"

namespace ts {
namespace {

duk_ret_t get_libuv_now(duk_context* ctx) {
  duk_push_number(ctx, static_cast<double>(Runtime::from(ctx).timer_handle().now()));
  return 1;
}

duk_ret_t schedule_timer(duk_context* ctx) {
  Runtime::from(ctx).timer_handle().schedule(static_cast<int64_t>(duk_require_number(ctx, 0)));
  return 0;
}

duk_ret_t toggle_timer_ref(duk_context* ctx) {
  Runtime::from(ctx).timer_handle().toggle_ref(duk_to_boolean(ctx, 0));
  return 0;
}

duk_ret_t toggle_immediate_ref(duk_context* ctx) {
  Runtime::from(ctx).immediate_handles().toggle_ref(duk_to_boolean(ctx, 0));
  return 0;
}

// setupTimers(processImmediate, processTimers)
duk_ret_t setup_timers(duk_context* ctx) {
  duk_require_function(ctx, 0);
  duk_require_function(ctx, 1);
  Runtime& rt = Runtime::from(ctx);
  rt.set_callback(JsCallback::Immediates, 0);
  rt.set_callback(JsCallback::Timers, 1);
  return 0;
}

const duk_function_list_entry kFunctions[] = {
    {"getLibuvNow", get_libuv_now, 0},
    {"scheduleTimer", schedule_timer, 1},
    {"toggleTimerRef", toggle_timer_ref, 1},
    {"toggleImmediateRef", toggle_immediate_ref, 1},
    {"setupTimers", setup_timers, 2},
    {nullptr, nullptr, 0},
};

}  // namespace

void init_timers_binding(duk_context* ctx) {
  Runtime& rt = Runtime::from(ctx);
  duk_push_object(ctx);
  put_function_list(ctx, -1, kFunctions);
  // immediateInfo: *Must* match ImmediateInfoField in engine/runtime.hpp.
  push_external_typed_array(ctx, rt.immediate_info(), sizeof(uint32_t) * kImmediateInfoCount,
                            DUK_BUFOBJ_UINT32ARRAY);
  duk_put_prop_string(ctx, -2, "immediateInfo");
}

}  // namespace ts
